// The built-in catalog seed, loaded into a real SQLite database and read back, against the
// plan it was derived from: 附件1 企业全生命周期事项清单及责任分工 and 附件2 个人全生命周期事项清单
// 及责任分工 of 000_2c4b341d35c2781e.txt (薛政办发〔2021〕11号).
//
// Every expected value below, and in tests/data/catalog_subitems.tsv, was read from the annex
// text itself, not from db/seed/catalog.json: a mistake in the derivation script then shows up
// here instead of being copied into the expectations.

#include "DatabaseSetup.h"
#include "TestPaths.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"

#include <QFile>
#include <QSet>
#include <QStringView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

struct StageRow
{
    QStringView code;
    int no;
    QStringView name;
};

// 阶段 of both annexes, in order.
constexpr StageRow EnterpriseStages[] = {
    {u"E1", 1, u"企业开办"}, {u"E2", 2, u"企业准营"}, {u"E3", 3, u"企业运营"},
    {u"E4", 4, u"投资建设"}, {u"E5", 5, u"企业变更"}, {u"E6", 6, u"企业退出"},
};
constexpr StageRow PersonStages[] = {
    {u"P1", 1, u"出生"}, {u"P2", 2, u"教育"},   {u"P3", 3, u"退役"},   {u"P4", 4, u"工作"},
    {u"P5", 5, u"置业"}, {u"P6", 6, u"出行"},   {u"P7", 7, u"婚育"},   {u"P8", 8, u"就医"},
    {u"P9", 9, u"救助"}, {u"P10", 10, u"养老"}, {u"P11", 11, u"身后"},
};

struct SceneRow
{
    QStringView stage;
    QStringView code;
    QStringView no;
    QStringView name;
    int itemCount;
    QStringView firstItem;
    QStringView lastItem;
};

// 场景 of both annexes, in order: every scene there is. A scene name printed over two lines
// (5.3 租赁⏎住房) is joined; a scene printed again after a page break is the same scene.
constexpr SceneRow Scenes[] = {
    {u"E1", u"E1.1", u"1.1", u"企业开办", 7, u"E001", u"E007"},
    {u"E2", u"E2.1", u"2.1", u"生产许可办理", 5, u"E008", u"E012"},
    {u"E2", u"E2.2", u"2.2", u"经营许可办理", 15, u"E013", u"E027"},
    {u"E2", u"E2.3", u"2.3", u"社会服务许可办理", 6, u"E028", u"E033"},
    {u"E3", u"E3.1", u"3.1", u"员工保障", 12, u"E034", u"E045"},
    {u"E3", u"E3.2", u"3.2", u"纳税服务", 6, u"E046", u"E051"},
    {u"E3", u"E3.3", u"3.3", u"财产登记", 4, u"E052", u"E055"},
    {u"E3", u"E3.4", u"3.4", u"扶持补贴", 6, u"E056", u"E061"},
    {u"E4", u"E4.1", u"4.1", u"投资立项", 10, u"E062", u"E071"},
    {u"E4", u"E4.2", u"4.2", u"规划许可", 4, u"E072", u"E075"},
    {u"E4", u"E4.3", u"4.3", u"施工许可", 7, u"E076", u"E082"},
    {u"E4", u"E4.4", u"4.4", u"竣工验收", 8, u"E083", u"E090"},
    {u"E4", u"E4.5", u"4.5", u"市政公用", 6, u"E091", u"E096"},
    {u"E5", u"E5.1", u"5.1", u"企业变更", 4, u"E097", u"E100"},
    {u"E6", u"E6.1", u"6.1", u"企业注销", 6, u"E101", u"E106"},
    {u"P1", u"P1.1", u"1.1", u"出生", 6, u"P001", u"P006"},
    {u"P2", u"P2.1", u"2.1", u"入学", 5, u"P007", u"P011"},
    {u"P2", u"P2.2", u"2.2", u"转学", 2, u"P012", u"P013"},
    {u"P2", u"P2.3", u"2.3", u"助学", 4, u"P014", u"P017"},
    {u"P2", u"P2.4", u"2.4", u"毕业", 8, u"P018", u"P025"},
    {u"P3", u"P3.1", u"3.1", u"退役", 6, u"P026", u"P031"},
    {u"P4", u"P4.1", u"4.1", u"职业资格", 6, u"P032", u"P037"},
    {u"P4", u"P4.2", u"4.2", u"人才引进", 1, u"P038", u"P038"},
    {u"P4", u"P4.3", u"4.3", u"社会保障", 14, u"P039", u"P052"},
    {u"P4", u"P4.4", u"4.4", u"失业", 2, u"P053", u"P054"},
    {u"P5", u"P5.1", u"5.1", u"购置新房", 3, u"P055", u"P057"},
    {u"P5", u"P5.2", u"5.2", u"购置二手房", 3, u"P058", u"P060"},
    {u"P5", u"P5.3", u"5.3", u"租赁住房", 3, u"P061", u"P063"},
    {u"P5", u"P5.4", u"5.4", u"建设农房", 3, u"P064", u"P066"},
    {u"P5", u"P5.5", u"5.5", u"公积金", 3, u"P067", u"P069"},
    {u"P6", u"P6.1", u"6.1", u"交通", 9, u"P070", u"P078"},
    {u"P6", u"P6.2", u"6.2", u"出入境", 3, u"P079", u"P081"},
    {u"P7", u"P7.1", u"7.1", u"婚育", 5, u"P082", u"P086"},
    {u"P8", u"P8.1", u"8.1", u"医疗服务", 3, u"P087", u"P089"},
    {u"P8", u"P8.2", u"8.2", u"就医结算", 2, u"P090", u"P091"},
    {u"P9", u"P9.1", u"9.1", u"残疾人救助", 4, u"P092", u"P095"},
    {u"P9", u"P9.2", u"9.2", u"困难人员救助", 5, u"P096", u"P100"},
    {u"P10", u"P10.1", u"10.1", u"养老", 7, u"P101", u"P107"},
    {u"P11", u"P11.1", u"11.1", u"后事", 4, u"P108", u"P111"},
    {u"P11", u"P11.2", u"11.2", u"继承", 4, u"P112", u"P115"},
};

// The 事项类型 values the annexes use.
constexpr QStringView ItemTypes[] = {u"行政许可",     u"行政确认", u"行政给付",
                                     u"其他行政权力", u"公共服务", u"其他"};

struct Location
{
    const Lifecycle* lifecycle = nullptr;
    const Stage* stage = nullptr;
    const Scene* scene = nullptr;
    const Item* item = nullptr;
};

Location locate(const Catalog& catalog, const QString& itemCode)
{
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    if (item.code == itemCode)
                        return {&lifecycle, &stage, &scene, &item};
    return {};
}

QList<const Item*> itemsOf(const Lifecycle& lifecycle)
{
    QList<const Item*> items;
    for (const Stage& stage : lifecycle.stages)
        for (const Scene& scene : stage.scenes)
            for (const Item& item : scene.items)
                items.append(&item);
    return items;
}

QList<const Item*> itemsOf(const Catalog& catalog)
{
    QList<const Item*> items;
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        items += itemsOf(lifecycle);
    return items;
}

int subItemCount(const Lifecycle& lifecycle)
{
    int count = 0;
    for (const Item* item : itemsOf(lifecycle))
        count += int(item->subItems.size());
    return count;
}

int itemsWithSubItems(const Lifecycle& lifecycle)
{
    int count = 0;
    for (const Item* item : itemsOf(lifecycle))
        count += item->subItems.isEmpty() ? 0 : 1;
    return count;
}

// A name as printed in the annex, with the layout's line breaks and stray spaces removed.
bool isCleanName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return false;
    for (const QChar c : name)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    return !name.contains(u'[') && !name.contains(u']');
}

// A single department: a cell naming several has been split on its separators.
bool isCleanDepartment(const QString& name)
{
    static const QString separators = u"、，,；;"_s;
    if (!isCleanName(name))
        return false;
    for (const QChar c : separators)
        if (name.contains(c))
            return false;
    return true;
}

QList<QPair<QString, const QStringList*>> departmentLists(const Departments& departments)
{
    return {{u"city_lead"_s, &departments.cityLead},
            {u"city_co"_s, &departments.cityCo},
            {u"district_lead"_s, &departments.districtLead},
            {u"district_co"_s, &departments.districtCo}};
}

QString line(const QString& code, const QString& name, const QString& type)
{
    return code + u'\t' + name + u'\t' + type;
}

} // namespace

class TestCatalogSeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Catalog m_catalog;
    QStringList m_subItemTable; // "code\tname\ttype", from tests/data/catalog_subitems.tsv

    void readSubItemTable()
    {
        const QString path = test::sourcePath(u"tests/data/catalog_subitems.tsv"_s);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().startsWith(u'#'),
                 "the table starts with a comment naming its source");
        QVERIFY(lines.first().contains(u"000_2c4b341d35c2781e.txt"));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString& text = lines.at(i);
            if (text.isEmpty() || text.startsWith(u'#'))
                continue;
            const QStringList fields = text.split(u'\t');
            QVERIFY2(fields.size() == 3,
                     qPrintable(u"%1 line %2: expected code, name, type"_s.arg(path).arg(i + 1)));
            m_subItemTable.append(line(fields.at(0), fields.at(1), fields.at(2)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"t.sqlite"_s);
        {
            auto prepared = DatabaseSetup::prepare(m_path, CatalogSeed::embeddedPath());
            QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
            QCOMPARE(prepared.value().migratedFrom, 0);
            QVERIFY(prepared.value().seeded);
            const Result<Catalog> loaded = CatalogRepository(*prepared.value().database).load();
            QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
            m_catalog = loaded.value();
        } // the database is closed here; preparingAgainChangesNothing opens it again
        readSubItemTable();
    }

    // 1. Counts, stages and scenes.

    void countsMatchTheAnnexes()
    {
        QCOMPARE(m_catalog.lifecycles().size(), 2);
        const Lifecycle* enterprise = m_catalog.lifecycle(u"E"_s);
        const Lifecycle* person = m_catalog.lifecycle(u"P"_s);
        QVERIFY(enterprise && person);
        QCOMPARE(m_catalog.lifecycles().at(0).code, u"E"_s);
        QCOMPARE(m_catalog.lifecycles().at(1).code, u"P"_s);
        QCOMPARE(enterprise->name, u"企业全生命周期"_s);
        QCOMPARE(person->name, u"个人全生命周期"_s);

        QCOMPARE(enterprise->itemCount(), 106);
        QCOMPARE(int(itemsOf(*enterprise).size()), 106);
        QCOMPARE(person->itemCount(), 115);
        QCOMPARE(int(itemsOf(*person).size()), 115);
        QCOMPARE(m_catalog.itemCount(), 221);

        QCOMPARE(enterprise->stages.size(), 6);
        QCOMPARE(person->stages.size(), 11);
        int enterpriseScenes = 0;
        for (const Stage& stage : enterprise->stages)
            enterpriseScenes += int(stage.scenes.size());
        int personScenes = 0;
        for (const Stage& stage : person->stages)
            personScenes += int(stage.scenes.size());
        QCOMPARE(enterpriseScenes, 15);
        QCOMPARE(personScenes, 25);

        // 12 enterprise items have 48 sub-items, 26 personal items have 76.
        QCOMPARE(itemsWithSubItems(*enterprise), 12);
        QCOMPARE(subItemCount(*enterprise), 48);
        QCOMPARE(itemsWithSubItems(*person), 26);
        QCOMPARE(subItemCount(*person), 76);
        QCOMPARE(m_catalog.subItemCount(), 124);
        QCOMPARE(m_subItemTable.size(), 124);
    }

    void stagesMatchTheAnnexes_data()
    {
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("no");
        QTest::addColumn<QString>("name");
        int index = 0;
        for (const StageRow& row : EnterpriseStages)
            QTest::newRow(qPrintable(row.code.toString()))
                << u"E"_s << index++ << row.code.toString() << row.no << row.name.toString();
        index = 0;
        for (const StageRow& row : PersonStages)
            QTest::newRow(qPrintable(row.code.toString()))
                << u"P"_s << index++ << row.code.toString() << row.no << row.name.toString();
    }

    void stagesMatchTheAnnexes()
    {
        QFETCH(QString, lifecycle);
        QFETCH(int, index);
        QFETCH(QString, code);
        QFETCH(int, no);
        QFETCH(QString, name);
        const Lifecycle* found = m_catalog.lifecycle(lifecycle);
        QVERIFY(found);
        QVERIFY(index < found->stages.size());
        const Stage& stage = found->stages.at(index);
        QCOMPARE(stage.code, code);
        QCOMPARE(stage.no, no);
        QCOMPARE(stage.name, name);
    }

    void everySceneIsListed()
    {
        QStringList actual;
        for (const Lifecycle& lifecycle : m_catalog.lifecycles())
            for (const Stage& stage : lifecycle.stages)
                for (const Scene& scene : stage.scenes)
                    actual.append(scene.code);
        QStringList expected;
        for (const SceneRow& row : Scenes)
            expected.append(row.code.toString());
        QCOMPARE(actual, expected);
    }

    void scenesMatchTheAnnexes_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("no");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("itemCount");
        QTest::addColumn<QString>("firstItem");
        QTest::addColumn<QString>("lastItem");
        for (const SceneRow& row : Scenes)
            QTest::newRow(qPrintable(row.code.toString() + u' ' + row.name.toString()))
                << row.stage.toString() << row.code.toString() << row.no.toString()
                << row.name.toString() << row.itemCount << row.firstItem.toString()
                << row.lastItem.toString();
    }

    void scenesMatchTheAnnexes()
    {
        QFETCH(QString, stage);
        QFETCH(QString, code);
        QFETCH(QString, no);
        QFETCH(QString, name);
        QFETCH(int, itemCount);
        QFETCH(QString, firstItem);
        QFETCH(QString, lastItem);
        const Location first = locate(m_catalog, firstItem);
        QVERIFY2(first.scene, qPrintable(firstItem));
        QCOMPARE(first.stage->code, stage);
        const Scene& scene = *first.scene;
        QCOMPARE(scene.code, code);
        QCOMPARE(scene.no, no);
        QCOMPARE(scene.name, name);
        QCOMPARE(int(scene.items.size()), itemCount);
        QCOMPARE(scene.items.first().code, firstItem);
        QCOMPARE(scene.items.last().code, lastItem);
    }

    // 2. Sub-items.

    void subItemsMatchTheAnnexTable()
    {
        QStringList actual;
        for (const Item* item : itemsOf(m_catalog))
            for (const SubItem& subItem : item->subItems)
                actual.append(line(subItem.code, subItem.name, subItem.type));
        QCOMPARE(actual.size(), m_subItemTable.size());
        for (qsizetype i = 0; i < actual.size(); ++i)
            QVERIFY2(actual.at(i) == m_subItemTable.at(i),
                     qPrintable(u"sub-item %1: loaded \"%2\", annex table \"%3\""_s.arg(
                         QString::number(i + 1), actual.at(i), m_subItemTable.at(i))));
        // The lookup by code finds each of them.
        for (const QString& row : std::as_const(m_subItemTable)) {
            const QString code = row.section(u'\t', 0, 0);
            const SubItem* subItem = m_catalog.subItem(code);
            QVERIFY2(subItem, qPrintable(code));
            QCOMPARE(line(subItem->code, subItem->name, subItem->type), row);
        }
    }

    void itemTypeIsTheSharedTypeOfItsSubItems()
    {
        // From the table: item code → the types of its sub-items.
        QMap<QString, QSet<QString>> types;
        for (const QString& row : std::as_const(m_subItemTable))
            types[row.section(u'\t', 0, 0).section(u'.', 0, 0)].insert(row.section(u'\t', 2, 2));
        QCOMPARE(types.size(), 12 + 26);
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            const Item* item = m_catalog.item(it.key());
            QVERIFY2(item, qPrintable(it.key()));
            const QString expected = it.value().size() == 1 ? *it.value().cbegin() : QString();
            QCOMPARE(item->type, expected);
            QCOMPARE(Catalog::typeFromSubItems(item->subItems), expected);
        }
        // The two items without one type: P038 (公共服务, 其他, 其他) and P042 (none given).
        const Item* p038 = m_catalog.item(u"P038"_s);
        const Item* p042 = m_catalog.item(u"P042"_s);
        QVERIFY(p038 && p042);
        QCOMPARE(p038->type, QString());
        QCOMPARE(p042->type, QString());
        QCOMPARE(p038->subItems.size(), 3);
        QCOMPARE(p038->subItems.at(0).type, u"公共服务"_s);
        QCOMPARE(p038->subItems.at(1).type, u"其他"_s);
        QCOMPARE(p038->subItems.at(2).type, u"其他"_s);
        QCOMPARE(p042->subItems.size(), 3);
        for (const SubItem& subItem : p042->subItems)
            QCOMPARE(subItem.type, QString());
    }

    void subItemsTakeTheirOwnCellsElseTheItems()
    {
        // E097: the 外商投资企业… rows name their own 协同部门; the others have empty cells.
        const Item* e097 = m_catalog.item(u"E097"_s);
        QVERIFY(e097);
        QCOMPARE(e097->subItems.size(), 6);
        QCOMPARE(e097->subItems.at(0).departments, e097->departments);
        const Departments& e0973 = e097->subItems.at(2).departments;
        QCOMPARE(e0973.cityLead, e097->departments.cityLead);
        QCOMPARE(e0973.cityCo, QStringList{u"市市场监管局"_s});
        QCOMPARE(e0973.districtLead, e097->departments.districtLead);
        QCOMPARE(e0973.districtCo, QStringList{u"区市场监管局"_s});
        // E101.5 continues after a page break, its lead cells printed as 市审批服 务局 …
        const SubItem* e1015Item = m_catalog.subItem(u"E101.5"_s);
        QVERIFY(e1015Item);
        const Departments& e1015 = e1015Item->departments;
        QCOMPARE(e1015.cityLead, (QStringList{u"市审批服务局"_s, u"市市场监管局"_s}));
        QCOMPARE(e1015.districtLead, (QStringList{u"区审批服务局"_s, u"区市场监管局"_s}));
        QCOMPARE(e1015.cityCo, QStringList());
        // P091's sub-items all name 人社 as co-operating; the lead 医保 comes from P090.
        const Item* p091 = m_catalog.item(u"P091"_s);
        QVERIFY(p091);
        QCOMPARE(p091->subItems.size(), 3);
        for (const SubItem& subItem : p091->subItems) {
            QCOMPARE(subItem.departments.cityLead, QStringList{u"市医保局"_s});
            QCOMPARE(subItem.departments.cityCo, QStringList{u"市人力资源和社会保障局"_s});
            QCOMPARE(subItem.departments.districtLead, QStringList{u"区医保局"_s});
            QCOMPARE(subItem.departments.districtCo, QStringList{u"区人社局"_s});
        }
    }

    // 3. Items, field by field.

    void itemsMatchTheAnnexes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("no");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("cityLead");
        QTest::addColumn<QStringList>("cityCo");
        QTest::addColumn<QStringList>("districtLead");
        QTest::addColumn<QStringList>("districtCo");
        QTest::addColumn<int>("subItemCount");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("scene");

        const QStringList none;
        const QStringList cityApproval{u"市审批服务局"_s};
        const QStringList districtApproval{u"区审批服务局"_s};
        const QStringList cityRegistration{u"市审批服务局"_s, u"市市场监管局"_s};
        const QStringList districtRegistration{u"区审批服务局"_s, u"区市场监管局"_s};
        const QStringList cityHr{u"市人力资源和社会保障局"_s};
        const QStringList districtHr{u"区人社局"_s};
        const QStringList cityFund{u"市住房公积金管理中心"_s};
        const QStringList districtFund{u"市住房公积金管理中心薛城管理部"_s};

        QTest::newRow("E001") << u"E001"_s << 1 << u"公司（企业）设立登记"_s << u"行政许可"_s
                              << cityRegistration << none << districtRegistration << none << 6
                              << u"E1"_s << u"E1.1"_s;
        // Leads carried down from E001.
        QTest::newRow("E002") << u"E002"_s << 2 << u"公章刻制备案"_s << u"其他行政权力"_s
                              << cityRegistration << QStringList{u"市公安局"_s}
                              << districtRegistration << QStringList{u"薛城公安分局"_s} << 0
                              << u"E1"_s << u"E1.1"_s;
        // 市人力资源和⏎社会保障局: one department over two lines.
        QTest::newRow("E004") << u"E004"_s << 4 << u"企业社会保险登记"_s << u"公共服务"_s
                              << cityRegistration << cityHr << districtRegistration << districtHr
                              << 0 << u"E1"_s << u"E1.1"_s;
        QTest::newRow("E006") << u"E006"_s << 6 << u"住房公积金单位缴存登记"_s << u"公共服务"_s
                              << cityRegistration << cityFund << districtRegistration
                              << districtFund << 0 << u"E1"_s << u"E1.1"_s;
        // Printed with a Word marker: [bookmark: _GoBack]预约银行开户.
        QTest::newRow("E007") << u"E007"_s << 7 << u"预约银行开户"_s << u"其他"_s
                              << cityRegistration << QStringList{u"市人民银行"_s}
                              << districtRegistration << QStringList{u"人行薛城支行"_s} << 0
                              << u"E1"_s << u"E1.1"_s;
        // First of scene 2.2 with every department cell empty: leads from E008 (scene 2.1).
        QTest::newRow("E013") << u"E013"_s << 13 << u"公共场所卫生许可"_s << u"行政许可"_s
                              << cityApproval << none << districtApproval << none << 0 << u"E2"_s
                              << u"E2.2"_s;
        QTest::newRow("E022") << u"E022"_s << 22
                              << u"城市公共汽（电）车客运经营（含线路经营）许可"_s << u"行政许可"_s
                              << cityApproval << QStringList{u"市交通运输局"_s} << districtApproval
                              << QStringList{u"区交运局"_s} << 2 << u"E2"_s << u"E2.2"_s;
        // First of scene 2.3: leads from E023 (scene 2.2).
        QTest::newRow("E028") << u"E028"_s << 28 << u"医疗机构设置审批及执业登记和校验"_s
                              << u"行政许可"_s << cityApproval << QStringList{u"市卫生健康委"_s}
                              << districtApproval << QStringList{u"区卫健局"_s} << 0 << u"E2"_s
                              << u"E2.3"_s;
        // 市医保局⏎市税务局: two departments, one a line.
        QTest::newRow("E042") << u"E042"_s << 42 << u"企业社会保险费缴纳"_s << u"公共服务"_s
                              << cityHr << QStringList{u"市医保局"_s, u"市税务局"_s} << districtHr
                              << QStringList{u"区医保局"_s, u"区税务局"_s} << 0 << u"E3"_s
                              << u"E3.1"_s;
        QTest::newRow("E053") << u"E053"_s << 53
                              << u"机动车登记（注册登记、变更登记、转移登记、抵押登记、注销登记）"_s
                              << u"行政许可"_s << QStringList{u"市公安局"_s} << none
                              << QStringList{u"薛城公安分局"_s} << none << 5 << u"E3"_s
                              << u"E3.3"_s;
        // Two sub-items before a page break and two after it, the item name printed again.
        QTest::newRow("E058") << u"E058"_s << 58 << u"公共就业专项服务活动"_s << u"公共服务"_s
                              << cityHr << none << districtHr << none << 4 << u"E3"_s << u"E3.4"_s;
        QTest::newRow("E065") << u"E065"_s << 65 << u"建设项目用地预审与选址意见书"_s
                              << u"行政许可"_s << cityApproval
                              << QStringList{u"市自然资源和规划局"_s} << districtApproval
                              << QStringList{u"区自然资源局"_s, u"薛城规划中心"_s} << 0 << u"E4"_s
                              << u"E4.1"_s;
        // A name over two lines: 建设项目用地以有偿方式使用国有建⏎设用地审查.
        QTest::newRow("E070") << u"E070"_s << 70 << u"建设项目用地以有偿方式使用国有建设用地审查"_s
                              << u"其他行政权力"_s << cityApproval
                              << QStringList{u"市自然资源和规划局"_s} << districtApproval
                              << QStringList{u"区自然资源局"_s} << 0 << u"E4"_s << u"E4.1"_s;
        QTest::newRow("E072") << u"E072"_s << 72 << u"结合民用建筑修建防空地下室审批"_s
                              << u"行政许可"_s << QStringList{u"市自然资源和规划局"_s}
                              << QStringList{u"市人防办"_s} << QStringList{u"薛城规划中心"_s}
                              << QStringList{u"区审批服务局"_s} << 0 << u"E4"_s << u"E4.2"_s;
        QTest::newRow("E089") << u"E089"_s << 89 << u"房地产开发项目竣工综合验收备案"_s
                              << u"其他行政权力"_s << QStringList{u"市住房城乡建设局"_s}
                              << QStringList{u"市自然资源和规划局"_s, u"市城市管理局"_s,
                                             u"市教育局"_s,           u"市民政局"_s,
                                             u"市卫生健康委"_s,       u"市审批服务局"_s,
                                             u"市城乡水务局"_s,       u"枣庄供电公司"_s}
                              << QStringList{u"区住建局"_s}
                              << QStringList{u"区自然资源局"_s, u"区综合行政执法局"_s,
                                             u"区教体局"_s,     u"区民政局"_s,
                                             u"区卫健局"_s,     u"区城乡水务局"_s,
                                             u"薛城供电中心"_s}
                              << 0 << u"E4"_s << u"E4.4"_s;
        QTest::newRow("E092") << u"E092"_s << 92 << u"供电报装"_s << u"其他"_s << cityApproval
                              << QStringList{u"枣庄供电公司"_s, u"市能源局"_s} << districtApproval
                              << QStringList{u"薛城供电中心"_s, u"区发改局"_s} << 0 << u"E4"_s
                              << u"E4.5"_s;
        QTest::newRow("E097") << u"E097"_s << 97 << u"公司（企业）变更登记"_s << u"行政许可"_s
                              << cityRegistration << none << districtRegistration << none << 6
                              << u"E5"_s << u"E5.1"_s;
        QTest::newRow("E101") << u"E101"_s << 101 << u"公司（企业）注销登记"_s << u"行政许可"_s
                              << cityRegistration << none << districtRegistration << none << 6
                              << u"E6"_s << u"E6.1"_s;
        QTest::newRow("E106") << u"E106"_s << 106 << u"预约银行销户"_s << u"其他"_s
                              << cityRegistration << QStringList{u"市人民银行"_s}
                              << districtRegistration << QStringList{u"人行薛城支行"_s} << 0
                              << u"E6"_s << u"E6.1"_s;

        QTest::newRow("P001") << u"P001"_s << 1 << u"出生医学证明办理"_s << u"公共服务"_s
                              << QStringList{u"市卫生健康委"_s} << none
                              << QStringList{u"区卫健局"_s} << none << 0 << u"P1"_s << u"P1.1"_s;
        // The row is split by a blank line inside the 区级牵头部门 cell (区教体局).
        QTest::newRow("P007") << u"P007"_s << 7 << u"学前教育入学报名"_s << u"其他"_s
                              << QStringList{u"市教育局"_s} << none << QStringList{u"区教体局"_s}
                              << none << 0 << u"P2"_s << u"P2.1"_s;
        // The 序号 cell starts with a blank line.
        QTest::newRow("P022") << u"P022"_s << 22 << u"高校毕业生就业服务"_s << u"公共服务"_s
                              << cityHr << none << districtHr << none << 2 << u"P2"_s << u"P2.4"_s;
        QTest::newRow("P038") << u"P038"_s << 38 << u"高层次人才服务"_s << QString() << cityHr
                              << none << districtHr << none << 3 << u"P4"_s << u"P4.2"_s;
        QTest::newRow("P042") << u"P042"_s << 42 << u"社会保险记录查询打印"_s << QString() << cityHr
                              << none << districtHr << none << 3 << u"P4"_s << u"P4.3"_s;
        QTest::newRow("P047") << u"P047"_s << 47 << u"住房公积金缴存"_s << u"公共服务"_s << cityHr
                              << cityFund << districtHr << districtFund << 6 << u"P4"_s
                              << u"P4.3"_s;
        // 职工申请提取住房公积金的⏎核准.
        QTest::newRow("P063") << u"P063"_s << 63 << u"职工申请提取住房公积金的核准"_s
                              << u"其他行政权力"_s << QStringList{u"市住房城乡建设局"_s} << cityFund
                              << QStringList{u"区住建局"_s} << districtFund << 2 << u"P5"_s
                              << u"P5.3"_s;
        QTest::newRow("P064") << u"P064"_s << 64 << u"农村村民住宅用地审核"_s << u"其他"_s
                              << QStringList{u"市自然资源和规划局"_s}
                              << QStringList{u"市农业农村局"_s}
                              << QStringList{u"区自然资源局"_s, u"区农业农村局"_s,
                                             u"薛城规划中心"_s}
                              << none << 0 << u"P5"_s << u"P5.4"_s;
        // 缴存住房公积金的职工申请住房公 ⏎积金贷款核准: a space before the line break.
        QTest::newRow("P068") << u"P068"_s << 68 << u"缴存住房公积金的职工申请住房公积金贷款核准"_s
                              << u"其他行政权力"_s << cityFund << none << districtFund << none << 2
                              << u"P5"_s << u"P5.5"_s;
        // One sub-item, named like the item.
        QTest::newRow("P069") << u"P069"_s << 69 << u"个人住房公积金缴存贷款等信息查询"_s
                              << u"其他"_s << cityFund << none << districtFund << none << 1
                              << u"P5"_s << u"P5.5"_s;
        QTest::newRow("P105") << u"P105"_s << 105 << u"职工申请提取住房公积金的核准"_s
                              << u"其他行政权力"_s << cityHr << cityFund << districtHr
                              << districtFund << 1 << u"P10"_s << u"P10.1"_s;
        QTest::newRow("P108") << u"P108"_s << 108 << u"死亡医学证明办理"_s << u"公共服务"_s
                              << QStringList{u"市民政局"_s}
                              << QStringList{u"市卫生健康委"_s, u"市公安局"_s}
                              << QStringList{u"区民政局"_s}
                              << QStringList{u"区卫健局"_s, u"薛城公安分局"_s} << 0 << u"P11"_s
                              << u"P11.1"_s;
        QTest::newRow("P113") << u"P113"_s << 113 << u"养老保险待遇核定支付"_s << u"公共服务"_s
                              << cityHr << none << districtHr << none << 4 << u"P11"_s
                              << u"P11.2"_s;
        QTest::newRow("P115") << u"P115"_s << 115
                              << u"不动产登记（房屋等建筑物、构筑物所有权转移登记-继承或受遗赠）"_s
                              << u"行政确认"_s << cityHr << QStringList{u"市自然资源和规划局"_s}
                              << districtHr << QStringList{u"区自然资源局"_s} << 0 << u"P11"_s
                              << u"P11.2"_s;
    }

    void itemsMatchTheAnnexes()
    {
        QFETCH(QString, code);
        QFETCH(int, no);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QStringList, cityLead);
        QFETCH(QStringList, cityCo);
        QFETCH(QStringList, districtLead);
        QFETCH(QStringList, districtCo);
        QFETCH(int, subItemCount);
        QFETCH(QString, stage);
        QFETCH(QString, scene);
        const Location found = locate(m_catalog, code);
        QVERIFY2(found.item, qPrintable(code));
        const Item& item = *found.item;
        QCOMPARE(m_catalog.item(code), found.item);
        QCOMPARE(item.code, code);
        QCOMPARE(item.no, no);
        QCOMPARE(item.name, name);
        QCOMPARE(item.type, type);
        QCOMPARE(item.departments.cityLead, cityLead);
        QCOMPARE(item.departments.cityCo, cityCo);
        QCOMPARE(item.departments.districtLead, districtLead);
        QCOMPARE(item.departments.districtCo, districtCo);
        QCOMPARE(int(item.subItems.size()), subItemCount);
        QCOMPARE(found.stage->code, stage);
        QCOMPARE(found.scene->code, scene);
    }

    // 4. Lead departments carry down; an empty co-operating cell means none.

    void departmentsCarryDown_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("from"); // the row above that names the leads
        QTest::addColumn<QStringList>("cityLead");
        QTest::addColumn<QStringList>("cityCo");
        QTest::addColumn<QStringList>("districtLead");
        QTest::addColumn<QStringList>("districtCo");

        const QStringList none;
        const QStringList cityHr{u"市人力资源和社会保障局"_s};
        const QStringList districtHr{u"区人社局"_s};
        QTest::newRow("E002 from E001")
            << u"E002"_s << u"E001"_s << QStringList{u"市审批服务局"_s, u"市市场监管局"_s}
            << QStringList{u"市公安局"_s} << QStringList{u"区审批服务局"_s, u"区市场监管局"_s}
            << QStringList{u"薛城公安分局"_s};
        QTest::newRow("E013 from E008, scene 2.1 to 2.2")
            << u"E013"_s << u"E008"_s << QStringList{u"市审批服务局"_s} << none
            << QStringList{u"区审批服务局"_s} << none;
        QTest::newRow("E028 from E023, scene 2.2 to 2.3")
            << u"E028"_s << u"E023"_s << QStringList{u"市审批服务局"_s}
            << QStringList{u"市卫生健康委"_s} << QStringList{u"区审批服务局"_s}
            << QStringList{u"区卫健局"_s};
        QTest::newRow("E035 from E034")
            << u"E035"_s << u"E034"_s << cityHr << none << districtHr << none;
        QTest::newRow("E047 from E046") << u"E047"_s << u"E046"_s << QStringList{u"市税务局"_s}
                                        << none << QStringList{u"区税务局"_s} << none;
        QTest::newRow("E063 from E062")
            << u"E063"_s << u"E062"_s << QStringList{u"市审批服务局"_s}
            << QStringList{u"市发展改革委"_s} << QStringList{u"区审批服务局"_s}
            << QStringList{u"区发改局"_s};
        QTest::newRow("E074 from E072")
            << u"E074"_s << u"E072"_s << QStringList{u"市自然资源和规划局"_s}
            << QStringList{u"市审批服务局"_s} << QStringList{u"薛城规划中心"_s} << none;
        QTest::newRow("E085 from E083")
            << u"E085"_s << u"E083"_s << QStringList{u"市住房城乡建设局"_s} << none
            << QStringList{u"区住建局"_s} << none;
        QTest::newRow("E102 from E101")
            << u"E102"_s << u"E101"_s << QStringList{u"市审批服务局"_s, u"市市场监管局"_s}
            << QStringList{u"市税务局"_s} << QStringList{u"区审批服务局"_s, u"区市场监管局"_s}
            << QStringList{u"区税务局"_s};
        QTest::newRow("P002 from P001") << u"P002"_s << u"P001"_s << QStringList{u"市卫生健康委"_s}
                                        << none << QStringList{u"区卫健局"_s} << none;
        QTest::newRow("P011 from P007")
            << u"P011"_s << u"P007"_s << QStringList{u"市教育局"_s} << QStringList{u"市公安局"_s}
            << QStringList{u"区教体局"_s} << QStringList{u"薛城公安分局"_s};
        QTest::newRow("P042 from P039")
            << u"P042"_s << u"P039"_s << cityHr << none << districtHr << none;
        QTest::newRow("P048 from P047")
            << u"P048"_s << u"P047"_s << cityHr << none << districtHr << none;
        QTest::newRow("P065 from P064")
            << u"P065"_s << u"P064"_s << QStringList{u"市自然资源和规划局"_s}
            << QStringList{u"市审批服务局"_s}
            << QStringList{u"区自然资源局"_s, u"区农业农村局"_s, u"薛城规划中心"_s} << none;
        QTest::newRow("P068 from P067")
            << u"P068"_s << u"P067"_s << QStringList{u"市住房公积金管理中心"_s} << none
            << QStringList{u"市住房公积金管理中心薛城管理部"_s} << none;
        QTest::newRow("P109 from P108") << u"P109"_s << u"P108"_s << QStringList{u"市民政局"_s}
                                        << none << QStringList{u"区民政局"_s} << none;
        QTest::newRow("P113 from P112")
            << u"P113"_s << u"P112"_s << cityHr << none << districtHr << none;
    }

    void departmentsCarryDown()
    {
        QFETCH(QString, code);
        QFETCH(QString, from);
        QFETCH(QStringList, cityLead);
        QFETCH(QStringList, cityCo);
        QFETCH(QStringList, districtLead);
        QFETCH(QStringList, districtCo);
        const Item* item = m_catalog.item(code);
        const Item* source = m_catalog.item(from);
        QVERIFY(item && source);
        QCOMPARE(item->departments.cityLead, cityLead);
        QCOMPARE(item->departments.districtLead, districtLead);
        QCOMPARE(source->departments.cityLead, cityLead);
        QCOMPARE(source->departments.districtLead, districtLead);
        QCOMPARE(item->departments.cityCo, cityCo);
        QCOMPARE(item->departments.districtCo, districtCo);
    }

    // 5. Codes, numbering and names.

    void codesFollowTheAnnexOrder()
    {
        for (const Lifecycle& lifecycle : m_catalog.lifecycles()) {
            int stageNo = 0;
            int itemNo = 0;
            for (const Stage& stage : lifecycle.stages) {
                QCOMPARE(stage.no, ++stageNo);
                QCOMPARE(stage.code, lifecycle.code + QString::number(stage.no));
                int sceneNo = 0;
                for (const Scene& scene : stage.scenes) {
                    QCOMPARE(scene.no, u"%1.%2"_s.arg(stage.no).arg(++sceneNo));
                    QCOMPARE(scene.code, lifecycle.code + scene.no);
                    QVERIFY2(isCleanName(scene.name), qPrintable(scene.code));
                    QVERIFY2(!scene.items.isEmpty(), qPrintable(scene.code));
                    for (const Item& item : scene.items) {
                        QCOMPARE(item.no, ++itemNo);
                        QCOMPARE(item.code,
                                 u"%1%2"_s.arg(lifecycle.code).arg(item.no, 3, 10, QChar(u'0')));
                        for (qsizetype i = 0; i < item.subItems.size(); ++i)
                            QCOMPARE(item.subItems.at(i).code,
                                     u"%1.%2"_s.arg(item.code).arg(i + 1));
                    }
                }
            }
        }
    }

    void namesAndTypesAreClean()
    {
        for (const Item* item : itemsOf(m_catalog)) {
            QVERIFY2(isCleanName(item->name), qPrintable(item->code + u' ' + item->name));
            if (item->type.isEmpty())
                QVERIFY2(item->code == u"P038"_s || item->code == u"P042"_s,
                         qPrintable(item->code));
            else
                QVERIFY2(std::find(std::begin(ItemTypes), std::end(ItemTypes), item->type) !=
                             std::end(ItemTypes),
                         qPrintable(item->code + u' ' + item->type));
            for (const SubItem& subItem : item->subItems) {
                QVERIFY2(isCleanName(subItem.name), qPrintable(subItem.code));
                if (!subItem.type.isEmpty())
                    QVERIFY2(std::find(std::begin(ItemTypes), std::end(ItemTypes), subItem.type) !=
                                 std::end(ItemTypes),
                             qPrintable(subItem.code + u' ' + subItem.type));
            }
        }
    }

    void departmentNamesAreClean()
    {
        int named = 0;
        for (const Item* item : itemsOf(m_catalog)) {
            QList<QPair<QString, const Departments*>> owners{{item->code, &item->departments}};
            for (const SubItem& subItem : item->subItems)
                owners.append({subItem.code, &subItem.departments});
            for (const auto& [code, departments] : std::as_const(owners)) {
                // Every item and sub-item has a lead at both levels.
                QVERIFY2(!departments->cityLead.isEmpty(), qPrintable(code));
                QVERIFY2(!departments->districtLead.isEmpty(), qPrintable(code));
                for (const auto& [role, names] : departmentLists(*departments)) {
                    for (const QString& name : *names) {
                        QVERIFY2(isCleanDepartment(name),
                                 qPrintable(u"%1 %2: \"%3\""_s.arg(code, role, name)));
                        ++named;
                    }
                    QCOMPARE(QSet<QString>(names->cbegin(), names->cend()).size(), names->size());
                }
            }
        }
        QVERIFY(named > 0);
    }

    // 6. Preparing the same file again.

    void preparingAgainChangesNothing()
    {
        auto again = DatabaseSetup::prepare(m_path, CatalogSeed::embeddedPath());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again.value().migratedFrom > 0);
        QCOMPARE(again.value().seeded, false);
        const Result<Catalog> loaded = CatalogRepository(*again.value().database).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(loaded.value() == m_catalog);
    }

    void theDatabaseHoldsTheSeedFile()
    {
        // What the database gives back is what the embedded seed says, and the embedded seed is
        // the one in the source tree.
        const Result<Catalog> embedded = CatalogSeed::read(CatalogSeed::embeddedPath());
        QVERIFY2(embedded.ok(), qPrintable(embedded.error()));
        QVERIFY(embedded.value() == m_catalog);
        const Result<Catalog> source =
            CatalogSeed::read(test::sourcePath(u"db/seed/catalog.json"_s));
        QVERIFY2(source.ok(), qPrintable(source.error()));
        QVERIFY(source.value() == m_catalog);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSeed)

#include "TestCatalogSeed.moc"
