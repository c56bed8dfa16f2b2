#include "catalog/CatalogRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

const char* const Roles[] = {"city_lead", "city_co", "district_lead", "district_co"};

QStringList* roleList(Departments& departments, const QString& role)
{
    if (role == QLatin1String("city_lead"))
        return &departments.cityLead;
    if (role == QLatin1String("city_co"))
        return &departments.cityCo;
    if (role == QLatin1String("district_lead"))
        return &departments.districtLead;
    if (role == QLatin1String("district_co"))
        return &departments.districtCo;
    return nullptr;
}

const QStringList& roleList(const Departments& departments, int roleIndex)
{
    switch (roleIndex) {
    case 0:
        return departments.cityLead;
    case 1:
        return departments.cityCo;
    case 2:
        return departments.districtLead;
    default:
        return departments.districtCo;
    }
}

// Writes rows with prepared statements; stops at the first error and remembers it.
class CatalogWriter
{
public:
    explicit CatalogWriter(const QSqlDatabase& db)
        : m_lifecycle(db), m_stage(db), m_scene(db), m_item(db), m_subItem(db), m_department(db),
          m_findDepartment(db), m_link(db)
    {
        m_lifecycle.prepare(
            QStringLiteral("INSERT INTO lifecycle (code, name, position) VALUES (?, ?, ?)"));
        m_stage.prepare(QStringLiteral(
            "INSERT INTO stage (code, lifecycle_code, no, name) VALUES (?, ?, ?, ?)"));
        m_scene.prepare(QStringLiteral(
            "INSERT INTO scene (code, stage_code, no, name, position) VALUES (?, ?, ?, ?, ?)"));
        m_item.prepare(
            QStringLiteral("INSERT INTO item (code, scene_code, no, name, type, cross_region) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        m_subItem.prepare(QStringLiteral(
            "INSERT INTO subitem (code, item_code, position, name, type) VALUES (?, ?, ?, ?, ?)"));
        m_department.prepare(QStringLiteral("INSERT INTO department (name) VALUES (?)"));
        m_findDepartment.prepare(QStringLiteral("SELECT id FROM department WHERE name = ?"));
        m_link.prepare(QStringLiteral(
            "INSERT INTO catalog_department (item_code, subitem_code, role, position, "
            "department_id) VALUES (?, ?, ?, ?, ?)"));
    }

    const QString& error() const { return m_error; }

    bool run(QSqlQuery& query, const QVariantList& values)
    {
        if (!m_error.isEmpty())
            return false;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            m_error = failureText(query);
            return false;
        }
        return true;
    }

    void write(const Catalog& catalog)
    {
        int lifecyclePosition = 0;
        for (const Lifecycle& lifecycle : catalog.lifecycles()) {
            run(m_lifecycle, {lifecycle.code, lifecycle.name, ++lifecyclePosition});
            for (const Stage& stage : lifecycle.stages) {
                run(m_stage, {stage.code, lifecycle.code, stage.no, stage.name});
                int scenePosition = 0;
                for (const Scene& scene : stage.scenes) {
                    run(m_scene, {scene.code, stage.code, scene.no, scene.name, ++scenePosition});
                    for (const Item& item : scene.items)
                        writeItem(item, scene.code);
                }
            }
        }
    }

private:
    void writeItem(const Item& item, const QString& sceneCode)
    {
        run(m_item, {item.code, sceneCode, item.no, item.name, item.type, int(item.crossRegion)});
        writeDepartments(item.departments, item.code, QVariant(QMetaType::fromType<QString>()));
        int position = 0;
        for (const SubItem& subItem : item.subItems) {
            run(m_subItem, {subItem.code, item.code, ++position, subItem.name, subItem.type});
            writeDepartments(subItem.departments, QVariant(QMetaType::fromType<QString>()),
                             subItem.code);
        }
    }

    void writeDepartments(const Departments& departments, const QVariant& itemCode,
                          const QVariant& subItemCode)
    {
        for (int role = 0; role < 4; ++role) {
            const QStringList& names = roleList(departments, role);
            for (int position = 0; position < names.size(); ++position)
                run(m_link, {itemCode, subItemCode, QString::fromLatin1(Roles[role]), position + 1,
                             departmentId(names.at(position))});
        }
    }

    qint64 departmentId(const QString& name)
    {
        if (const auto found = m_departmentIds.constFind(name); found != m_departmentIds.cend())
            return *found;
        qint64 id = -1;
        if (run(m_findDepartment, {name}) && m_findDepartment.next()) {
            id = m_findDepartment.value(0).toLongLong();
        } else if (run(m_department, {name})) {
            id = m_department.lastInsertId().toLongLong();
        }
        m_findDepartment.finish();
        m_departmentIds.insert(name, id);
        return id;
    }

    QSqlQuery m_lifecycle, m_stage, m_scene, m_item, m_subItem, m_department, m_findDepartment,
        m_link;
    QHash<QString, qint64> m_departmentIds;
    QString m_error;
};

} // namespace

Result<int> CatalogRepository::itemCount() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM item")) || !query.next())
        return Result<int>::failure(
            tr("Cannot read the catalog from %1: %2").arg(m_database.path(), failureText(query)));
    return Result<int>::success(query.value(0).toInt());
}

Status CatalogRepository::replace(const Catalog& catalog)
{
    SqlTransaction transaction(m_database.connection());
    if (!transaction.begin())
        return Status::failure(
            tr("Cannot write the catalog to %1: %2").arg(m_database.path(), transaction.error()));
    QSqlQuery clear(m_database.connection());
    for (const char* table :
         {"catalog_department", "subitem", "item", "scene", "stage", "lifecycle", "department"}) {
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return Status::failure(tr("Cannot write the catalog to %1: %2")
                                       .arg(m_database.path(), failureText(clear)));
    }
    CatalogWriter writer(m_database.connection());
    writer.write(catalog);
    if (!writer.error().isEmpty())
        return Status::failure(
            tr("Cannot write the catalog to %1: %2").arg(m_database.path(), writer.error()));
    if (!transaction.commit())
        return Status::failure(
            tr("Cannot write the catalog to %1: %2").arg(m_database.path(), transaction.error()));
    return Status::success();
}

Result<Catalog> CatalogRepository::load() const
{
    using R = Result<Catalog>;
    const QSqlDatabase db = m_database.connection();
    const auto failed = [this](const QSqlQuery& query) {
        return R::failure(
            tr("Cannot read the catalog from %1: %2").arg(m_database.path(), failureText(query)));
    };

    // Departments first, keyed by owner code, in column order.
    QHash<QString, Departments> departments;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT coalesce(l.item_code, l.subitem_code), l.role, d.name FROM catalog_department "
            "l "
            "JOIN department d ON d.id = l.department_id ORDER BY 1, l.role, l.position")))
        return failed(query);
    while (query.next()) {
        if (QStringList* list =
                roleList(departments[query.value(0).toString()], query.value(1).toString()))
            list->append(query.value(2).toString());
    }

    QHash<QString, QList<SubItem>> subItems;
    if (!query.exec(QStringLiteral(
            "SELECT code, item_code, name, type FROM subitem ORDER BY item_code, position")))
        return failed(query);
    while (query.next()) {
        const QString code = query.value(0).toString();
        subItems[query.value(1).toString()].append(SubItem{
            code, query.value(2).toString(), query.value(3).toString(), departments.value(code)});
    }

    QHash<QString, QList<Item>> items;
    if (!query.exec(
            QStringLiteral("SELECT code, scene_code, no, name, type, cross_region FROM item "
                           "ORDER BY scene_code, no")))
        return failed(query);
    while (query.next()) {
        const QString code = query.value(0).toString();
        items[query.value(1).toString()].append(
            Item{code, query.value(2).toInt(), query.value(3).toString(), query.value(4).toString(),
                 departments.value(code), subItems.value(code), query.value(5).toInt() != 0});
    }

    QHash<QString, QList<Scene>> scenes;
    if (!query.exec(QStringLiteral(
            "SELECT code, stage_code, no, name FROM scene ORDER BY stage_code, position")))
        return failed(query);
    while (query.next()) {
        const QString code = query.value(0).toString();
        scenes[query.value(1).toString()].append(
            Scene{code, query.value(2).toString(), query.value(3).toString(), items.value(code)});
    }

    QHash<QString, QList<Stage>> stages;
    if (!query.exec(QStringLiteral(
            "SELECT code, lifecycle_code, no, name FROM stage ORDER BY lifecycle_code, no")))
        return failed(query);
    while (query.next()) {
        const QString code = query.value(0).toString();
        stages[query.value(1).toString()].append(
            Stage{code, query.value(2).toInt(), query.value(3).toString(), scenes.value(code)});
    }

    QList<Lifecycle> lifecycles;
    if (!query.exec(QStringLiteral("SELECT code, name FROM lifecycle ORDER BY position")))
        return failed(query);
    while (query.next()) {
        const QString code = query.value(0).toString();
        lifecycles.append(Lifecycle{code, query.value(1).toString(), stages.value(code)});
    }
    return R::success(Catalog(std::move(lifecycles)));
}

} // namespace ow
