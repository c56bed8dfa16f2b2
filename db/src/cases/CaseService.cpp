#include "cases/CaseService.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "cases/IntakeDraftStore.h"
#include "chain/ChainMerger.h"
#include "security/PersonalData.h"

namespace ow {

CaseService::CaseService(Database& database, const Clock& clock, const WorkCalendar& calendar,
                         AccountService& accounts)
    : m_database(database), m_clock(clock), m_calendar(calendar), m_accounts(accounts)
{}

int CaseService::promisedWorkingDays(const QStringList& itemCodes,
                                     const QHash<QString, Guide>& guides)
{
    int days = 0;
    for (const QString& code : itemCodes) {
        if (const Guide* guide = ChainMerger::guideFor(code, guides);
            guide && !guide->promisedLimit.onTheSpot)
            days = qMax(days, guide->promisedLimit.workingDays);
    }
    return days;
}

Result<Case> CaseService::takeIn(const Session& session, const IntakeDraft& draft,
                                 IntakeDraft::Decision decision, const QString& reason,
                                 const QHash<QString, Guide>& guides)
{
    using R = Result<Case>;
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return R::failure(allowed.error());
    if (const Status allowed = m_accounts.require(session, Action::DecideCase); !allowed)
        return R::failure(allowed.error());
    if (const Status decidable = draft.canDecide(decision, reason); !decidable)
        return R::failure(decidable.error());
    const QDateTime now = m_clock.now();
    // Received and decided together or not at all: both steps join this transaction.
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    CaseRepository cases(m_database);
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    Result<Case> stored = cases.create(
        draft.toCase(session.hall.centerCode, session.hall.window, session.user.name, now, guides),
        audit);
    if (!stored)
        return stored;
    Case c = stored.value();

    CaseEvent event{CaseStatus::Accepted, now, session.user.name, reason};
    QDate acceptedOn;
    WorkCalendar::DueDate due;
    switch (decision) {
    case IntakeDraft::Decision::Accept:
        acceptedOn = now.toLocalTime().date();
        due = m_calendar.dueDate(acceptedOn, promisedWorkingDays(c.itemCodes, guides));
        break;
    case IntakeDraft::Decision::Supplement:
        event.to = CaseStatus::SupplementRequested;
        break;
    case IntakeDraft::Decision::Refuse:
        event.to = CaseStatus::Refused;
        break;
    }
    if (const Status decided =
            cases.recordDecision(c.id, event, draft.materials, acceptedOn, due.date,
                                 due.provisional, due.calendarVersion, reason, audit);
        !decided)
        return R::failure(decided.error());
    // The autosaved draft goes with the case it became: both or neither.
    if (!draft.autosaveId.isEmpty()) {
        if (const Status removed = IntakeDraftStore::removeWithin(m_database, draft.autosaveId);
            !removed)
            return R::failure(removed.error());
    }
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return cases.load(c.id);
}

Action CaseService::actionFor(CaseStatus to)
{
    switch (to) {
    case CaseStatus::Received:
        return Action::TakeIntake;
    case CaseStatus::Accepted:
    case CaseStatus::SupplementRequested:
    case CaseStatus::Refused:
        return Action::DecideCase;
    case CaseStatus::UnderReview:
    case CaseStatus::Concluded:
    case CaseStatus::Delivered:
        return Action::AdvanceCase;
    case CaseStatus::Withdrawn:
        return Action::WithdrawCase;
    case CaseStatus::Archived:
        return Action::ArchiveCase;
    }
    return Action::AdvanceCase;
}

Result<Case> CaseService::loadForStep(const QString& caseId, CaseStatus to, const QDateTime& now)
{
    using R = Result<Case>;
    Result<Case> loaded = CaseRepository(m_database).load(caseId);
    if (!loaded)
        return loaded;
    const Case& c = loaded.value();
    const CaseStatus status = c.status();
    if (!CaseLifecycle::next(status).contains(to)) {
        QStringList allowed;
        for (const CaseStatus next : CaseLifecycle::next(status))
            allowed.append(CaseLifecycle::displayName(next));
        return R::failure(
            allowed.isEmpty()
                ? tr("Case %1 is \"%2\": its life is over, it cannot become \"%3\".")
                      .arg(c.number, CaseLifecycle::displayName(status),
                           CaseLifecycle::displayName(to))
                : tr("Case %1 is \"%2\": it cannot become \"%3\" (it can become: %4).")
                      .arg(c.number, CaseLifecycle::displayName(status),
                           CaseLifecycle::displayName(to), allowed.join(QStringLiteral(", "))));
    }
    if (!c.events.isEmpty() && c.events.last().at > now)
        return R::failure(tr("Case %1's last event (\"%2\") is dated %3, after this "
                             "workstation's clock (%4): check the clock, nothing was recorded.")
                              .arg(c.number, CaseLifecycle::displayName(c.events.last().to),
                                   c.events.last().at.toLocalTime().toString(Qt::ISODate),
                                   now.toLocalTime().toString(Qt::ISODate)));
    return loaded;
}

Result<Case> CaseService::advance(const Session& session, const QString& caseId, CaseStatus to,
                                  const QString& note)
{
    using R = Result<Case>;
    if (const Status allowed = m_accounts.require(session, actionFor(to)); !allowed)
        return R::failure(allowed.error());
    if (to == CaseStatus::Accepted || to == CaseStatus::SupplementRequested ||
        to == CaseStatus::Received)
        return R::failure(tr("\"%1\" is not a later step of a case: it is recorded at the "
                             "counter with the checklist.")
                              .arg(CaseLifecycle::displayName(to)));
    const QString reason = note.trimmed();
    if (CaseLifecycle::needsReason(to) && reason.isEmpty())
        return R::failure(to == CaseStatus::Withdrawn
                              ? tr("Withdrawing a case needs the applicant's reason.")
                              : tr("A refusal needs its reasons."));
    const QDateTime now = m_clock.now();
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    const Result<Case> current = loadForStep(caseId, to, now);
    if (!current)
        return current;
    const Case& c = current.value();
    CaseRepository cases(m_database);
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    const CaseEvent event{to, now, session.user.name, reason};
    const Status stored = to == CaseStatus::Refused
                              ? cases.recordDecision(c.id, event, c.materials, QDate(), QDate(),
                                                     false, QString(), reason, audit)
                              : cases.appendEvent(c.id, event, audit,
                                                  QStringLiteral("case_") + CaseLifecycle::key(to));
    if (!stored)
        return R::failure(stored.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return cases.load(c.id);
}

Result<Case> CaseService::acceptSupplied(const Session& session, const QString& caseId,
                                         const QString& note, const QHash<QString, Guide>& guides)
{
    using R = Result<Case>;
    if (const Status allowed = m_accounts.require(session, Action::DecideCase); !allowed)
        return R::failure(allowed.error());
    const QDateTime now = m_clock.now();
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    const Result<Case> current = loadForStep(caseId, CaseStatus::Accepted, now);
    if (!current)
        return current;
    const Case& c = current.value();
    // What the one notice listed (every missing required material) is what was brought.
    QList<CaseMaterial> materials = c.materials;
    for (CaseMaterial& material : materials) {
        if (material.required && material.state == CaseMaterial::State::Missing)
            material.state = CaseMaterial::State::Received;
    }
    const QDate acceptedOn = now.toLocalTime().date();
    const WorkCalendar::DueDate due =
        m_calendar.dueDate(acceptedOn, promisedWorkingDays(c.itemCodes, guides));
    CaseRepository cases(m_database);
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    if (const Status decided = cases.recordDecision(
            c.id, CaseEvent{CaseStatus::Accepted, now, session.user.name, note.trimmed()},
            materials, acceptedOn, due.date, due.provisional, due.calendarVersion, note.trimmed(),
            audit);
        !decided)
        return R::failure(decided.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return cases.load(c.id);
}

Result<QList<CaseSummary>> CaseService::casesOfDay(const Session& session, const QDate& day)
{
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return Result<QList<CaseSummary>>::failure(allowed.error());
    return CaseRepository(m_database).listForDay(day, session.hall.centerCode);
}

Result<QList<CaseSummary>> CaseService::casesPage(const Session& session, const QDate& from,
                                                  const QDate& to, const CaseSummary* after,
                                                  int limit, const QString& show)
{
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return Result<QList<CaseSummary>>::failure(allowed.error());
    return CaseRepository(m_database)
        .page({from, to, session.hall.centerCode, 0, show, m_clock.now().toLocalTime().date()},
              after, limit);
}

Result<CaseCounts> CaseService::caseCounts(const Session& session, const QDate& from,
                                           const QDate& to, const QDate& today, const QString& show)
{
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return Result<CaseCounts>::failure(allowed.error());
    return CaseRepository(m_database)
        .counts({from, to, session.hall.centerCode, 0, show, today}, today);
}

Result<std::optional<CaseService::ArchiveLookup>>
CaseService::lookUpApplicant(const Session& session, const QString& identifier)
{
    using R = Result<std::optional<ArchiveLookup>>;
    if (const Status allowed = m_accounts.require(session, Action::ViewApplicantArchive); !allowed)
        return R::failure(allowed.error());
    CaseRepository cases(m_database);
    const auto applicant = cases.applicant(identifier.trimmed().toUpper());
    if (!applicant)
        return R::failure(applicant.error());
    if (!applicant.value())
        return R::success(std::nullopt);
    const auto archive = cases.archive(applicant.value()->identifier);
    if (!archive)
        return R::failure(archive.error());
    (void)m_accounts.audit(session, QStringLiteral("applicant_looked_up"),
                           PersonalData::maskIdNumber(applicant.value()->identifier),
                           QString::number(archive.value().size()));
    return R::success(ArchiveLookup{*applicant.value(), int(archive.value().size())});
}

Result<Case> CaseService::open(const Session& session, const QString& idOrNumber)
{
    using R = Result<Case>;
    if (const Status allowed = m_accounts.require(session, Action::ViewApplicantArchive); !allowed)
        return R::failure(allowed.error());
    CaseRepository cases(m_database);
    QString id = idOrNumber;
    if (const std::optional<CaseNumber> number = CaseNumber::parse(idOrNumber)) {
        const auto found = cases.findByNumber(number->text());
        if (!found)
            return R::failure(found.error());
        if (!found.value())
            return R::failure(tr("There is no case %1 in this database.").arg(number->text()));
        id = found.value()->id;
    }
    Result<Case> loaded = cases.load(id);
    if (loaded)
        (void)m_accounts.audit(session, QStringLiteral("case_viewed"), loaded.value().number);
    return loaded;
}

} // namespace ow
