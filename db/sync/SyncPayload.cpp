#include "SyncPayload.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>

namespace ow {

namespace {

Result<QJsonObject> objectOf(const QByteArray& json, const QString& what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            SyncPayload::tr("The central store's answer to %1 is not JSON (%2 at byte %3).")
                .arg(what, error.errorString())
                .arg(error.offset));
    if (!document.isObject())
        return Result<QJsonObject>::failure(
            SyncPayload::tr("The central store's answer to %1 is not a JSON object.").arg(what));
    return Result<QJsonObject>::success(document.object());
}

// A whole number in [lowest, highest] (JSON numbers are doubles), or nothing.
std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 lowest, qint64 highest)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(lowest) ||
        number > double(highest))
        return std::nullopt;
    return qint64(number);
}

constexpr qint64 Exact = qint64(1) << 53; // the largest whole number a double holds exactly

// A field that is a whole count from 0 up, or a refusal naming it.
Result<qint64> countOf(const QJsonObject& answer, const QString& field, const QString& what)
{
    const auto count = wholeNumber(answer.value(field), 0, Exact);
    if (!count)
        return Result<qint64>::failure(
            SyncPayload::tr("The central store's answer to %1 has no whole number \"%2\".")
                .arg(what, field));
    return Result<qint64>::success(*count);
}

// An optional true/false field (absent: fallback).
std::optional<bool> flagOf(const QJsonObject& answer, const QString& field, bool fallback)
{
    const QJsonValue value = answer.value(field);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

// The rows of a page (sync_pull_page) or of parents by key (sync_pull_rows).
Result<QList<PulledRow>> rowsOf(const QJsonArray& array)
{
    using R = Result<QList<PulledRow>>;
    QList<PulledRow> rows;
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto bad = [&](const QString& problem) {
            return R::failure(SyncPayload::tr("Row %1 of the central store's page of changes %2.")
                                  .arg(i + 1)
                                  .arg(problem));
        };
        if (!array.at(i).isObject())
            return bad(SyncPayload::tr("is not an object"));
        const QJsonObject item = array.at(i).toObject();
        const QJsonValue table = item.value(QStringLiteral("table"));
        const QJsonValue key = item.value(QStringLiteral("key"));
        const QJsonValue data = item.value(QStringLiteral("data"));
        if (!table.isString() || table.toString().isEmpty())
            return bad(SyncPayload::tr("names no table"));
        if (!key.isString() || key.toString().isEmpty())
            return bad(SyncPayload::tr("has no row key"));
        if (!data.isObject() && !data.isNull())
            return bad(SyncPayload::tr("has no data (an object, or null for a deleted row)"));
        PulledRow row;
        row.table = table.toString();
        row.key = key.toString();
        row.tombstone = data.isNull();
        row.data = data.toObject();
        rows.append(row);
    }
    return R::success(rows);
}

} // namespace

Result<SyncPayload::Hello> SyncPayload::decodeHello(const QByteArray& json)
{
    using R = Result<Hello>;
    const Result<QJsonObject> read = objectOf(json, QStringLiteral("sync_hello"));
    if (!read)
        return R::failure(read.error());
    const QJsonObject& answer = read.value();
    const auto protocol = wholeNumber(answer.value(QStringLiteral("protocol")), 0, 1 << 30);
    const auto schema = wholeNumber(answer.value(QStringLiteral("schema")), 0, 1 << 30);
    if (!protocol || !schema)
        return R::failure(tr("The central store's greeting has no protocol or schema version."));
    const QJsonValue center = answer.value(QStringLiteral("center"));
    if (!center.isString() && !center.isNull() && !center.isUndefined())
        return R::failure(tr("The central store's greeting names its hall with something other "
                             "than text."));
    const auto changes = flagOf(answer, QStringLiteral("changes"), true);
    const auto behind = flagOf(answer, QStringLiteral("behind"), false);
    if (!changes || !behind)
        return R::failure(tr("The central store's greeting says whether there is anything new "
                             "with something other than true or false."));
    return R::success(Hello{int(*protocol), int(*schema), center.toString(), *changes, *behind});
}

Result<SyncPayload::PushAnswer> SyncPayload::decodePushAnswer(const QByteArray& json)
{
    using R = Result<PushAnswer>;
    const QString what = QStringLiteral("sync_push");
    const Result<QJsonObject> read = objectOf(json, what);
    if (!read)
        return R::failure(read.error());
    PushAnswer answer;
    const auto conflicts = wholeNumber(read.value().value(QStringLiteral("conflicts")), 0, 1 << 30);
    if (!conflicts)
        return R::failure(
            tr("The central store's answer to pushed changes has a bad conflict count."));
    answer.conflicts = int(*conflicts);
    const Result<qint64> applied = countOf(read.value(), QStringLiteral("applied"), what);
    if (!applied)
        return R::failure(applied.error());
    const Result<qint64> skipped = countOf(read.value(), QStringLiteral("skipped"), what);
    if (!skipped)
        return R::failure(skipped.error());
    answer.applied = applied.value();
    answer.skipped = skipped.value();
    return R::success(answer);
}

Result<SyncPayload::PullPage> SyncPayload::decodePullPage(const QByteArray& json)
{
    using R = Result<PullPage>;
    const QString what = QStringLiteral("sync_pull_page");
    const Result<QJsonObject> answer = objectOf(json, what);
    if (!answer)
        return R::failure(answer.error());
    const QJsonObject& object = answer.value();
    PullPage page;
    const Result<qint64> read = countOf(object, QStringLiteral("read"), what);
    if (!read)
        return R::failure(read.error());
    page.read = read.value();
    const QJsonValue rows = object.value(QStringLiteral("rows"));
    if (!rows.isArray())
        return R::failure(tr("The central store's page of changes has no list of rows."));
    const QJsonArray array = rows.toArray();
    if (array.size() > page.read)
        return R::failure(tr("The central store's page of changes sends %1 rows but read only %2.")
                              .arg(array.size())
                              .arg(page.read));
    if (page.read > 0) {
        // The cursor after the rows read: an xid8 as text and a sequence number.
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
        const QJsonValue xid = object.value(QStringLiteral("xid"));
        const auto seq = wholeNumber(object.value(QStringLiteral("seq")), 0, Exact);
        if (!xid.isString() || !digits.match(xid.toString()).hasMatch() || !seq)
            return R::failure(tr("The central store's page of changes has no cursor (xid and "
                                 "seq) after the rows it read."));
        page.xid = xid.toString();
        page.seq = *seq;
    }
    Result<QList<PulledRow>> decoded = rowsOf(array);
    if (!decoded)
        return R::failure(decoded.error());
    page.rows = std::move(decoded.value());
    return R::success(page);
}

Result<QList<PulledRow>> SyncPayload::decodePulledRows(const QByteArray& json)
{
    using R = Result<QList<PulledRow>>;
    const Result<QJsonObject> answer = objectOf(json, QStringLiteral("sync_pull_rows"));
    if (!answer)
        return R::failure(answer.error());
    const QJsonValue rows = answer.value().value(QStringLiteral("rows"));
    if (!rows.isArray())
        return R::failure(tr("The central store's page of changes has no list of rows."));
    return rowsOf(rows.toArray());
}

Result<SyncPayload::CountCheck> SyncPayload::decodeCountCheck(const QByteArray& json)
{
    using R = Result<CountCheck>;
    const Result<QJsonObject> answer = objectOf(json, QStringLiteral("sync_check"));
    if (!answer)
        return R::failure(answer.error());
    const QJsonObject& object = answer.value();
    const auto bad = [](const QString& problem) {
        return R::failure(tr("The central store sent a malformed count check: %1.").arg(problem));
    };
    CountCheck check;
    // An object per table, or null when there is none (jsonb_object_agg of nothing).
    const QJsonValue counts = object.value(QStringLiteral("counts"));
    if (!counts.isObject() && !counts.isNull())
        return bad(tr("the counts are not an object"));
    const QJsonObject countObject = counts.toObject();
    for (auto it = countObject.constBegin(); it != countObject.constEnd(); ++it) {
        const auto count = wholeNumber(it.value(), 0, Exact);
        if (!count)
            return bad(tr("the count of %1 is not a whole number").arg(it.key()));
        check.counts.insert(it.key(), *count);
    }
    const QJsonValue caseFields = object.value(QStringLiteral("case_fields"));
    if (!caseFields.isObject() && !caseFields.isNull())
        return bad(tr("the case columns are not an object"));
    const QJsonObject fieldObject = caseFields.toObject();
    for (auto it = fieldObject.constBegin(); it != fieldObject.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return bad(tr("the case column of %1 is not a name").arg(it.key()));
        check.caseFields.insert(it.key(), it.value().toString());
    }
    const QJsonValue closed = object.value(QStringLiteral("closed"));
    if (!closed.isArray())
        return bad(tr("the closed statuses are not a list"));
    for (const QJsonValue& status : closed.toArray()) {
        if (!status.isString())
            return bad(tr("a closed status is not text"));
        check.closed.append(status.toString());
    }
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonValue cutoff = object.value(QStringLiteral("cutoff"));
    if (!cutoff.isString() || !date.match(cutoff.toString()).hasMatch())
        return bad(tr("the cutoff is not a date (YYYY-MM-DD)"));
    check.cutoff = cutoff.toString();
    const QJsonValue moved = object.value(QStringLiteral("moved"));
    if (!moved.isBool())
        return bad(tr("whether the log moved is not true or false"));
    check.moved = moved.toBool();
    return R::success(check);
}

Result<QJsonArray> SyncPayload::decodeKey(const QString& key, qsizetype columns)
{
    using R = Result<QJsonArray>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(key.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != columns)
        return R::failure(tr("The row key %1 is not a list of %n value(s).", nullptr, int(columns))
                              .arg(key.left(80)));
    const QJsonArray parts = document.array();
    for (const QJsonValue& part : parts) {
        if (part.isArray() || part.isObject())
            return R::failure(tr("The row key %1 holds a list or an object.").arg(key.left(80)));
    }
    return R::success(parts);
}

} // namespace ow
