#include "catalog/CatalogJson.h"

#include "json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ow {

namespace {

// Collects the first problem found while reading; every reader below stops at the first one.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogJson)

public:
    explicit Reader(QString sourceName) : m_sourceName(std::move(sourceName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    void fail(const QString& where, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: %2: %3").arg(m_sourceName, where, what);
    }

    QString text(const QJsonObject& object, const char* field, const QString& where,
                 bool allowEmpty = false)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isString()) {
            fail(where, tr("field \"%1\" is missing or not text").arg(QLatin1String(field)));
            return QString();
        }
        const QString result = value.toString();
        if (!allowEmpty && result.trimmed().isEmpty())
            fail(where, tr("field \"%1\" is empty").arg(QLatin1String(field)));
        return result;
    }

    int number(const QJsonObject& object, const char* field, const QString& where)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 1) {
            fail(where, tr("field \"%1\" is missing or not a positive whole number")
                            .arg(QLatin1String(field)));
            return 0;
        }
        return value.toInt();
    }

    QJsonArray array(const QJsonObject& object, const char* field, const QString& where)
    {
        const QJsonValue value = object.value(QLatin1String(field));
        if (!value.isArray())
            fail(where, tr("field \"%1\" is missing or not a list").arg(QLatin1String(field)));
        return value.toArray();
    }

    QStringList texts(const QJsonObject& object, const char* field, const QString& where)
    {
        QStringList result;
        const QJsonArray values = array(object, field, where);
        for (const QJsonValue& value : values) {
            if (!value.isString() || value.toString().trimmed().isEmpty()) {
                fail(where, tr("field \"%1\" holds an empty or non-text department")
                                .arg(QLatin1String(field)));
                return result;
            }
            result.append(value.toString());
        }
        return result;
    }

    Departments departments(const QJsonObject& object, const QString& where)
    {
        Departments result;
        result.cityLead = texts(object, "city_lead", where);
        result.cityCo = texts(object, "city_co", where);
        result.districtLead = texts(object, "district_lead", where);
        result.districtCo = texts(object, "district_co", where);
        return result;
    }

    void uniqueCode(const QString& code, const QString& where)
    {
        if (m_codes.contains(code))
            fail(where, tr("code %1 appears twice").arg(code));
        m_codes.insert(code);
    }

private:
    QString m_sourceName;
    QString m_error;
    QSet<QString> m_codes;
};

SubItem readSubItem(Reader& reader, const QJsonObject& object, const Item& owner, int index)
{
    SubItem subItem;
    const QString where = QStringLiteral("%1 #%2").arg(owner.code).arg(index + 1);
    subItem.code = reader.text(object, "code", where);
    subItem.name = reader.text(object, "name", where);
    subItem.type = reader.text(object, "type", where, /*allowEmpty=*/true); // P042: not stated
    subItem.departments = reader.departments(object, where);
    const QString expected = QStringLiteral("%1.%2").arg(owner.code).arg(index + 1);
    if (!reader.failed() && subItem.code != expected)
        reader.fail(where, Reader::tr("sub-item code %1 should be %2").arg(subItem.code, expected));
    reader.uniqueCode(subItem.code, where);
    return subItem;
}

Item readItem(Reader& reader, const QJsonObject& object, const QString& lifecycleCode,
              const QString& sceneCode)
{
    static const QRegularExpression codePattern(QStringLiteral("^[EP]\\d{3}$"));
    Item item;
    item.code = reader.text(object, "code", sceneCode);
    const QString where = item.code.isEmpty() ? sceneCode : item.code;
    item.no = reader.number(object, "no", where);
    item.name = reader.text(object, "name", where);
    item.type = reader.text(object, "type", where, /*allowEmpty=*/true);
    item.departments = reader.departments(object, where);
    if (reader.failed())
        return item;
    // 全域办 (optional, false when absent): the item is offered across regions (全省通办).
    if (const QJsonValue cross = object.value(QStringLiteral("cross_region"));
        !cross.isUndefined()) {
        if (!cross.isBool()) {
            reader.fail(where, Reader::tr("cross_region must be true or false"));
            return item;
        }
        item.crossRegion = cross.toBool();
    }
    const QString expected =
        QStringLiteral("%1%2").arg(lifecycleCode).arg(item.no, 3, 10, QLatin1Char('0'));
    if (!codePattern.match(item.code).hasMatch() || item.code != expected)
        reader.fail(where, Reader::tr("item code %1 should be %2").arg(item.code, expected));
    reader.uniqueCode(item.code, where);
    const QJsonArray subItems = reader.array(object, "subitems", where);
    for (int i = 0; i < subItems.size() && !reader.failed(); ++i)
        item.subItems.append(readSubItem(reader, subItems.at(i).toObject(), item, i));
    if (!reader.failed() && item.subItems.isEmpty() && item.type.trimmed().isEmpty())
        reader.fail(where, Reader::tr("an item without sub-items needs a type"));
    if (!reader.failed() && !item.subItems.isEmpty() &&
        item.type != Catalog::typeFromSubItems(item.subItems))
        reader.fail(where, Reader::tr("the item's type must be its sub-items' shared type, "
                                      "or empty where they differ"));
    return item;
}

Scene readScene(Reader& reader, const QJsonObject& object, const Stage& stage,
                const QString& lifecycleCode)
{
    Scene scene;
    scene.code = reader.text(object, "code", stage.code);
    const QString where = scene.code.isEmpty() ? stage.code : scene.code;
    scene.no = reader.text(object, "no", where);
    scene.name = reader.text(object, "name", where);
    if (reader.failed())
        return scene;
    if (scene.code != lifecycleCode + scene.no ||
        scene.no.section(QLatin1Char('.'), 0, 0) != QString::number(stage.no))
        reader.fail(where, Reader::tr("scene code %1 does not belong to stage %2 (number %3)")
                               .arg(scene.code, stage.code, scene.no));
    reader.uniqueCode(scene.code, where);
    const QJsonArray items = reader.array(object, "items", where);
    if (!reader.failed() && items.isEmpty())
        reader.fail(where, Reader::tr("a scene needs at least one item"));
    for (int i = 0; i < items.size() && !reader.failed(); ++i)
        scene.items.append(readItem(reader, items.at(i).toObject(), lifecycleCode, scene.code));
    return scene;
}

Stage readStage(Reader& reader, const QJsonObject& object, const QString& lifecycleCode)
{
    Stage stage;
    stage.code = reader.text(object, "code", lifecycleCode);
    const QString where = stage.code.isEmpty() ? lifecycleCode : stage.code;
    stage.no = reader.number(object, "no", where);
    stage.name = reader.text(object, "name", where);
    if (reader.failed())
        return stage;
    if (stage.code != lifecycleCode + QString::number(stage.no))
        reader.fail(where, Reader::tr("stage code %1 should be %2%3")
                               .arg(stage.code, lifecycleCode)
                               .arg(stage.no));
    reader.uniqueCode(stage.code, where);
    const QJsonArray scenes = reader.array(object, "scenes", where);
    if (!reader.failed() && scenes.isEmpty())
        reader.fail(where, Reader::tr("a stage needs at least one scene"));
    for (int i = 0; i < scenes.size() && !reader.failed(); ++i)
        stage.scenes.append(readScene(reader, scenes.at(i).toObject(), stage, lifecycleCode));
    return stage;
}

void checkItemSequence(Reader& reader, const Lifecycle& lifecycle)
{
    int expected = 1;
    for (const Stage& stage : lifecycle.stages)
        for (const Scene& scene : stage.scenes)
            for (const Item& item : scene.items) {
                if (item.no != expected) {
                    reader.fail(item.code, Reader::tr("items must be numbered 1, 2, 3 … in "
                                                      "order; expected number %1")
                                               .arg(expected));
                    return;
                }
                ++expected;
            }
}

void writeDepartments(JsonWriter& out, const Departments& departments)
{
    out.key(QStringLiteral("city_lead")).value(departments.cityLead);
    out.key(QStringLiteral("city_co")).value(departments.cityCo);
    out.key(QStringLiteral("district_lead")).value(departments.districtLead);
    out.key(QStringLiteral("district_co")).value(departments.districtCo);
}

} // namespace

Result<Catalog> CatalogJson::read(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Catalog>::failure(tr("%1: not valid JSON at byte %2: %3")
                                            .arg(sourceName)
                                            .arg(parseError.offset)
                                            .arg(parseError.errorString()));
    if (!document.isObject())
        return Result<Catalog>::failure(
            tr("%1: the catalog must be a JSON object").arg(sourceName));

    Reader reader(sourceName);
    QList<Lifecycle> lifecycles;
    const QJsonArray lifecycleValues =
        reader.array(document.object(), "lifecycles", QStringLiteral("lifecycles"));
    for (const QJsonValue& value : lifecycleValues) {
        if (reader.failed())
            break;
        const QJsonObject object = value.toObject();
        Lifecycle lifecycle;
        lifecycle.code = reader.text(object, "code", QStringLiteral("lifecycles"));
        lifecycle.name = reader.text(object, "name", lifecycle.code);
        if (!reader.failed() && lifecycle.code != QLatin1String("E") &&
            lifecycle.code != QLatin1String("P"))
            reader.fail(lifecycle.code, tr("a lifecycle code is E (enterprise) or P (person)"));
        reader.uniqueCode(lifecycle.code, lifecycle.code);
        const QJsonArray stages = reader.array(object, "stages", lifecycle.code);
        for (int i = 0; i < stages.size() && !reader.failed(); ++i)
            lifecycle.stages.append(readStage(reader, stages.at(i).toObject(), lifecycle.code));
        if (!reader.failed())
            checkItemSequence(reader, lifecycle);
        lifecycles.append(lifecycle);
    }
    if (!reader.failed() && lifecycles.isEmpty())
        reader.fail(QStringLiteral("lifecycles"), tr("the catalog lists no lifecycle"));
    if (reader.failed())
        return Result<Catalog>::failure(reader.error());
    return Result<Catalog>::success(Catalog(std::move(lifecycles)));
}

QByteArray CatalogJson::write(const Catalog& catalog)
{
    JsonWriter out;
    out.beginObject().key(QStringLiteral("lifecycles")).beginArray();
    for (const Lifecycle& lifecycle : catalog.lifecycles()) {
        out.beginObject();
        out.key(QStringLiteral("code")).value(lifecycle.code);
        out.key(QStringLiteral("name")).value(lifecycle.name);
        out.key(QStringLiteral("stages")).beginArray();
        for (const Stage& stage : lifecycle.stages) {
            out.beginObject();
            out.key(QStringLiteral("code")).value(stage.code);
            out.key(QStringLiteral("no")).value(stage.no);
            out.key(QStringLiteral("name")).value(stage.name);
            out.key(QStringLiteral("scenes")).beginArray();
            for (const Scene& scene : stage.scenes) {
                out.beginObject();
                out.key(QStringLiteral("code")).value(scene.code);
                out.key(QStringLiteral("no")).value(scene.no);
                out.key(QStringLiteral("name")).value(scene.name);
                out.key(QStringLiteral("items")).beginArray();
                for (const Item& item : scene.items) {
                    out.beginObject();
                    out.key(QStringLiteral("code")).value(item.code);
                    out.key(QStringLiteral("no")).value(item.no);
                    out.key(QStringLiteral("name")).value(item.name);
                    out.key(QStringLiteral("type")).value(item.type);
                    writeDepartments(out, item.departments);
                    if (item.crossRegion)
                        out.key(QStringLiteral("cross_region")).value(true);
                    out.key(QStringLiteral("subitems")).beginArray();
                    for (const SubItem& subItem : item.subItems) {
                        out.beginObject();
                        out.key(QStringLiteral("code")).value(subItem.code);
                        out.key(QStringLiteral("name")).value(subItem.name);
                        out.key(QStringLiteral("type")).value(subItem.type);
                        writeDepartments(out, subItem.departments);
                        out.endObject();
                    }
                    out.endArray().endObject();
                }
                out.endArray().endObject();
            }
            out.endArray().endObject();
        }
        out.endArray().endObject();
    }
    out.endArray().endObject();
    return out.toUtf8();
}

} // namespace ow
