#include "reports/ReportService.h"

#include "access/AccountService.h"

namespace ow {

Result<DailyFigures> ReportService::figures(const Session& session, const ReportScope& scope)
{
    if (const Status s = m_accounts.require(session, Action::ViewDashboard); !s)
        return Result<DailyFigures>::failure(s.error());
    return m_repository.figures(scope, today());
}

Result<QList<FigureCase>> ReportService::casesBehind(const Session& session,
                                                     const ReportScope& scope,
                                                     const FigureSlice& slice)
{
    if (const Status s = m_accounts.require(session, Action::ViewDashboard); !s)
        return Result<QList<FigureCase>>::failure(s.error());
    return m_repository.casesBehind(scope, slice, today());
}

Status ReportService::recordExport(const Session& session, const ReportScope& scope,
                                   const QString& format, const QString& fileName)
{
    if (const Status s = m_accounts.require(session, Action::ViewDashboard); !s)
        return s;
    const QString days = scope.from == scope.to
                             ? scope.from.toString(Qt::ISODate)
                             : QStringLiteral("%1..%2").arg(scope.from.toString(Qt::ISODate),
                                                            scope.to.toString(Qt::ISODate));
    return m_accounts.audit(session, QStringLiteral("report_exported"), days,
                            QStringLiteral("%1 %2").arg(format, fileName));
}

} // namespace ow
