#include "reports/RatingRecorder.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"

#include <QSqlQuery>

namespace ow {

QString RatingRecorder::channelKey(Channel channel)
{
    return channel == Channel::Qr ? QStringLiteral("qr") : QStringLiteral("window");
}

Result<int> RatingRecorder::scoreOf(const QString& caseId) const
{
    QSqlQuery query(m_database.connection());
    if (!execute(query, QStringLiteral("SELECT score FROM evaluation WHERE case_id = ?"), {caseId}))
        return Result<int>::failure(
            tr("Cannot read the ratings from %1: %2").arg(m_database.path(), failureText(query)));
    return Result<int>::success(query.next() ? query.value(0).toInt() : 0);
}

Result<std::optional<QDate>> RatingRecorder::record(const Rating& rating, const QString& recordedBy,
                                                    AuditLog& audit, int rectificationDays)
{
    using R = Result<std::optional<QDate>>;
    if (rating.score < 1 || rating.score > 5)
        return R::failure(tr("A rating is 1 (very dissatisfied) to 5 (very satisfied), not %1.")
                              .arg(rating.score));
    if (!rating.at.isValid())
        return R::failure(tr("A rating needs the time it was given."));
    if (rectificationDays < 1 || rectificationDays > 60)
        return R::failure(tr("A rectification is due 1 to 60 working days later, not %1.")
                              .arg(rectificationDays));

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the rating in %1: %2").arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT c.number, c.status, v.score FROM case_file c LEFT JOIN "
                                "evaluation v ON v.case_id = c.id WHERE c.id = ?"),
                 {rating.caseId}))
        return R::failure(
            tr("Cannot read the case from %1: %2").arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::failure(tr("There is no case %1 to rate.").arg(rating.caseId));
    const QString number = query.value(0).toString();
    if (query.value(1).toString() == QLatin1String("received"))
        return R::failure(
            tr("The case %1 is not decided yet; it can be rated after the decision.").arg(number));
    if (!query.value(2).isNull())
        return R::failure(tr("The case %1 has already been rated (%2); a case is rated once.")
                              .arg(number)
                              .arg(query.value(2).toInt()));
    if (!execute(query,
                 QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) VALUES (?, "
                                "?, ?, ?)"),
                 {rating.caseId, rating.score, channelKey(rating.channel), timeValue(rating.at)}))
        return R::failure(tr("Cannot store the rating of %1 in %2: %3")
                              .arg(number, m_database.path(), failureText(query)));
    std::optional<QDate> due;
    if (rating.score <= 2) {
        const QDate opened = rating.at.toLocalTime().date();
        const WorkCalendar::DueDate date = m_calendar.dueDate(opened, rectificationDays);
        if (!execute(query,
                     QStringLiteral("INSERT INTO rectification (case_id, opened_on, working_days, "
                                    "due_date, due_provisional) VALUES (?, ?, ?, ?, ?)"),
                     {rating.caseId, dateValue(opened), rectificationDays, dateValue(date.date),
                      date.provisional ? 1 : 0}))
            return R::failure(tr("Cannot open the rectification of %1 in %2: %3")
                                  .arg(number, m_database.path(), failureText(query)));
        due = date.date;
    }
    if (const Status s =
            audit.append(recordedBy, QStringLiteral("case_rated"), number,
                         QStringLiteral("%1 %2").arg(rating.score).arg(channelKey(rating.channel)));
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the rating in %1: %2").arg(m_database.path(), transaction.error()));
    return R::success(due);
}

} // namespace ow
