#include "SyncPayload.h"

#include <QJsonDocument>
#include <QJsonParseError>

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

// A whole number in the range of qint64 (JSON numbers are doubles), or nothing.
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
    return R::success(Hello{int(*protocol), int(*schema), center.toString()});
}

Result<int> SyncPayload::decodePushAnswer(const QByteArray& json)
{
    const Result<QJsonObject> read = objectOf(json, QStringLiteral("sync_push"));
    if (!read)
        return Result<int>::failure(read.error());
    const QJsonValue conflicts = read.value().value(QStringLiteral("conflicts"));
    if (conflicts.isUndefined() || conflicts.isNull())
        return Result<int>::success(0);
    const auto count = wholeNumber(conflicts, 0, 1 << 30);
    if (!count)
        return Result<int>::failure(
            tr("The central store's answer to pushed changes has a bad conflict count."));
    return Result<int>::success(int(*count));
}

Result<QList<PulledRow>> SyncPayload::decodePullPage(const QByteArray& json)
{
    using R = Result<QList<PulledRow>>;
    const Result<QJsonObject> read = objectOf(json, QStringLiteral("sync_pull"));
    if (!read)
        return R::failure(read.error());
    const QJsonValue rows = read.value().value(QStringLiteral("rows"));
    if (!rows.isArray())
        return R::failure(tr("The central store's page of changes has no list of rows."));
    QList<PulledRow> page;
    const QJsonArray array = rows.toArray();
    page.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto bad = [&](const QString& what) {
            return R::failure(
                tr("Row %1 of the central store's page of changes %2.").arg(i + 1).arg(what));
        };
        if (!array.at(i).isObject())
            return bad(tr("is not an object"));
        const QJsonObject object = array.at(i).toObject();
        PulledRow row;
        const QJsonValue xid = object.value(QStringLiteral("xid"));
        const auto seq =
            wholeNumber(object.value(QStringLiteral("seq")), std::numeric_limits<qint32>::min(),
                        qint64(1) << 53); // exact in a double
        if (!xid.isString() || xid.toString().isEmpty() || !seq)
            return bad(tr("has no cursor (xid and seq)"));
        row.xid = xid.toString();
        row.seq = *seq;
        row.own = object.value(QStringLiteral("own")).toBool();
        if (!row.own) {
            const QJsonValue table = object.value(QStringLiteral("table"));
            const QJsonValue key = object.value(QStringLiteral("key"));
            if (!table.isString() || table.toString().isEmpty())
                return bad(tr("names no table"));
            if (!key.isString() || key.toString().isEmpty())
                return bad(tr("has no row key"));
            const QJsonValue data = object.value(QStringLiteral("data"));
            if (!data.isObject() && !data.isNull() && !data.isUndefined())
                return bad(tr("has data that is not an object"));
            row.table = table.toString();
            row.key = key.toString();
            row.tombstone = !data.isObject();
            row.data = data.toObject();
        }
        page.append(row);
    }
    return R::success(page);
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
