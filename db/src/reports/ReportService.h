#pragma once

#include "access/Session.h"
#include "common/Clock.h"
#include "reports/ReportRepository.h"

#include <QCoreApplication>

namespace ow {

class AccountService;
class Database;

// The supervisor's figures for someone allowed to read them (Action::ViewDashboard: supervisors
// and administrators; the figures and the case numbers behind them carry no applicant's data).
// An export of the day (PDF, CSV) is recorded in the audit log.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ow::ReportService)

public:
    ReportService(Database& database, const Clock& clock, AccountService& accounts)
        : m_repository(database), m_clock(clock), m_accounts(accounts)
    {}

    Result<DailyFigures> figures(const Session& session, const ReportScope& scope);
    Result<QList<FigureCase>> casesBehind(const Session& session, const ReportScope& scope,
                                          const FigureSlice& slice);
    // Audit: report_exported (subject: the scope's days, detail: the format and the file name).
    Status recordExport(const Session& session, const ReportScope& scope, const QString& format,
                        const QString& fileName);

    QDate today() const { return m_clock.now().toLocalTime().date(); }

private:
    ReportRepository m_repository;
    const Clock& m_clock;
    AccountService& m_accounts;
};

} // namespace ow
