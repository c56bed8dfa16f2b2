#include "DatabaseSetup.h"
#include "Localization.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "navigator/NavigatorModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    static QString label(const QModelIndex& index)
    {
        return index.data(Qt::DisplayRole).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, QStringLiteral("en"))); // English plurals
        QTemporaryDir dir;
        auto prepared = DatabaseSetup::prepare(dir.filePath(QStringLiteral("n.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        m_catalog = CatalogRepository(*prepared.value().database).load().value();
    }

    void passesTheModelTester_data()
    {
        QTest::addColumn<QString>("lifecycle");
        QTest::newRow("enterprise") << QStringLiteral("E");
        QTest::newRow("person") << QStringLiteral("P");
    }

    void passesTheModelTester()
    {
        QFETCH(QString, lifecycle);
        NavigatorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLifecycle(*m_catalog.lifecycle(lifecycle));
        model.setLifecycle(*m_catalog.lifecycle(lifecycle)); // a reset, watched by the tester
    }

    void treeFollowsTheCatalog()
    {
        NavigatorModel model;
        model.setLifecycle(*m_catalog.lifecycle(QStringLiteral("E")));
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex stage1 = model.index(0, 0);
        QCOMPARE(stage1.data(NavigatorModel::CodeRole).toString(), QStringLiteral("E1"));
        QCOMPARE(stage1.data(NavigatorModel::KindRole).toInt(),
                 int(NavigatorModel::NodeKind::Stage));
        QCOMPARE(label(stage1), QStringLiteral("1 企业开办 (7 items)"));
        const QModelIndex scene = model.index(0, 0, stage1);
        QCOMPARE(label(scene), QStringLiteral("1.1 企业开办 (7 items)"));
        QCOMPARE(model.rowCount(scene), 7);
        const QModelIndex e001 = model.index(0, 0, scene);
        QCOMPARE(label(e001), QStringLiteral("E001 公司（企业）设立登记 (6 sub-items)"));
        QCOMPARE(model.rowCount(e001), 6);
        const QModelIndex e002 = model.index(1, 0, scene);
        QCOMPARE(label(e002), QStringLiteral("E002 公章刻制备案"));
        QCOMPARE(model.rowCount(e002), 0);
        const QModelIndex sub = model.index(5, 0, e001);
        QCOMPARE(sub.data(NavigatorModel::CodeRole).toString(), QStringLiteral("E001.6"));
        QCOMPARE(model.parent(sub), e001);
        QCOMPARE(model.parent(e001), scene);
        QCOMPARE(model.parent(stage1), QModelIndex());
    }

    void countsEveryItemAndSubItem_data()
    {
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<int>("stages");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("subItems");
        QTest::newRow("E") << QStringLiteral("E") << 6 << 106 << 48;
        QTest::newRow("P") << QStringLiteral("P") << 11 << 115 << 76;
    }

    void countsEveryItemAndSubItem()
    {
        QFETCH(QString, lifecycle);
        QFETCH(int, stages);
        QFETCH(int, items);
        QFETCH(int, subItems);
        NavigatorModel model;
        model.setLifecycle(*m_catalog.lifecycle(lifecycle));
        QCOMPARE(model.rowCount(), stages);
        int itemCount = 0;
        int subItemCount = 0;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex stage = model.index(s, 0);
            for (int c = 0; c < model.rowCount(stage); ++c) {
                const QModelIndex scene = model.index(c, 0, stage);
                itemCount += model.rowCount(scene);
                for (int i = 0; i < model.rowCount(scene); ++i)
                    subItemCount += model.rowCount(model.index(i, 0, scene));
            }
        }
        QCOMPARE(itemCount, items);
        QCOMPARE(subItemCount, subItems);
    }

    void findsIndexByCode()
    {
        NavigatorModel model;
        model.setLifecycle(*m_catalog.lifecycle(QStringLiteral("P")));
        const QModelIndex p063 = model.indexForCode(QStringLiteral("P063.2"));
        QVERIFY(p063.isValid());
        QCOMPARE(p063.data(NavigatorModel::NameRole).toString(),
                 QStringLiteral("租赁自住住房提取住房公积金"));
        QVERIFY(!model.indexForCode(QStringLiteral("E001")).isValid());
        QVERIFY(!model.index(99, 0).isValid());
        QVERIFY(!model.index(0, 1).isValid());
    }
};

QTEST_MAIN(TestNavigatorModel)
#include "TestNavigatorModel.moc"
