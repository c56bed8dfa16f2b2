#include "audit/AuditLog.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "json/JsonWriter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditRecord recordFrom(const QSqlQuery& query)
{
    AuditRecord record;
    record.sequence = query.value(0).toLongLong();
    record.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.at.setTimeSpec(Qt::UTC);
    record.userName = query.value(2).toString();
    record.centerCode = query.value(3).toString();
    record.window = query.value(4).toString();
    record.action = query.value(5).toString();
    record.subject = query.value(6).toString();
    record.detail = query.value(7).toString();
    record.previousHash = query.value(8).toString().toLatin1();
    record.hash = query.value(9).toString().toLatin1();
    return record;
}

const char* const Columns =
    "sequence, at, user_name, center_code, window, action, subject, detail, previous_hash, hash";

} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock, QString centerCode, QString window)
    : m_database(database), m_clock(clock), m_centerCode(std::move(centerCode)),
      m_window(std::move(window))
{}

Status AuditLog::append(const QString& userName, const QString& action, const QString& subject,
                        const QString& detail)
{
    const auto failed = [this](const QString& why) {
        return Status::failure(
            tr("Cannot write the audit log in %1: %2").arg(m_database.path(), why));
    };
    const bool joined = m_database.inTransaction();
    SqlTransaction transaction(m_database.connection());
    if (!joined && !transaction.beginImmediate())
        return failed(transaction.error());
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1")))
        return failed(failureText(query));
    AuditRecord record;
    QByteArray previous = AuditChain::genesisHash();
    record.sequence = 1;
    if (query.next()) {
        record.sequence = query.value(0).toLongLong() + 1;
        previous = query.value(1).toString().toLatin1();
    }
    query.finish();
    QDateTime now = m_clock.now().toUTC();
    now.setTime(
        QTime(now.time().hour(), now.time().minute(), now.time().second(), now.time().msec()));
    record.at = now;
    record.userName = userName.isNull() ? QStringLiteral("") : userName;
    record.centerCode = m_centerCode;
    record.window = m_window;
    record.action = action;
    // Empty, never NULL: a null QString would bind as SQL NULL.
    record.subject = subject.isNull() ? QStringLiteral("") : subject;
    record.detail = detail.isNull() ? QStringLiteral("") : detail;
    record = AuditChain::seal(record, previous);
    query.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(Columns)));
    const QVariantList values = {record.sequence,
                                 timeText(record.at),
                                 record.userName,
                                 record.centerCode,
                                 record.window,
                                 record.action,
                                 record.subject,
                                 record.detail,
                                 QString::fromLatin1(record.previousHash),
                                 QString::fromLatin1(record.hash)};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return failed(failureText(query));
    if (!joined && !transaction.commit())
        return failed(transaction.error());
    return Status::success();
}

Result<QList<AuditRecord>> AuditLog::list(const AuditFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        values.append(timeText(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        values.append(timeText(filter.to.addDays(1).startOfDay()));
    }
    if (!filter.userName.isEmpty()) {
        conditions.append(QStringLiteral("user_name = ?"));
        values.append(filter.userName);
    }
    if (!filter.action.isEmpty()) {
        conditions.append(QStringLiteral("action = ?"));
        values.append(filter.action);
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY sequence")
                      .arg(QLatin1String(Columns),
                           conditions.isEmpty() ? QString()
                                                : QStringLiteral("WHERE ") +
                                                      conditions.join(QStringLiteral(" AND "))));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Result<QList<AuditRecord>>::failure(
            tr("Cannot read the audit log in %1: %2").arg(m_database.path(), failureText(query)));
    QList<AuditRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return Result<QList<AuditRecord>>::success(records);
}

QByteArray AuditLog::toJson(const QList<AuditRecord>& records)
{
    JsonWriter out;
    out.beginArray();
    for (const AuditRecord& record : records) {
        out.beginObject();
        out.key(QStringLiteral("sequence")).value(qint64(record.sequence));
        out.key(QStringLiteral("at")).value(record.at.toString(Qt::ISODateWithMs));
        out.key(QStringLiteral("user")).value(record.userName);
        out.key(QStringLiteral("center")).value(record.centerCode);
        out.key(QStringLiteral("window")).value(record.window);
        out.key(QStringLiteral("action")).value(record.action);
        out.key(QStringLiteral("subject")).value(record.subject);
        out.key(QStringLiteral("detail")).value(record.detail);
        out.key(QStringLiteral("hash")).value(QString::fromLatin1(record.hash));
        out.endObject();
    }
    out.endArray();
    return out.toUtf8();
}

Result<AuditChain::Verification> AuditLog::verify() const
{
    const Result<QList<AuditRecord>> all = list();
    if (!all)
        return Result<AuditChain::Verification>::failure(all.error());
    return Result<AuditChain::Verification>::success(AuditChain::verify(all.value()));
}

} // namespace ow
