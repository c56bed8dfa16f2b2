#pragma once

#include "access/Session.h"
#include "cases/HomeVisit.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace ow {

class AccountService;
class Database;
struct Case;

// 上门服务: the appointments of the hall's home visits. Every operation needs the assisted-service
// role (Action::AssistedService); each write is one transaction with its audit record
// (home_visit_booked, home_visit_cancelled, home_visit_visited). Lists carry the applicant's
// details for masking by the screen; open() is the look at the unmasked details and is audited
// (home_visit_viewed).
class HomeVisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(ow::HomeVisitRepository)

public:
    HomeVisitRepository(Database& database, const Clock& clock, AccountService& accounts);

    // Validates (HomeVisits::check, the staff must be an active user of this hall's workstation)
    // and stores a new appointment, booked. Refused with every problem named, nothing stored.
    Result<HomeVisit> book(const Session& session, HomeVisit visit);
    // The appointments from one day to another (inclusive), in date and time order; `state`
    // empty for all, or booked / visited / cancelled.
    Result<QList<HomeVisit>> list(const Session& session, const QDate& from, const QDate& to,
                                  const QString& state = QString()) const;
    // One appointment with its unmasked details (to prefill the intake, or to call); audited.
    Result<HomeVisit> open(const Session& session, const QString& id);
    // A booked appointment that will not happen; the reason is required.
    Result<HomeVisit> cancel(const Session& session, const QString& id, const QString& reason);
    // The case taken at home: `takeIn` stores it (CaseService::takeIn joins this transaction),
    // then the appointment is marked visited and linked to the case, all or nothing. Refused when
    // the appointment is not booked.
    Result<Case> takeIn(const Session& session, const QString& id,
                        const std::function<Result<Case>()>& takeIn);
    // The appointment a case was taken on, if any (the case's channel is 上门).
    Result<std::optional<HomeVisit>> visitOfCase(const QString& caseId) const;

    // Statistics (no role, no personal data): appointments by state whose visit day lies from
    // `from` to `to` (inclusive), of one staff member's visits when `staff` is given (the
    // dashboard's one-clerk scope). For the dashboard's assisted-service figures; joins the
    // caller's transaction like any read.
    static Result<HomeVisitCounts> countByState(Database& database, const QDate& from,
                                                const QDate& to, const QString& staff = {});

private:
    Result<std::optional<HomeVisit>> find(const QString& id) const;

    Database& m_database;
    const Clock& m_clock;
    AccountService& m_accounts;
};

} // namespace ow
