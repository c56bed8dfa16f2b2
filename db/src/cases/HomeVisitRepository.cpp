#include "cases/HomeVisitRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/Case.h"
#include "security/PersonalData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace ow {

namespace {

const QString Columns = QStringLiteral(
    "v.id, v.applicant_identifier, v.applicant_name, v.phone, v.address, v.reason, v.item_codes, "
    "v.visit_date, v.slot_start, v.slot_end, v.staff, v.state, v.notes, v.case_id, "
    "c.number, v.booked_by, v.booked_at");
const QString From =
    QStringLiteral(" FROM home_visit v LEFT JOIN case_file c ON c.id = v.case_id ");

HomeVisit readVisit(const QSqlQuery& query)
{
    HomeVisit v;
    v.id = query.value(0).toString();
    v.applicantIdentifier = query.value(1).toString();
    v.applicantName = query.value(2).toString();
    v.phone = query.value(3).toString();
    v.address = query.value(4).toString();
    v.reason =
        HomeVisits::reasonFromKey(query.value(5).toString()).value_or(HomeVisit::Reason::Other);
    for (const QJsonValue& code :
         QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
        v.itemCodes.append(code.toString());
    v.date = dateFrom(query.value(7));
    v.slotStart = QTime::fromString(query.value(8).toString(), QStringLiteral("HH:mm"));
    v.slotEnd = QTime::fromString(query.value(9).toString(), QStringLiteral("HH:mm"));
    v.staff = query.value(10).toString();
    v.state =
        HomeVisits::stateFromKey(query.value(11).toString()).value_or(HomeVisit::State::Booked);
    v.notes = query.value(12).toString();
    v.caseId = query.value(13).toString();
    v.caseNumber = query.value(14).toString();
    v.bookedBy = query.value(15).toString();
    v.bookedAt = timeFrom(query.value(16));
    return v;
}

// What the audit log says of an appointment: its day and the masked applicant, never in full.
QString auditSubject(const HomeVisit& v)
{
    return QStringLiteral("%1 %2").arg(v.date.toString(Qt::ISODate),
                                       PersonalData::maskIdNumber(v.applicantIdentifier));
}

} // namespace

HomeVisitRepository::HomeVisitRepository(Database& database, const Clock& clock,
                                         AccountService& accounts)
    : m_database(database), m_clock(clock), m_accounts(accounts)
{}

Result<HomeVisit> HomeVisitRepository::book(const Session& session, HomeVisit visit)
{
    using R = Result<HomeVisit>;
    if (const Status allowed = m_accounts.require(session, Action::AssistedService); !allowed)
        return R::failure(allowed.error());
    const QDateTime now = m_clock.now();
    QList<HomeVisitProblem> problems = HomeVisits::check(visit, now.toLocalTime().date());
    if (!visit.staff.isEmpty()) {
        QSqlQuery query(m_database.connection());
        if (!execute(query,
                     QStringLiteral("SELECT active FROM user_account WHERE name = ? AND "
                                    "center_code = ?"),
                     {visit.staff, session.hall.centerCode}))
            return R::failure(tr("Cannot read the user accounts from %1: %2")
                                  .arg(m_database.path(), failureText(query)));
        if (!query.next())
            problems.append(
                {QStringLiteral("staff"),
                 tr("There is no user %1 at this hall to make the visit.").arg(visit.staff)});
        else if (query.value(0).toInt() != 1)
            problems.append(
                {QStringLiteral("staff"),
                 tr("The user %1 is deactivated and cannot make the visit.").arg(visit.staff)});
    }
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const HomeVisitProblem& p : std::as_const(problems))
            messages.append(p.message);
        return R::failure(messages.join(u'\n'));
    }
    visit.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    visit.state = HomeVisit::State::Booked;
    visit.caseId.clear();
    visit.caseNumber.clear();
    visit.bookedBy = session.user.name;
    visit.bookedAt = now;

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(tr("Cannot store the home visit in %1: %2")
                              .arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral(
                     "INSERT INTO home_visit (id, applicant_identifier, applicant_name, phone, "
                     "address, reason, item_codes, visit_date, slot_start, slot_end, staff, "
                     "state, notes, case_id, booked_by, booked_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, NULL, ?, ?, ?)"),
                 {visit.id, visit.applicantIdentifier, visit.applicantName, visit.phone,
                  visit.address, HomeVisits::reasonKey(visit.reason),
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(visit.itemCodes))
                                        .toJson(QJsonDocument::Compact)),
                  dateValue(visit.date), visit.slotStart.toString(QStringLiteral("HH:mm")),
                  visit.slotEnd.toString(QStringLiteral("HH:mm")), visit.staff,
                  visit.notes.isNull() ? QStringLiteral("") : visit.notes, visit.bookedBy,
                  timeValue(now), timeValue(now)}))
        return R::failure(
            tr("Cannot store the home visit in %1: %2").arg(m_database.path(), failureText(query)));
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    if (const Status s = audit.append(session.user.name, QStringLiteral("home_visit_booked"),
                                      auditSubject(visit),
                                      QStringLiteral("%1 %2 %3")
                                          .arg(HomeVisits::slotText(visit), visit.staff,
                                               HomeVisits::reasonKey(visit.reason)));
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(tr("Cannot store the home visit in %1: %2")
                              .arg(m_database.path(), transaction.error()));
    return R::success(visit);
}

Result<QList<HomeVisit>> HomeVisitRepository::list(const Session& session, const QDate& from,
                                                   const QDate& to, const QString& state) const
{
    using R = Result<QList<HomeVisit>>;
    if (const Status allowed = m_accounts.require(session, Action::AssistedService); !allowed)
        return R::failure(allowed.error());
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("The period of home visits must start before it ends."));
    if (!state.isEmpty() && !HomeVisits::stateFromKey(state))
        return R::failure(
            tr("Unknown state of a home visit: %1 (booked, visited or cancelled).").arg(state));
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT ") + Columns + From +
                  QStringLiteral("WHERE v.visit_date BETWEEN ? AND ? ");
    QVariantList values{dateValue(from), dateValue(to)};
    if (!state.isEmpty()) {
        sql += QStringLiteral("AND v.state = ? ");
        values.append(state);
    }
    sql += QStringLiteral("ORDER BY v.visit_date, v.slot_start, v.booked_at");
    if (!execute(query, sql, values))
        return R::failure(tr("Cannot read the home visits from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    QList<HomeVisit> visits;
    while (query.next())
        visits.append(readVisit(query));
    return R::success(visits);
}

Result<std::optional<HomeVisit>> HomeVisitRepository::find(const QString& id) const
{
    using R = Result<std::optional<HomeVisit>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT ") + Columns + From + QStringLiteral("WHERE v.id = ?"),
                 {id}))
        return R::failure(tr("Cannot read the home visits from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(readVisit(query));
}

Result<HomeVisit> HomeVisitRepository::open(const Session& session, const QString& id)
{
    using R = Result<HomeVisit>;
    if (const Status allowed = m_accounts.require(session, Action::AssistedService); !allowed)
        return R::failure(allowed.error());
    if (const Status allowed = m_accounts.require(session, Action::ViewFullIdNumber); !allowed)
        return R::failure(allowed.error());
    const auto found = find(id);
    if (!found)
        return R::failure(found.error());
    if (!found.value())
        return R::failure(tr("There is no home visit %1.").arg(id));
    if (const Status s = m_accounts.audit(session, QStringLiteral("home_visit_viewed"),
                                          auditSubject(*found.value()));
        !s)
        return R::failure(s.error());
    return R::success(*found.value());
}

Result<HomeVisit> HomeVisitRepository::cancel(const Session& session, const QString& id,
                                              const QString& reason)
{
    using R = Result<HomeVisit>;
    if (const Status allowed = m_accounts.require(session, Action::AssistedService); !allowed)
        return R::failure(allowed.error());
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return R::failure(tr("Say why the home visit is cancelled."));
    if (why.size() > 200)
        return R::failure(tr("The reason for cancelling is longer than 200 characters."));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(tr("Cannot cancel the home visit in %1: %2")
                              .arg(m_database.path(), transaction.error()));
    const auto found = find(id);
    if (!found)
        return R::failure(found.error());
    if (!found.value())
        return R::failure(tr("There is no home visit %1.").arg(id));
    HomeVisit visit = *found.value();
    if (visit.state != HomeVisit::State::Booked)
        return R::failure(tr("The home visit is %1; only a booked visit can be cancelled.")
                              .arg(HomeVisits::stateText(visit.state)));
    const QDateTime now = m_clock.now();
    visit.state = HomeVisit::State::Cancelled;
    const QString stamp =
        QStringLiteral("[%1 %2] ")
            .arg(now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), session.user.name);
    const QString notes = (visit.notes.isEmpty() ? QString() : visit.notes + u'\n') + stamp + why;
    visit.notes = notes.right(HomeVisits::MaxNotesLength);
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("UPDATE home_visit SET state = 'cancelled', notes = ?, "
                                "updated_at = ? WHERE id = ? AND state = 'booked'"),
                 {visit.notes, timeValue(now), id}) ||
        query.numRowsAffected() != 1)
        return R::failure(tr("Cannot cancel the home visit in %1: %2")
                              .arg(m_database.path(), failureText(query)));
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    if (const Status s = audit.append(session.user.name, QStringLiteral("home_visit_cancelled"),
                                      auditSubject(visit), why);
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(tr("Cannot cancel the home visit in %1: %2")
                              .arg(m_database.path(), transaction.error()));
    return R::success(visit);
}

Result<Case> HomeVisitRepository::takeIn(const Session& session, const QString& id,
                                         const std::function<Result<Case>()>& takeIn)
{
    using R = Result<Case>;
    if (const Status allowed = m_accounts.require(session, Action::AssistedService); !allowed)
        return R::failure(allowed.error());
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    const auto found = find(id);
    if (!found)
        return R::failure(found.error());
    if (!found.value())
        return R::failure(tr("There is no home visit %1.").arg(id));
    const HomeVisit& visit = *found.value();
    if (visit.state != HomeVisit::State::Booked)
        return R::failure(tr("The home visit is %1; a case is taken only on a booked visit.")
                              .arg(HomeVisits::stateText(visit.state)));
    Result<Case> taken = takeIn(); // joins this transaction
    if (!taken)
        return taken;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("UPDATE home_visit SET state = 'visited', case_id = ?, "
                                "updated_at = ? WHERE id = ? AND state = 'booked'"),
                 {taken.value().id, timeValue(m_clock.now()), id}) ||
        query.numRowsAffected() != 1)
        return R::failure(tr("Cannot link the case to the home visit in %1: %2")
                              .arg(m_database.path(), failureText(query)));
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    if (const Status s = audit.append(session.user.name, QStringLiteral("home_visit_visited"),
                                      auditSubject(visit), taken.value().number);
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the case in %1: %2").arg(m_database.path(), transaction.error()));
    return taken;
}

Result<std::optional<HomeVisit>> HomeVisitRepository::visitOfCase(const QString& caseId) const
{
    using R = Result<std::optional<HomeVisit>>;
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT ") + Columns + From + QStringLiteral("WHERE v.case_id = ?"),
                 {caseId}))
        return R::failure(tr("Cannot read the home visits from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(readVisit(query));
}

Result<HomeVisitCounts> HomeVisitRepository::countByState(Database& database, const QDate& from,
                                                          const QDate& to, const QString& staff)
{
    using R = Result<HomeVisitCounts>;
    QSqlQuery query(database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT state, count(*) FROM home_visit WHERE visit_date BETWEEN "
                                "? AND ? AND (? = '' OR staff = ?) GROUP BY state"),
                 {dateValue(from), dateValue(to), staff.isNull() ? QStringLiteral("") : staff,
                  staff.isNull() ? QStringLiteral("") : staff}))
        return R::failure(
            tr("Cannot count the home visits in %1: %2").arg(database.path(), failureText(query)));
    HomeVisitCounts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        switch (HomeVisits::stateFromKey(query.value(0).toString())
                    .value_or(HomeVisit::State::Cancelled)) {
        case HomeVisit::State::Booked:
            counts.booked = n;
            break;
        case HomeVisit::State::Visited:
            counts.visited = n;
            break;
        case HomeVisit::State::Cancelled:
            counts.cancelled = n;
            break;
        }
    }
    return R::success(counts);
}

} // namespace ow
