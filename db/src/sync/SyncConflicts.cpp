#include "sync/SyncConflicts.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"
#include "security/PersonalData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ow {

namespace {

QJsonObject objectFrom(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString textOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

enum class Kind
{
    None,
    IdNumber,
    Phone,
    Name,
    Hidden,
    Embedded // an ID number inside a longer text (a record key ["110105…"])
};

const QRegularExpression& embeddedId()
{
    static const QRegularExpression id(QStringLiteral("\\d{17}[\\dXx]|\\d{15}"));
    return id;
}

Kind kindOf(const QString& field, const QString& value)
{
    static const QSet<QString> ids = {
        QStringLiteral("identifier"), QStringLiteral("applicant_identifier"),
        QStringLiteral("agent_id_number"), QStringLiteral("id_number")};
    static const QSet<QString> phones = {QStringLiteral("phone"), QStringLiteral("agent_phone"),
                                         QStringLiteral("contact_phone")};
    static const QSet<QString> names = {
        QStringLiteral("name"), QStringLiteral("agent_name"), QStringLiteral("contact_name"),
        QStringLiteral("legal_representative"), QStringLiteral("applicant_name")};
    static const QSet<QString> hidden = {
        QStringLiteral("address"), QStringLiteral("disability_certificate"),
        QStringLiteral("agent_authorization"), QStringLiteral("birth_date")};
    if (value.trimmed().isEmpty())
        return Kind::None;
    if (ids.contains(field) || PersonalData::looksLikeIdNumber(value))
        return Kind::IdNumber;
    if (phones.contains(field) || PersonalData::looksLikePhone(value))
        return Kind::Phone;
    if (names.contains(field))
        return Kind::Name;
    if (hidden.contains(field))
        return Kind::Hidden;
    if (embeddedId().match(value).hasMatch())
        return Kind::Embedded;
    return Kind::None;
}

} // namespace

Result<QList<SyncConflict>> SyncConflicts::list(bool includeReviewed) const
{
    using R = Result<QList<SyncConflict>>;
    QSqlQuery query(m_database.connection());
    const QString sql =
        QStringLiteral("SELECT c.id, c.table_name, c.row_key, c.kept, c.lost, c.lost_client, c.at, "
                       "r.reviewed_by, r.reviewed_at, r.note FROM sync_conflict c LEFT JOIN "
                       "sync_conflict_review r ON r.conflict_id = c.id %1 ORDER BY c.at DESC, c.id")
            .arg(includeReviewed ? QString() : QStringLiteral("WHERE r.conflict_id IS NULL"));
    if (!query.exec(sql))
        return R::failure(tr("Cannot read the sync conflicts: %1").arg(failureText(query)));
    QList<SyncConflict> conflicts;
    while (query.next()) {
        SyncConflict c;
        c.id = query.value(0).toString();
        c.table = query.value(1).toString();
        c.rowKey = query.value(2).toString();
        c.kept = objectFrom(query.value(3));
        c.lost = objectFrom(query.value(4));
        c.lostClient = query.value(5).toString();
        c.at = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        if (!c.at.isValid())
            c.at = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
        c.reviewedBy = query.value(7).toString();
        c.reviewedAt = timeFrom(query.value(8));
        c.note = query.value(9).toString();
        conflicts.append(c);
    }
    return R::success(conflicts);
}

Status SyncConflicts::markReviewed(const QString& conflictId, const QString& note,
                                   const QString& userName, const QDateTime& at, AuditLog& audit)
{
    const QString trimmed = note.trimmed();
    if (trimmed.isEmpty())
        return Status::failure(tr("Write a note on what was done about the conflict (for "
                                  "example: checked with the applicant, the kept version is "
                                  "right)."));
    if (trimmed.size() > 2000)
        return Status::failure(
            tr("The note has %1 characters; at most 2000 are kept.").arg(trimmed.size()));
    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return Status::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT c.table_name, r.reviewed_by FROM sync_conflict c LEFT JOIN "
                                "sync_conflict_review r ON r.conflict_id = c.id WHERE c.id = ?"),
                 {conflictId}))
        return Status::failure(tr("Cannot read the sync conflict: %1").arg(failureText(query)));
    if (!query.next())
        return Status::failure(tr("There is no sync conflict %1 (a later sync may have removed "
                                  "it).")
                                   .arg(conflictId));
    const QString table = query.value(0).toString();
    if (!query.value(1).isNull())
        return Status::failure(
            tr("The conflict was already reviewed by %1.").arg(query.value(1).toString()));
    if (!execute(query,
                 QStringLiteral("INSERT INTO sync_conflict_review (conflict_id, reviewed_by, "
                                "reviewed_at, note) VALUES (?, ?, ?, ?)"),
                 {conflictId, userName, timeValue(at), trimmed}))
        return Status::failure(tr("Cannot record the review: %1").arg(failureText(query)));
    // The note is the supervisor's text: it may name a person, so the log keeps its length only.
    if (const Status logged =
            audit.append(userName, QStringLiteral("sync_conflict_reviewed"), conflictId,
                         QStringLiteral("table=%1 note_chars=%2").arg(table).arg(trimmed.size()));
        !logged)
        return logged;
    if (!transaction.commit())
        return Status::failure(transaction.error());
    return Status::success();
}

QList<SyncConflicts::Field> SyncConflicts::fields(const SyncConflict& conflict)
{
    QStringList names = conflict.kept.keys();
    for (const QString& name : conflict.lost.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    QList<Field> out;
    for (const QString& name : names) {
        Field f;
        f.name = name;
        f.keptPresent = conflict.kept.contains(name);
        f.lostPresent = conflict.lost.contains(name);
        f.kept = textOf(conflict.kept.value(name));
        f.lost = textOf(conflict.lost.value(name));
        f.differs = f.keptPresent != f.lostPresent ||
                    conflict.kept.value(name) != conflict.lost.value(name);
        out.append(f);
    }
    return out;
}

bool SyncConflicts::isPersonal(const QString& field, const QString& value)
{
    return kindOf(field, value) != Kind::None;
}

QString SyncConflicts::masked(const QString& field, const QString& value)
{
    switch (kindOf(field, value)) {
    case Kind::None:
        return value;
    case Kind::IdNumber:
        return PersonalData::looksLikeIdNumber(value) || field.contains(QLatin1String("id"))
                   ? PersonalData::maskIdNumber(value)
                   : PersonalData::maskPhone(value);
    case Kind::Phone:
        return PersonalData::maskPhone(value);
    case Kind::Name:
        return PersonalData::maskName(value);
    case Kind::Hidden:
        break;
    case Kind::Embedded: {
        QString out = value;
        QRegularExpressionMatchIterator it = embeddedId().globalMatch(value);
        QList<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.prepend(it.next()); // from the end, so offsets stay right
        for (const QRegularExpressionMatch& m : matches)
            out.replace(m.capturedStart(), m.capturedLength(),
                        PersonalData::maskIdNumber(m.captured()));
        return out;
    }
    }
    return QString(std::min<qsizetype>(value.size(), 8), u'*');
}

} // namespace ow
