#include "ratings/RectificationService.h"

#include "access/AccountService.h"
#include "audit/AuditLog.h"

namespace ow {

QString CallBack::text() const
{
    return on.toString(Qt::ISODate) + QLatin1Char('\n') + reached.simplified() + QLatin1Char('\n') +
           said.trimmed();
}

CallBack CallBack::parse(const QString& record)
{
    CallBack callBack;
    const QStringList lines = record.split(QLatin1Char('\n'));
    const QDate on = lines.isEmpty() ? QDate() : QDate::fromString(lines.first(), Qt::ISODate);
    if (lines.size() >= 3 && on.isValid()) {
        callBack.on = on;
        callBack.reached = lines.at(1);
        callBack.said = lines.mid(2).join(QLatin1Char('\n'));
    } else {
        callBack.said = record;
    }
    return callBack;
}

RectificationService::State RectificationService::stateOf(const Rectification& rectification,
                                                          const QDate& today)
{
    if (rectification.isClosed())
        return State::Closed;
    if (rectification.dueDate < today)
        return State::Overdue;
    if (rectification.dueDate == today)
        return State::DueToday;
    return State::Open;
}

Result<QList<Rectification>> RectificationService::list(const Session& session, Filter filter)
{
    using R = Result<QList<Rectification>>;
    if (const Status allowed = m_accounts.require(session, Action::HandleRectification); !allowed)
        return R::failure(allowed.error());
    const auto which = filter == Filter::All      ? EvaluationRepository::Which::All
                       : filter == Filter::Closed ? EvaluationRepository::Which::Closed
                                                  : EvaluationRepository::Which::Open;
    Result<QList<Rectification>> all = m_repository.rectifications(which);
    if (!all)
        return all;
    const QDate day = today();
    QList<Rectification> list;
    for (const Rectification& r : all.value()) {
        const State state = stateOf(r, day);
        if ((filter == Filter::DueToday && state != State::DueToday) ||
            (filter == Filter::Overdue && state != State::Overdue))
            continue;
        list.append(r);
    }
    return R::success(list);
}

Status RectificationService::recordCallBack(const Session& session,
                                            const Rectification& rectification,
                                            const CallBack& callBack)
{
    if (const Status allowed = m_accounts.require(session, Action::HandleRectification); !allowed)
        return allowed;
    if (rectification.isClosed())
        return Status::failure(
            tr("The rectification of case %1 is closed already.").arg(rectification.caseNumber));
    if (!callBack.on.isValid() || callBack.on > today())
        return Status::failure(tr("The call-back's date must be a day up to today."));
    if (rectification.openedOn.isValid() && callBack.on < rectification.openedOn)
        return Status::failure(tr("The call-back cannot be before the rectification was opened "
                                  "(%1).")
                                   .arg(rectification.openedOn.toString(Qt::ISODate)));
    if (callBack.reached.simplified().isEmpty())
        return Status::failure(tr("Say whom the call-back reached (the applicant or who "
                                  "answered)."));
    if (callBack.said.trimmed().isEmpty())
        return Status::failure(tr("Write down what was said in the call-back."));
    AuditLog audit = m_accounts.auditLog();
    return m_repository.recordCallBack(rectification.caseId, callBack.text(), session.user.name,
                                       audit);
}

Status RectificationService::close(const Session& session, const Rectification& rectification,
                                   const QString& note)
{
    if (const Status allowed = m_accounts.require(session, Action::HandleRectification); !allowed)
        return allowed;
    if (rectification.isClosed())
        return Status::failure(
            tr("The rectification of case %1 is closed already.").arg(rectification.caseNumber));
    if (rectification.callbackRecord.trimmed().isEmpty())
        return Status::failure(tr("Record the call-back before closing the rectification."));
    AuditLog audit = m_accounts.auditLog();
    return m_repository.close(rectification.caseId, note, m_clock.now(), session.user.name, audit);
}

} // namespace ow
