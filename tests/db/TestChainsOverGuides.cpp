// The shipped guides merged scene by scene: the point of 一套材料 in figures.
#include "TestPaths.h"
#include "catalog/CatalogSeed.h"
#include "chain/ChainMerger.h"
#include "guide/GuideSeed.h"

#include <QSet>
#include <QTest>

using namespace ow;

class TestChainsOverGuides : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    QHash<QString, Guide> m_guides;
    GuideJson::Dictionary m_dictionary;

private slots:
    void initTestCase()
    {
        const auto catalog =
            CatalogSeed::read(test::sourcePath(QStringLiteral("db/seed/catalog.json")));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        m_catalog = catalog.value();
        const auto content = GuideSeed::read(GuideSeed::embeddedFolder(), m_catalog);
        QVERIFY2(content.ok(), qPrintable(content.error()));
        for (const Guide& guide : content.value().guides)
            m_guides.insert(guide.itemCode, guide);
        m_dictionary = content.value().dictionary;
        QCOMPARE(m_guides.size(), 38);
    }

    void chainSceneAsksEachMaterialOnce_data()
    {
        QTest::addColumn<QString>("scene");
        for (const char* scene : {"E1.1", "E6.1", "P1.1", "P3.1", "P7.1", "P11.1", "P11.2"})
            QTest::newRow(scene) << QString::fromLatin1(scene);
    }

    void chainSceneAsksEachMaterialOnce()
    {
        QFETCH(QString, scene);
        const QStringList items = ChainMerger::sceneItems(m_catalog, scene);
        QVERIFY(items.size() >= 2);
        const MergedChain chain = ChainMerger::merge(items, m_guides, m_dictionary);
        QCOMPARE(chain.itemCodes, items);
        QCOMPARE(chain.itemsWithoutGuide, QStringList());

        // Nothing lost, nothing invented: the keys are exactly those of the guides, and every
        // request of a guide is found in one merged material.
        QSet<QString> guideKeys;
        int requests = 0;
        for (const QString& code : items) {
            for (const GuideMaterial& material : m_guides.value(code).materials) {
                guideKeys.insert(material.key);
                ++requests;
            }
        }
        QSet<QString> mergedKeys;
        int itemsAsking = 0;
        for (const MergedMaterial& material : chain.materials) {
            mergedKeys.insert(material.key);
            itemsAsking += int(material.itemCodes.size());
            QVERIFY2(!material.name.isEmpty() && material.name != material.key,
                     qPrintable(material.key));
            QVERIFY2(material.required == material.conditions.isEmpty(), qPrintable(material.key));
        }
        QCOMPARE(mergedKeys, guideKeys);
        QCOMPARE(int(chain.materials.size()), int(mergedKeys.size()));
        QCOMPARE(chain.materialsBeforeMerge, requests);
        QCOMPARE(itemsAsking, requests);

        QVERIFY2(chain.materials.size() < chain.materialsBeforeMerge,
                 qPrintable(QStringLiteral("%1: %2 materials after merging, %3 before")
                                .arg(scene)
                                .arg(chain.materials.size())
                                .arg(chain.materialsBeforeMerge)));
        int idCards = 0;
        for (const MergedMaterial& material : chain.materials)
            idCards += material.key == QLatin1String("id_card") ? 1 : 0;
        QCOMPARE(idCards, 1);

        qInfo("%s: %d materials asked by %d items -> %d after merging; promised %s; visits %d",
              qPrintable(scene), chain.materialsBeforeMerge, int(items.size()),
              int(chain.materials.size()),
              chain.longestPromisedLimit.onTheSpot
                  ? "on the spot"
                  : qPrintable(QStringLiteral("%1 working days")
                                   .arg(chain.longestPromisedLimit.workingDays)),
              chain.visits);
    }
};

QTEST_GUILESS_MAIN(TestChainsOverGuides)
#include "TestChainsOverGuides.moc"
