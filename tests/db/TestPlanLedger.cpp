#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogPublisher.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "catalog/PlanLedger.h"
#include "guide/GuideRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

Item item(const QString& code, int no, const QString& name, bool crossRegion = false,
          QList<SubItem> subItems = {})
{
    Item i;
    i.code = code;
    i.no = no;
    i.name = name;
    i.type = subItems.isEmpty() ? QStringLiteral("行政许可") : Catalog::typeFromSubItems(subItems);
    i.subItems = std::move(subItems);
    i.crossRegion = crossRegion;
    return i;
}

// A small catalog with known answers: E has a chain of two items (E1.1: E001, E002) and a lone
// item (E1.2: E003, with two sub-items); P has one lone item P001 flagged 全域办.
Catalog fixtureCatalog()
{
    Scene chain{QStringLiteral("E1.1"),
                QStringLiteral("1.1"),
                QStringLiteral("企业开办"),
                {item(QStringLiteral("E001"), 1, QStringLiteral("设立登记")),
                 item(QStringLiteral("E002"), 2, QStringLiteral("印章刻制"))}};
    Scene lone{
        QStringLiteral("E1.2"),
        QStringLiteral("1.2"),
        QStringLiteral("许可"),
        {item(
            QStringLiteral("E003"), 3, QStringLiteral("食品经营许可"), false,
            {SubItem{
                 QStringLiteral("E003.1"), QStringLiteral("新办"), QStringLiteral("行政许可"), {}},
             SubItem{QStringLiteral("E003.2"),
                     QStringLiteral("变更"),
                     QStringLiteral("行政许可"),
                     {}}})}};
    Scene person{QStringLiteral("P1.1"),
                 QStringLiteral("1.1"),
                 QStringLiteral("出生"),
                 {item(QStringLiteral("P001"), 1, QStringLiteral("出生登记"), true)}};
    return Catalog(
        {Lifecycle{QStringLiteral("E"),
                   QStringLiteral("企业全生命周期"),
                   {Stage{QStringLiteral("E1"), 1, QStringLiteral("开办"), {chain, lone}}}},
         Lifecycle{QStringLiteral("P"),
                   QStringLiteral("个人全生命周期"),
                   {Stage{QStringLiteral("P1"), 1, QStringLiteral("出生"), {person}}}}});
}

Guide guide(const QString& code, TimeLimit legal, TimeLimit promised, bool waivable = false,
            int steps = 4)
{
    Guide g;
    g.itemCode = code;
    g.version = 1;
    g.effectiveDate = QDate(2026, 1, 1);
    g.reviewStatus = QStringLiteral("draft");
    g.summary = QStringLiteral("示例");
    g.legalLimit = legal;
    g.promisedLimit = promised;
    GuideMaterial material;
    material.key = QStringLiteral("id_card");
    material.waivable = waivable;
    g.materials = {material};
    for (int i = 0; i < steps; ++i)
        g.steps.append(GuideStep{QStringLiteral("步骤%1").arg(i + 1), QString()});
    return g;
}

const TimeLimit OnTheSpot{true, 0};
TimeLimit days(int n)
{
    return TimeLimit{false, n};
}

// E001: promised 10 of legal 20 days (days). E002: same as the law in every way (nothing).
// E003.2 (a sub-item): a waivable material (materials). P001: 即办 both, 3 steps (steps).
QHash<QString, Guide> fixtureGuides()
{
    return {
        {QStringLiteral("E001"), guide(QStringLiteral("E001"), days(20), days(10))},
        {QStringLiteral("E002"), guide(QStringLiteral("E002"), days(5), days(5))},
        {QStringLiteral("E003.2"), guide(QStringLiteral("E003.2"), days(20), days(20), true)},
        {QStringLiteral("P001"), guide(QStringLiteral("P001"), OnTheSpot, OnTheSpot, false, 3)}};
}

const PlanLedger::Entry* entry(const PlanLedger& ledger, const QString& code)
{
    for (const PlanLedger::Entry& e : ledger.entries)
        if (e.code == code)
            return &e;
    return nullptr;
}

} // namespace

// 台账: the plan's three marks are computed from the catalog and the guides, never ticked, and
// counted per lifecycle against the 100 + 100 target; the counting is the db function the
// admin screen, owctl and the dashboard share.
class TestPlanLedger : public QObject
{
    Q_OBJECT

private slots:
    void marksFollowTheGuidesTheChainsAndTheFlag()
    {
        const PlanLedger ledger = PlanLedger::compute(fixtureCatalog(), fixtureGuides());
        QCOMPARE(ledger.entries.size(), 4);
        const PlanLedger::Entry* e001 = entry(ledger, QStringLiteral("E001"));
        QVERIFY(e001->minimal && e001->integrated && !e001->anywhere);
        QCOMPARE(e001->minimalWhy, QStringList{QStringLiteral("days")});
        const PlanLedger::Entry* e002 = entry(ledger, QStringLiteral("E002"));
        QVERIFY(!e002->minimal && e002->integrated && !e002->anywhere); // same as the law
        const PlanLedger::Entry* e003 = entry(ledger, QStringLiteral("E003"));
        QVERIFY(e003->minimal && !e003->integrated && !e003->anywhere); // through its sub-item
        QCOMPARE(e003->minimalWhy, QStringList{QStringLiteral("materials")});
        const PlanLedger::Entry* p001 = entry(ledger, QStringLiteral("P001"));
        QVERIFY(p001->minimal && !p001->integrated && p001->anywhere);
        QCOMPARE(p001->minimalWhy, QStringList{QStringLiteral("steps")});

        QCOMPARE(ledger.counts.size(), 2);
        const PlanLedger::Count& e = ledger.counts.at(0);
        QCOMPARE(e.lifecycle, QStringLiteral("E"));
        QCOMPARE(e.items, 3);
        QCOMPARE(e.minimal, 2);
        QCOMPARE(e.integrated, 2);
        QCOMPARE(e.anywhere, 0);
        QCOMPARE(e.counted, 3);
        QCOMPARE(e.target, 100);
        const PlanLedger::Count& p = ledger.counts.at(1);
        QCOMPARE(p.items, 1);
        QCOMPARE(p.minimal, 1);
        QCOMPARE(p.integrated, 0);
        QCOMPARE(p.anywhere, 1);
        QCOMPARE(p.counted, 1);
    }

    void aLegalOnTheSpotCannotBeBeatenAndAnItemWithoutAGuideIsNotMinimal()
    {
        QVERIFY(
            PlanLedger::minimalReasons(guide(QStringLiteral("X"), OnTheSpot, OnTheSpot)).isEmpty());
        QCOMPARE(PlanLedger::minimalReasons(guide(QStringLiteral("X"), days(3), OnTheSpot)),
                 QStringList{QStringLiteral("days")});
        QVERIFY(PlanLedger::minimalReasons(guide(QStringLiteral("X"), days(3), days(3))).isEmpty());
        const PlanLedger ledger = PlanLedger::compute(fixtureCatalog(), {});
        for (const PlanLedger::Entry& e : ledger.entries)
            QVERIFY2(!e.minimal && !e.integrated, qPrintable(e.code));
        QCOMPARE(ledger.counts.at(0).counted, 0);
        QCOMPARE(ledger.counts.at(1).counted, 1); // P001 by its flag alone
    }

    void aChainCountsOnlyWhenEveryItemOfItHasAGuide()
    {
        QHash<QString, Guide> guides = fixtureGuides();
        guides.remove(QStringLiteral("E002"));
        const PlanLedger ledger = PlanLedger::compute(fixtureCatalog(), guides);
        QVERIFY(!entry(ledger, QStringLiteral("E001"))->integrated);
        QVERIFY(entry(ledger, QStringLiteral("E001"))->minimal);
        QCOMPARE(ledger.counts.at(0).integrated, 0);
        QCOMPARE(ledger.counts.at(0).counted, 2); // E001 and E003 by their guides
    }

    void theCrossRegionFlagTravelsInJsonCsvAndTheDatabase()
    {
        const Catalog catalog = fixtureCatalog();
        const auto json = CatalogJson::read(CatalogJson::write(catalog), QStringLiteral("j"));
        QVERIFY2(json.ok(), qPrintable(json.error()));
        QCOMPARE(json.value(), catalog);
        const QByteArray csv = CatalogCsv::write(catalog);
        QVERIFY(csv.contains(",district_co,cross_region\r\n"));
        const auto back = CatalogCsv::read(csv, QStringLiteral("c"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), catalog);
        // A file with another value in the column is refused, naming the line.
        QByteArray bad = csv;
        bad.replace(",1\r\n", ",yes\r\n");
        const auto refused = CatalogCsv::read(bad, QStringLiteral("bad.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("cross_region")),
                 qPrintable(refused.error()));

        QTemporaryDir dir;
        auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("l.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        Database& database = *prepared.value().database;
        QVERIFY(CatalogRepository(database).replace(catalog).ok());
        const auto loaded = CatalogRepository(database).load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().item(QStringLiteral("P001"))->crossRegion);
        QVERIFY(!loaded.value().item(QStringLiteral("E001"))->crossRegion);
    }

    void theSeedCatalogIsCountedFromTheDatabase()
    {
        QTemporaryDir dir;
        auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("s.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        Database& database = *prepared.value().database;
        const auto ledger = PlanLedger::load(database);
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        QCOMPARE(ledger.value().counts.size(), 2);
        QCOMPARE(ledger.value().counts.at(0).items + ledger.value().counts.at(1).items, 221);
        QCOMPARE(ledger.value().counts.at(0).anywhere, 0); // no item is flagged in the seed
        // The same answer as computing over what the repositories hold.
        const PlanLedger direct =
            PlanLedger::compute(CatalogRepository(database).load().value(),
                                GuideRepository(database).latestAll().value());
        QCOMPARE(ledger.value().counts.at(0).minimal, direct.counts.at(0).minimal);
        QCOMPARE(ledger.value().counts.at(1).counted, direct.counts.at(1).counted);

        // Flagging an item 全域办 and publishing it is counted at once.
        test::ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC)};
        AuditLog audit(database, clock, QStringLiteral("XC01"), QStringLiteral("1"));
        QList<Lifecycle> lifecycles = CatalogRepository(database).load().value().lifecycles();
        lifecycles[1].stages[0].scenes[0].items[0].crossRegion = true;
        CatalogPublisher publisher(database);
        QVERIFY(publisher
                    .importFile(CatalogJson::write(Catalog(lifecycles)), QStringLiteral("flag"),
                                QStringLiteral("admin"), clock.now(), audit)
                    .ok());
        const auto release = publisher.publish(QStringLiteral("全域办"), QDate(2026, 12, 1),
                                               QStringLiteral("admin"), clock.now(), audit);
        QVERIFY2(release.ok(), qPrintable(release.error()));
        QCOMPARE(PlanLedger::load(database).value().counts.at(1).anywhere, 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanLedger)
#include "TestPlanLedger.moc"
