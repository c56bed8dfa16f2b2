#pragma once

#include "access/Action.h"
#include "access/Session.h"
#include "calendar/WorkCalendar.h"
#include "cases/CaseRepository.h"
#include "cases/IntakeDraft.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace ow {

class AccountService;
class Database;

// Taking a case in at the counter, start to decision: the role is checked, the case is stored
// with its number (收件), then the decision (受理 with its deadline on the holiday calendar,
// 补正, or 不予受理) is recorded with the checklist — each step one transaction with its audit
// record, so a crash between them leaves a received case, never half of one.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseService)

public:
    CaseService(Database& database, const Clock& clock, const WorkCalendar& calendar,
                AccountService& accounts);

    Result<Case> takeIn(const Session& session, const IntakeDraft& draft,
                        IntakeDraft::Decision decision, const QString& reason,
                        const QHash<QString, Guide>& guides);

    // The case's later life (审查, 办结, 送达, 归档, 撤回, and 不予受理 of a case waiting for its
    // missing materials): the role is checked (CaseService::actionFor), the step must be one
    // CaseLifecycle::next allows from the case's status, dated now and not before the case's last
    // event; 撤回 and 不予受理 need their reason in `note`. The event and its audit record
    // (case_<status key>) are one transaction. 受理 goes through acceptSupplied().
    Result<Case> advance(const Session& session, const QString& caseId, CaseStatus to,
                         const QString& note);
    // 补正 → 受理: the materials the supplement notice listed have arrived. They are marked
    // received, the case is accepted today and gets its deadline on the holiday calendar.
    Result<Case> acceptSupplied(const Session& session, const QString& caseId, const QString& note,
                                const QHash<QString, Guide>& guides);
    // The action a step needs: 受理 / 不予受理 DecideCase, 审查 / 办结 / 送达 AdvanceCase, 撤回
    // WithdrawCase, 归档 ArchiveCase.
    static Action actionFor(CaseStatus to);

    // A day's cases of this hall (for the case list).
    Result<QList<CaseSummary>> casesOfDay(const Session& session, const QDate& day);
    // A page of the hall's cases received from one day to another, after `after` (null: the
    // first page), and how many there are (overdue: counted on `today`).
    // `show`: which cases (CaseListQuery::show); overdue is counted on the workstation's today.
    Result<QList<CaseSummary>> casesPage(const Session& session, const QDate& from, const QDate& to,
                                         const CaseSummary* after, int limit,
                                         const QString& show = QString());
    Result<CaseCounts> caseCounts(const Session& session, const QDate& from, const QDate& to,
                                  const QDate& today, const QString& show = QString());
    // One case, by id or by number, for someone allowed to see applicants; the look is audited.
    Result<Case> open(const Session& session, const QString& idOrNumber);

    // 一人一档: the applicant's archive row (to prefill the form) and how many cases it holds;
    // nothing when the identifier is new. The look is audited.
    struct ArchiveLookup
    {
        Applicant applicant;
        int caseCount = 0;
    };
    Result<std::optional<ArchiveLookup>> lookUpApplicant(const Session& session,
                                                         const QString& identifier);

    // The promise of a chain: its slowest item (即办 = 0 working days).
    static int promisedWorkingDays(const QStringList& itemCodes,
                                   const QHash<QString, Guide>& guides);

private:
    // The case as it stands, refused when `to` does not follow its status or the clock is before
    // its last event. Called inside the step's transaction.
    Result<Case> loadForStep(const QString& caseId, CaseStatus to, const QDateTime& now);

    Database& m_database;
    const Clock& m_clock;
    const WorkCalendar& m_calendar;
    AccountService& m_accounts;
};

} // namespace ow
