#include "ratings/EvaluationRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"

#include <QSqlQuery>

namespace ow {

namespace {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

QString EvaluationRepository::channelKey(Evaluation::Channel channel)
{
    switch (channel) {
    case Evaluation::Channel::Window:
        return QStringLiteral("window");
    case Evaluation::Channel::Qr:
        return QStringLiteral("qr");
    case Evaluation::Channel::Phone:
        return QStringLiteral("phone");
    case Evaluation::Channel::Spoken:
        return QStringLiteral("spoken");
    }
    return QString();
}

std::optional<Evaluation::Channel> EvaluationRepository::channelFromKey(const QString& key)
{
    for (const Evaluation::Channel channel :
         {Evaluation::Channel::Window, Evaluation::Channel::Qr, Evaluation::Channel::Phone,
          Evaluation::Channel::Spoken})
        if (key == channelKey(channel))
            return channel;
    return std::nullopt;
}

Result<QString> EvaluationRepository::decidedCaseNumber(const QString& caseId) const
{
    using R = Result<QString>;
    QSqlQuery query(m_database.connection());
    if (!execute(query, QStringLiteral("SELECT number, status FROM case_file WHERE id = ?"),
                 {caseId}))
        return R::failure(tr("Cannot read the case %1 from %2: %3")
                              .arg(caseId, m_database.path(), failureText(query)));
    if (!query.next())
        return R::failure(tr("There is no case %1 to rate.").arg(caseId));
    if (query.value(1).toString() == QLatin1String("received"))
        return R::failure(tr("The case %1 is not decided yet; it can be rated after the decision.")
                              .arg(query.value(0).toString()));
    return R::success(query.value(0).toString());
}

Result<std::optional<Rectification>> EvaluationRepository::record(const Evaluation& evaluation,
                                                                  const QString& recordedBy,
                                                                  AuditLog& audit,
                                                                  int rectificationDays)
{
    using R = Result<std::optional<Rectification>>;
    if (evaluation.score < 1 || evaluation.score > 5)
        return R::failure(tr("A rating is 1 (very dissatisfied) to 5 (very satisfied), not %1.")
                              .arg(evaluation.score));
    if (!evaluation.at.isValid())
        return R::failure(tr("A rating needs the time it was given."));
    if (rectificationDays < 1 || rectificationDays > 60)
        return R::failure(tr("A rectification is due 1 to 60 working days later, not %1.")
                              .arg(rectificationDays));
    if (recordedBy.trimmed().isEmpty())
        return R::failure(tr("A rating needs the user at whose window it was given."));

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the rating in %1: %2").arg(m_database.path(), transaction.error()));
    const Result<QString> number = decidedCaseNumber(evaluation.caseId);
    if (!number)
        return R::failure(number.error());
    QSqlQuery query(m_database.connection());
    if (!execute(query, QStringLiteral("SELECT score FROM evaluation WHERE case_id = ?"),
                 {evaluation.caseId}))
        return R::failure(
            tr("Cannot read the ratings from %1: %2").arg(m_database.path(), failureText(query)));
    if (query.next())
        return R::failure(tr("The case %1 has already been rated (%2); a case is rated once.")
                              .arg(number.value())
                              .arg(query.value(0).toInt()));
    if (!execute(query,
                 QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at, comment) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {evaluation.caseId, evaluation.score, channelKey(evaluation.channel),
                  timeValue(evaluation.at), text(evaluation.comment)}))
        return R::failure(tr("Cannot store the rating of %1 in %2: %3")
                              .arg(number.value(), m_database.path(), failureText(query)));

    std::optional<Rectification> opened;
    if (evaluation.score <= RectificationThreshold) {
        Rectification r;
        r.caseId = evaluation.caseId;
        r.caseNumber = number.value();
        r.score = evaluation.score;
        r.openedOn = evaluation.at.toLocalTime().date();
        r.workingDays = rectificationDays;
        const WorkCalendar::DueDate due = m_calendar.dueDate(r.openedOn, rectificationDays);
        r.dueDate = due.date;
        r.dueProvisional = due.provisional;
        if (!execute(query,
                     QStringLiteral("INSERT INTO rectification (case_id, opened_on, working_days, "
                                    "due_date, due_provisional) VALUES (?, ?, ?, ?, ?)"),
                     {r.caseId, dateValue(r.openedOn), r.workingDays, dateValue(r.dueDate),
                      r.dueProvisional ? 1 : 0}))
            return R::failure(tr("Cannot open the rectification of %1 in %2: %3")
                                  .arg(number.value(), m_database.path(), failureText(query)));
        opened = r;
    }
    if (const Status s = audit.append(
            recordedBy, QStringLiteral("case_rated"), number.value(),
            QStringLiteral("%1 %2").arg(evaluation.score).arg(channelKey(evaluation.channel)));
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the rating in %1: %2").arg(m_database.path(), transaction.error()));
    return R::success(opened);
}

Result<std::optional<Evaluation>> EvaluationRepository::find(const QString& caseId) const
{
    using R = Result<std::optional<Evaluation>>;
    QSqlQuery query(m_database.connection());
    if (!execute(
            query,
            QStringLiteral("SELECT score, channel, at, comment FROM evaluation WHERE case_id = ?"),
            {caseId}))
        return R::failure(
            tr("Cannot read the ratings from %1: %2").arg(m_database.path(), failureText(query)));
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(
        Evaluation{caseId, query.value(0).toInt(),
                   channelFromKey(query.value(1).toString()).value_or(Evaluation::Channel::Window),
                   timeFrom(query.value(2)), query.value(3).toString()});
}

Result<QList<Rectification>> EvaluationRepository::rectifications(Which which) const
{
    using R = Result<QList<Rectification>>;
    QString where;
    if (which == Which::Open)
        where = QStringLiteral("WHERE r.status = 'open' ");
    else if (which == Which::Closed)
        where = QStringLiteral("WHERE r.status = 'closed' ");
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT r.case_id, f.number, e.score, r.opened_on, "
                                "r.working_days, r.due_date, r.due_provisional, "
                                "r.callback_record, r.closing_note, r.closed_at, r.closed_by "
                                "FROM rectification r JOIN evaluation e ON e.case_id = r.case_id "
                                "JOIN case_file f ON f.id = r.case_id %1"
                                "ORDER BY r.due_date, f.number")
                     .arg(where),
                 {}))
        return R::failure(tr("Cannot read the rectifications from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    QList<Rectification> list;
    while (query.next()) {
        Rectification r;
        r.caseId = query.value(0).toString();
        r.caseNumber = query.value(1).toString();
        r.score = query.value(2).toInt();
        r.openedOn = dateFrom(query.value(3));
        r.workingDays = query.value(4).toInt();
        r.dueDate = dateFrom(query.value(5));
        r.dueProvisional = query.value(6).toBool();
        r.callbackRecord = query.value(7).toString();
        r.closingNote = query.value(8).toString();
        r.closedAt = timeFrom(query.value(9));
        r.closedBy = query.value(10).toString();
        list.append(r);
    }
    return R::success(list);
}

Status EvaluationRepository::recordCallBack(const QString& caseId, const QString& record,
                                            const QString& userName, AuditLog& audit)
{
    if (record.trimmed().isEmpty())
        return Status::failure(tr("The call-back record is empty."));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(
            tr("Cannot store the call-back in %1: %2").arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("UPDATE rectification SET callback_record = ? WHERE case_id = ? "
                                "AND status = 'open'"),
                 {record.trimmed(), caseId}))
        return Status::failure(
            tr("Cannot store the call-back in %1: %2").arg(m_database.path(), failureText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no open rectification for the case %1.").arg(caseId));
    if (const Status s =
            audit.append(userName, QStringLiteral("rectification_called_back"), caseId);
        !s)
        return s;
    if (!transaction.commit())
        return Status::failure(
            tr("Cannot store the call-back in %1: %2").arg(m_database.path(), transaction.error()));
    return Status::success();
}

Status EvaluationRepository::close(const QString& caseId, const QString& note, const QDateTime& at,
                                   const QString& userName, AuditLog& audit)
{
    if (note.trimmed().isEmpty())
        return Status::failure(tr("A rectification is closed with a note saying what was done."));
    if (!at.isValid())
        return Status::failure(tr("Closing a rectification needs its time."));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(tr("Cannot close the rectification in %1: %2")
                                   .arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("UPDATE rectification SET status = 'closed', closing_note = ?, "
                                "closed_at = ?, closed_by = ? WHERE case_id = ? AND status = "
                                "'open'"),
                 {note.trimmed(), timeValue(at), text(userName), caseId}))
        return Status::failure(tr("Cannot close the rectification in %1: %2")
                                   .arg(m_database.path(), failureText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("There is no open rectification for the case %1.").arg(caseId));
    if (const Status s = audit.append(userName, QStringLiteral("rectification_closed"), caseId); !s)
        return s;
    if (!transaction.commit())
        return Status::failure(tr("Cannot close the rectification in %1: %2")
                                   .arg(m_database.path(), transaction.error()));
    return Status::success();
}

} // namespace ow
