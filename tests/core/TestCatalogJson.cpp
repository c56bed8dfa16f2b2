#include "TestPaths.h"
#include "catalog/CatalogJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ow;

namespace {

// A small catalog in the published shape: E with one stage, one scene, two items (one with two
// sub-items), P with one item.
QByteArray smallCatalogJson()
{
    return QStringLiteral(
               R"({"lifecycles":[{"code":"E","name":"企业全生命周期","stages":[{"code":"E1","no":1,)"
               R"("name":"企业开办","scenes":[{"code":"E1.1","no":"1.1","name":"企业开办","items":[)"
               R"({"code":"E001","no":1,"name":"公司（企业）设立登记","type":"行政许可",)"
               R"("city_lead":["市审批服务局","市市场监管局"],"city_co":[],)"
               R"("district_lead":["区审批服务局","区市场监管局"],"district_co":[],"subitems":[)"
               R"({"code":"E001.1","name":"公司设立登记","type":"行政许可","city_lead":["市审批服务局"],)"
               R"("city_co":[],"district_lead":["区审批服务局"],"district_co":[]},)"
               R"({"code":"E001.2","name":"分公司设立登记","type":"行政许可","city_lead":["市审批服务局"],)"
               R"("city_co":[],"district_lead":["区审批服务局"],"district_co":[]}]},)"
               R"({"code":"E002","no":2,"name":"公章刻制备案","type":"其他行政权力",)"
               R"("city_lead":["市审批服务局"],"city_co":["市公安局"],"district_lead":["区审批服务局"],)"
               R"("district_co":["薛城公安分局"],"subitems":[]}]}]}]},)"
               R"({"code":"P","name":"个人全生命周期","stages":[{"code":"P1","no":1,"name":"出生",)"
               R"("scenes":[{"code":"P1.1","no":"1.1","name":"出生","items":[{"code":"P001","no":1,)"
               R"("name":"出生医学证明办理","type":"公共服务","city_lead":["市卫生健康委"],"city_co":[],)"
               R"("district_lead":["区卫健局"],"district_co":[],"subitems":[]}]}]}]}]})")
        .toUtf8();
}

} // namespace

class TestCatalogJson : public QObject
{
    Q_OBJECT

private slots:
    void readsSmallCatalog()
    {
        const Result<Catalog> catalog = CatalogJson::read(smallCatalogJson(), QStringLiteral("t"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        QCOMPARE(catalog.value().itemCount(), 3);
        QCOMPARE(catalog.value().subItemCount(), 2);
        const Item* e002 = catalog.value().item(QStringLiteral("E002"));
        QVERIFY(e002);
        QCOMPARE(e002->departments.cityCo, QStringList{QStringLiteral("市公安局")});
        QCOMPARE(catalog.value().subItem(QStringLiteral("E001.2"))->name,
                 QStringLiteral("分公司设立登记"));
        QVERIFY(!catalog.value().subItem(QStringLiteral("E001.3")));
        QVERIFY(!catalog.value().item(QStringLiteral("E999")));
    }

    void writesExactlyThePublishedShape()
    {
        const Result<Catalog> catalog = CatalogJson::read(smallCatalogJson(), QStringLiteral("t"));
        QVERIFY(catalog.ok());
        QCOMPARE(CatalogJson::write(catalog.value()), smallCatalogJson());
    }

    void roundTripsTheShippedSeed()
    {
        QFile file(test::sourcePath(QStringLiteral("db/seed/catalog.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<Catalog> seed = CatalogJson::read(file.readAll(), file.fileName());
        QVERIFY2(seed.ok(), qPrintable(seed.error()));
        QCOMPARE(seed.value().lifecycle(QStringLiteral("E"))->itemCount(), 106);
        QCOMPARE(seed.value().lifecycle(QStringLiteral("P"))->itemCount(), 115);
        const Result<Catalog> again =
            CatalogJson::read(CatalogJson::write(seed.value()), QStringLiteral("again"));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again.value() == seed.value());
    }

    void typeFromSubItems_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("one") << QStringList{QStringLiteral("行政许可")}
                             << QStringLiteral("行政许可");
        QTest::newRow("same") << QStringList{QStringLiteral("行政确认"), QStringLiteral("行政确认")}
                              << QStringLiteral("行政确认");
        QTest::newRow("differ") << QStringList{QStringLiteral("公共服务"), QStringLiteral("其他")}
                                << QString();
    }

    void typeFromSubItems()
    {
        QFETCH(QStringList, types);
        QFETCH(QString, expected);
        QList<SubItem> subItems;
        for (const QString& type : types)
            subItems.append(SubItem{QString(), QString(), type, {}});
        QCOMPARE(Catalog::typeFromSubItems(subItems), expected);
    }

    // Every damaged file is refused with a message naming the file and the place.
    void refusesDamagedCatalogs_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("not json") << QStringLiteral("{\"lifecycles\"")
                                  << QStringLiteral("{lifecycles")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("no lifecycles")
            << QStringLiteral("\"lifecycles\"") << QStringLiteral("\"cycles\"")
            << QStringLiteral("\"lifecycles\"");
        QTest::newRow("bad lifecycle") << QStringLiteral("{\"code\":\"P\",\"name\"")
                                       << QStringLiteral("{\"code\":\"X\",\"name\"")
                                       << QStringLiteral("E (enterprise) or P (person)");
        QTest::newRow("item code")
            << QStringLiteral("\"code\":\"E002\"") << QStringLiteral("\"code\":\"E003\"")
            << QStringLiteral("item code E003 should be E002");
        QTest::newRow("sub-item order")
            << QStringLiteral("\"code\":\"E001.2\"") << QStringLiteral("\"code\":\"E001.3\"")
            << QStringLiteral("sub-item code E001.3 should be E001.2");
        QTest::newRow("numbering gap")
            << QStringLiteral("\"code\":\"E002\",\"no\":2")
            << QStringLiteral("\"code\":\"E004\",\"no\":4") << QStringLiteral("expected number 2");
        QTest::newRow("stage code") << QStringLiteral("\"code\":\"P1\",\"no\":1")
                                    << QStringLiteral("\"code\":\"P2\",\"no\":1")
                                    << QStringLiteral("stage code P2 should be P1");
        QTest::newRow("scene of other stage") << QStringLiteral("\"code\":\"P1.1\",\"no\":\"1.1\"")
                                              << QStringLiteral("\"code\":\"P2.1\",\"no\":\"2.1\"")
                                              << QStringLiteral("does not belong to stage P1");
        QTest::newRow("item type")
            << QStringLiteral("\"type\":\"行政许可\",\"city_lead\":[\"市审批服务局\",")
            << QStringLiteral("\"type\":\"其他\",\"city_lead\":[\"市审批服务局\",")
            << QStringLiteral("sub-items' shared type");
        QTest::newRow("empty department") << QStringLiteral("[\"市公安局\"]")
                                          << QStringLiteral("[\"  \"]") << QStringLiteral("E002");
        QTest::newRow("number as text") << QStringLiteral("\"no\":1,\"name\":\"出生医学")
                                        << QStringLiteral("\"no\":\"1\",\"name\":\"出生医学")
                                        << QStringLiteral("positive whole number");
        QTest::newRow("empty name")
            << QStringLiteral("\"name\":\"公章刻制备案\"") << QStringLiteral("\"name\":\"\"")
            << QStringLiteral("is empty");
        QTest::newRow("untyped item")
            << QStringLiteral("\"type\":\"公共服务\"") << QStringLiteral("\"type\":\"\"")
            << QStringLiteral("needs a type");
    }

    void refusesDamagedCatalogs()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expectedInMessage);
        const QString original = QString::fromUtf8(smallCatalogJson());
        QVERIFY2(original.contains(from), qPrintable(from));
        QString damaged = original;
        damaged.replace(damaged.indexOf(from), from.size(), to);
        const Result<Catalog> catalog =
            CatalogJson::read(damaged.toUtf8(), QStringLiteral("damaged.json"));
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().startsWith(QStringLiteral("damaged.json")),
                 qPrintable(catalog.error()));
        QVERIFY2(catalog.error().contains(expectedInMessage), qPrintable(catalog.error()));
    }

    void refusesDuplicateCodes()
    {
        QString text = QString::fromUtf8(smallCatalogJson());
        // P's stage renamed to E1 inside lifecycle P would fail the stage rule first; instead
        // duplicate a whole lifecycle.
        const int pStart = int(text.indexOf(QStringLiteral(",{\"code\":\"P\"")));
        const QString pBlock = text.mid(pStart, text.size() - 2 - pStart);
        text.insert(text.size() - 2, pBlock);
        const Result<Catalog> catalog =
            CatalogJson::read(text.toUtf8(), QStringLiteral("dup.json"));
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().contains(QStringLiteral("appears twice")),
                 qPrintable(catalog.error()));
    }

    void refusesEmptyAndOddDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no lifecycle") << QByteArray("{\"lifecycles\":[]}");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3);
    }

    void refusesEmptyAndOddDocuments()
    {
        QFETCH(QByteArray, json);
        const Result<Catalog> catalog = CatalogJson::read(json, QStringLiteral("odd.json"));
        QVERIFY(!catalog.ok());
        QVERIFY(catalog.error().startsWith(QStringLiteral("odd.json: ")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "TestCatalogJson.moc"
