#include "DatabaseSetup.h"
#include "FileFingerprint.h"
#include "ManualClock.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogPublisher.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "guide/GuideJson.h"
#include "guide/GuideRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

// 同源管理 in the local database: drafts wait, a publication puts them in force as a numbered
// version that is kept unchanged, and a bad import or a failed check changes nothing.
class TestCatalogPublisher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;

    QDateTime now() const { return m_clock.now(); }

private slots:
    void init()
    {
        m_audit.reset();
        m_database.reset();
        m_path = m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter));
        auto prepared = DatabaseSetup::prepare(m_path, CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_database = std::move(prepared.value().database);
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock, QStringLiteral("XC01"),
                                             QStringLiteral("1"));
    }

    void theFirstPublicationPutsTheSeedGuidesInForce()
    {
        CatalogPublisher publisher(*m_database);
        QVERIFY(publisher.releases().value().isEmpty());
        QCOMPARE(publisher.draftGuides().value().size(), 38);
        const auto release = publisher.publish(QStringLiteral("首次发布"), QDate(2026, 12, 1),
                                               QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(release.ok(), qPrintable(release.error()));
        QCOMPARE(release.value().version, 1);
        QCOMPARE(release.value().itemCount, 221);
        QCOMPARE(release.value().guideCount, 38);
        QCOMPARE(release.value().sha256.size(), 64);
        QVERIFY(publisher.draftGuides().value().isEmpty());
        const auto guide = GuideRepository(*m_database).latest(QStringLiteral("E001"));
        QCOMPARE(guide.value()->reviewStatus, QStringLiteral("published"));
        const auto versions = publisher.releases().value();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().effectiveOn, QDate(2026, 12, 1));
        QCOMPARE(versions.first().publishedBy, QStringLiteral("admin"));
        // A published version is never changed, not even by hand.
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE catalog_release SET note = 'x'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM catalog_release")));
        const auto records = m_audit->list().value();
        QCOMPARE(records.last().action, QStringLiteral("catalog_published"));
    }

    void aNewGuideVersionWaitsUntilPublished()
    {
        CatalogPublisher publisher(*m_database);
        QVERIFY(publisher
                    .publish(QStringLiteral("v1"), QDate(2026, 12, 1), QStringLiteral("admin"),
                             now(), *m_audit)
                    .ok());
        GuideRepository guides(*m_database);
        Guide changed = guides.latest(QStringLiteral("E001")).value().value();
        changed.summary = QStringLiteral("新的概述");
        const auto imported =
            publisher.importFile(GuideJson::writeGuide(changed), QStringLiteral("E001.json"),
                                 QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(guides.versions(QStringLiteral("E001")).value(), (QList<int>{1, 2}));
        // Counters still use version 1; a publication would bring version 2.
        QCOMPARE(guides.latest(QStringLiteral("E001")).value()->version, 1);
        QCOMPARE(guides.latestAll().value().value(QStringLiteral("E001")).version, 1);
        QCOMPARE(guides.newestAll().value().value(QStringLiteral("E001")).version, 2);
        QCOMPARE(publisher.draftGuides().value(), QStringList{QStringLiteral("E001 v2")});

        const auto second = publisher.publish(QStringLiteral("E001 概述更新"), QDate(2027, 1, 1),
                                              QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second.value().version, 2);
        QCOMPARE(guides.latest(QStringLiteral("E001")).value()->summary,
                 QStringLiteral("新的概述"));
        // The earlier version stays readable.
        QVERIFY(guides.version(QStringLiteral("E001"), 1).value()->summary !=
                QStringLiteral("新的概述"));
    }

    void aBadImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv without header") << QByteArray("E001,x\r\n") << QStringLiteral("header");
        QTest::newRow("json catalog broken")
            << QByteArray("{\"lifecycles\": [") << QStringLiteral("bad.json");
        QTest::newRow("guide for an unknown item")
            << QByteArray("{\"item_code\": \"E999\"}") << QStringLiteral("bad.json");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("is empty");
    }

    void aBadImportChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        m_audit.reset();
        m_database.reset(); // fingerprint the closed file, then open it again
        const QByteArray before = test::fingerprint(m_path);
        auto reopened = DatabaseSetup::prepare(m_path, CatalogSeed::embeddedPath());
        QVERIFY(reopened.ok());
        m_database = std::move(reopened.value().database);
        m_audit = std::make_unique<AuditLog>(*m_database, m_clock, QStringLiteral("XC01"),
                                             QStringLiteral("1"));
        const auto imported = CatalogPublisher(*m_database)
                                  .importFile(bytes, QStringLiteral("bad.json"),
                                              QStringLiteral("admin"), now(), *m_audit);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
        m_audit.reset();
        m_database.reset();
        QCOMPARE(test::fingerprint(m_path), before);
    }

    void aCatalogThatDropsAGuidedItemIsNotPublished()
    {
        CatalogPublisher publisher(*m_database);
        QVERIFY(publisher
                    .publish(QStringLiteral("v1"), QDate(2026, 12, 1), QStringLiteral("admin"),
                             now(), *m_audit)
                    .ok());
        // The catalog as CSV, with the last item of the last scene of P (P115, which has a
        // guide) left out: numbering stays whole, so only the publish check can object.
        const Catalog catalog = CatalogRepository(*m_database).load().value();
        QByteArray csv = CatalogCsv::write(catalog);
        QList<QByteArray> lines = csv.split('\n');
        lines.removeIf([](const QByteArray& line) { return line.contains(",P115,"); });
        csv = lines.join('\n');
        const auto imported = publisher.importFile(csv, QStringLiteral("edited.csv"),
                                                   QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY(publisher.hasDraftCatalog().value());
        const QStringList problems = publisher.check().value();
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("P115")),
                 qPrintable(problems.join(u'\n')));
        const auto refused = publisher.publish(QStringLiteral("v2"), QDate(2027, 1, 1),
                                               QStringLiteral("admin"), now(), *m_audit);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QStringLiteral("Not published")),
                 qPrintable(refused.error()));
        // Nothing moved: the counters' catalog still has P115, still one version.
        QVERIFY(CatalogRepository(*m_database).load().value().item(QStringLiteral("P115")));
        QCOMPARE(publisher.releases().value().size(), 1);
    }

    // The materials dictionary is a draft like the rest: a saved entry changes nothing the
    // counters read until a publication, which checks it, brings it in and keeps the dictionary
    // with its version (earlier versions stay readable); a bad entry is refused, naming it.
    void aMaterialWaitsForThePublicationAndEachVersionKeepsItsDictionary()
    {
        CatalogPublisher publisher(*m_database);
        QVERIFY(publisher
                    .publish(QStringLiteral("v1"), QDate(2026, 12, 1), QStringLiteral("admin"),
                             now(), *m_audit)
                    .ok());
        const GuideRepository guides(*m_database);
        const MaterialDefinition before =
            guides.dictionary().value().value(QStringLiteral("id_card"));
        QVERIFY(!before.name.isEmpty());
        MaterialDefinition renamed = before;
        renamed.name = QStringLiteral("居民身份证（含电子证照）");
        const MaterialDefinition fresh{
            QStringLiteral("fire_safety_plan"), QStringLiteral("消防安全预案"), QString(), {}};
        QVERIFY(publisher.saveMaterial(renamed, QStringLiteral("admin"), now(), *m_audit).ok());
        const Status savedFresh =
            publisher.saveMaterial(fresh, QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(savedFresh.ok(), qPrintable(savedFresh.error()));
        // The counters' dictionary is unchanged; the working one has both.
        QCOMPARE(guides.dictionary().value().value(QStringLiteral("id_card")), before);
        QVERIFY(!guides.dictionary().value().contains(QStringLiteral("fire_safety_plan")));
        QCOMPARE(publisher.workingDictionary().value().value(QStringLiteral("id_card")), renamed);
        QCOMPARE(publisher.draftMaterials().value(),
                 (QStringList{QStringLiteral("fire_safety_plan"), QStringLiteral("id_card")}));
        QCOMPARE(m_audit->list().value().last().action, QStringLiteral("material_drafted"));
        // A bad key is refused with the key named, and nothing is stored.
        const Status bad =
            publisher.saveMaterial({QStringLiteral("Bad Key"), QStringLiteral("x"), QString(), {}},
                                   QStringLiteral("admin"), now(), *m_audit);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("Bad Key")));
        QCOMPARE(publisher.draftMaterials().value().size(), 2);
        // A guide draft may ask for the draft material; the publication brings both in.
        Guide e001 = *guides.latest(QStringLiteral("E001")).value();
        GuideMaterial plan;
        plan.key = fresh.key;
        e001.materials.append(plan);
        const auto imported =
            publisher.importFile(GuideJson::writeGuide(e001), QStringLiteral("E001.json"),
                                 QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QVERIFY2(publisher.check().value().isEmpty(),
                 qPrintable(publisher.check().value().join(u'\n')));
        const auto v2 = publisher.publish(QStringLiteral("身份证名称与消防预案"), QDate(2027, 1, 1),
                                          QStringLiteral("admin"), now(), *m_audit);
        QVERIFY2(v2.ok(), qPrintable(v2.error()));
        QCOMPARE(v2.value().materials,
                 (QStringList{QStringLiteral("fire_safety_plan"), QStringLiteral("id_card")}));
        QVERIFY(publisher.draftMaterials().value().isEmpty());
        QCOMPARE(guides.dictionary().value().value(QStringLiteral("id_card")), renamed);
        QVERIFY(guides.dictionary().value().contains(QStringLiteral("fire_safety_plan")));
        QVERIFY(m_audit->list().value().last().detail.contains(QStringLiteral("fire_safety_plan")));
        // Version 2 keeps the dictionary it put in force; version 1 (before the dictionary was
        // kept) says so with nothing, and a third version keeps its own.
        const auto kept = publisher.releaseMaterials(2).value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->value(QStringLiteral("id_card")).name, renamed.name);
        QCOMPARE(kept->size(), guides.dictionary().value().size());
        MaterialDefinition again = renamed;
        again.name = QStringLiteral("居民身份证");
        QVERIFY(publisher.saveMaterial(again, QStringLiteral("admin"), now(), *m_audit).ok());
        QVERIFY(publisher
                    .publish(QStringLiteral("v3"), QDate(2027, 2, 1), QStringLiteral("admin"),
                             now(), *m_audit)
                    .ok());
        QCOMPARE(publisher.releaseMaterials(3).value()->value(QStringLiteral("id_card")).name,
                 QStringLiteral("居民身份证"));
        QCOMPARE(publisher.releaseMaterials(2).value()->value(QStringLiteral("id_card")).name,
                 renamed.name);
    }

    // A waiving rule that a guide contradicts is refused as a draft too, naming the guide.
    void aMaterialDraftThatAGuideContradictsIsRefused()
    {
        CatalogPublisher publisher(*m_database);
        const auto all = GuideRepository(*m_database).newestAll().value();
        QString waivedKey;
        for (const Guide& guide : all)
            for (const GuideMaterial& material : guide.materials)
                if (material.waivable)
                    waivedKey = material.key;
        QVERIFY(!waivedKey.isEmpty());
        MaterialDefinition definition =
            GuideRepository(*m_database).dictionary().value().value(waivedKey);
        definition.replaceableBy = MaterialDefinition::Replacement::None;
        const Status refused =
            publisher.saveMaterial(definition, QStringLiteral("admin"), now(), *m_audit);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(waivedKey), qPrintable(refused.error()));
        QVERIFY(publisher.draftMaterials().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogPublisher)
#include "TestCatalogPublisher.moc"
