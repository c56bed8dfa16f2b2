#pragma once

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

    // A day's cases of this hall (for the case list).
    Result<QList<CaseSummary>> casesOfDay(const Session& session, const QDate& day);
    // A page of the hall's cases received from one day to another, after `after` (null: the
    // first page), and how many there are (overdue: counted on `today`).
    Result<QList<CaseSummary>> casesPage(const Session& session, const QDate& from, const QDate& to,
                                         const CaseSummary* after, int limit);
    Result<CaseCounts> caseCounts(const Session& session, const QDate& from, const QDate& to,
                                  const QDate& today);
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
    Database& m_database;
    const Clock& m_clock;
    const WorkCalendar& m_calendar;
    AccountService& m_accounts;
};

} // namespace ow
