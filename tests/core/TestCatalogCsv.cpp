#include "TestPaths.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogJson.h"

#include <QFile>
#include <QTest>

using namespace ow;

namespace {

Catalog realCatalog()
{
    QFile file(test::sourcePath(QStringLiteral("db/seed/catalog.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed catalog");
    return CatalogJson::read(file.readAll(), QStringLiteral("catalog.json")).value();
}

const QByteArray Header =
    "lifecycle_code,lifecycle_name,stage_code,stage_no,stage_name,scene_code,"
    "scene_no,scene_name,item_code,item_no,item_name,item_type,subitem_code,"
    "subitem_name,subitem_type,city_lead,city_co,district_lead,district_co\r\n";
const QByteArray GoodItem =
    "E,企业全生命周期,E1,1,企业开办,E1.1,1.1,企业开办,E001,1,公司设立,行政许可"
    ",,,,市审批服务局,,区审批服务局,\r\n";

} // namespace

class TestCatalogCsv : public QObject
{
    Q_OBJECT

private slots:
    void theRealCatalogComesBackUnchanged()
    {
        const Catalog catalog = realCatalog();
        const QByteArray csv = CatalogCsv::write(catalog);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel reads the Chinese only with the BOM
        QVERIFY(csv.contains("\r\n"));
        // One row per item and per sub-item, plus the header.
        QCOMPARE(csv.count("\r\n"), 1 + catalog.itemCount() + catalog.subItemCount());
        const Result<Catalog> back = CatalogCsv::read(csv, QStringLiteral("catalog.csv"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == catalog);
    }

    void cellsWithCommasQuotesAndLineBreaksSurvive()
    {
        Catalog catalog = realCatalog();
        QList<Lifecycle> lifecycles = catalog.lifecycles();
        Item& item = lifecycles[0].stages[0].scenes[0].items[0];
        item.name = QStringLiteral("设立登记, 含\"分公司\"\n及变更");
        item.departments.cityCo = {QStringLiteral("市局，一科"), QStringLiteral("市局二科")};
        const Catalog edited(lifecycles);
        const Result<Catalog> back =
            CatalogCsv::read(CatalogCsv::write(edited), QStringLiteral("x.csv"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == edited);
    }

    void aFileWithoutTheByteOrderMarkReadsToo()
    {
        const Result<Catalog> read =
            CatalogCsv::read(Header + GoodItem, QStringLiteral("plain.csv"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.value().itemCount(), 1);
        QCOMPARE(read.value().item(QStringLiteral("E001"))->departments.cityLead,
                 QStringList{QStringLiteral("市审批服务局")});
    }

    void aDepartmentCellOfBlanksIsNoDepartment()
    {
        // Found by FuzzCatalogCsv: a lone tab read as one empty name, which a write then lost,
        // so a catalog did not read back equal after its own export.
        QByteArray row = GoodItem;
        row.replace(",区审批服务局,\r\n", ",区审批服务局,\t\r\n");
        const Result<Catalog> read = CatalogCsv::read(Header + row, QStringLiteral("tab.csv"));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value().item(QStringLiteral("E001"))->departments.districtCo.isEmpty());
        const Result<Catalog> back =
            CatalogCsv::read(CatalogCsv::write(read.value()), QStringLiteral("again.csv"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(back.value() == read.value());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("only a header") << Header << QStringLiteral("header but no items");
        QTest::newRow("wrong header") << QByteArray("code,name\r\nE001,x\r\n")
                                      << QStringLiteral("line 1: the header must be exactly");
        QTest::newRow("short row") << Header + "E,企业,E1,1\r\n"
                                   << QStringLiteral("line 2: 4 cells, the header has 19");
        QTest::newRow("bad item code")
            << Header + QByteArray(GoodItem).replace("E001,", "X1,")
            << QStringLiteral("line 2, column item_code: \"X1\" is not an item code");
        QTest::newRow("stage of the other lifecycle")
            << Header + QByteArray(GoodItem).replace("E1,1,", "P1,1,")
            << QStringLiteral("column stage_code");
        QTest::newRow("item twice") << Header + GoodItem + GoodItem
                                    << QStringLiteral("line 3, column item_code: item E001 has a "
                                                      "row already, on line 2");
        QTest::newRow("sub-item before its item")
            << Header + "E,企业全生命周期,E1,1,企业开办,E1.1,1.1,企业开办,E001,1,公司设立,行政许可,"
                        "E001.1,公司,行政许可,,,,\r\n"
            << QStringLiteral("sub-item E001.1 comes before the row of its item E001");
        QTest::newRow("sub-item of another item")
            << Header + GoodItem +
                   "E,企业全生命周期,E1,1,企业开办,E1.1,1.1,企业开办,E001,1,公司设立,行政许可,"
                   "E002.1,公司,行政许可,,,,\r\n"
            << QStringLiteral("\"E002.1\" is not a sub-item code of item E001");
        QTest::newRow("empty name") << Header + QByteArray(GoodItem).replace("公司设立", "")
                                    << QStringLiteral("column item_name: must not be empty");
        QTest::newRow("unclosed quote") << Header + "E,\"企业\r\n"
                                        << QStringLiteral("line 2: a quoted cell is not closed");
        QTest::newRow("not UTF-8")
            << Header + QByteArray("E,\xC6\xF3\xD2\xB5,E1\r\n") << QStringLiteral("not UTF-8");
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<Catalog> read = CatalogCsv::read(bytes, QStringLiteral("upload.csv"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().startsWith(QStringLiteral("upload.csv: ")), qPrintable(read.error()));
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCsv)
#include "TestCatalogCsv.moc"
