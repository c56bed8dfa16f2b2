// The spec's search examples, over the real catalog and the shipped pinyin data.
#include "TestPaths.h"
#include "catalog/CatalogSeed.h"
#include "search/CatalogSearch.h"
#include "search/PinyinData.h"

#include <QTest>

using namespace ow;

class TestSearchOverCatalog : public QObject
{
    Q_OBJECT

private:
    PinyinTable m_table;
    Catalog m_catalog;
    std::unique_ptr<CatalogSearch> m_search;

    QStringList codes(const QString& query, int limit = 50) const
    {
        QStringList result;
        for (const SearchHit& hit : m_search->search(query, limit))
            result.append(hit.code);
        return result;
    }

    QString codeOf(const QString& name) const
    {
        for (const Lifecycle& lifecycle : m_catalog.lifecycles())
            for (const Stage& stage : lifecycle.stages)
                for (const Scene& scene : stage.scenes)
                    for (const Item& item : scene.items) {
                        if (item.name.startsWith(name))
                            return item.code;
                        for (const SubItem& subItem : item.subItems)
                            if (subItem.name.startsWith(name))
                                return subItem.code;
                    }
        return QString();
    }

private slots:
    void initTestCase()
    {
        Result<PinyinTable> table = PinyinData::load();
        QVERIFY2(table.ok(), qPrintable(table.error()));
        m_table = std::move(table).value();
        QVERIFY(m_table.characterCount() > 20000);
        m_catalog = CatalogSeed::read(CatalogSeed::embeddedPath()).value();
        m_search = std::make_unique<CatalogSearch>(m_table);
        m_search->setCatalog(m_catalog);
        QCOMPARE(m_search->entryCount(), 221 + 124);
    }

    void polyphonesReadInContext_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("银行") << QStringLiteral("预约银行开户") << QStringLiteral("yyyhkh");
        QTest::newRow("重度") << QStringLiteral("重度残疾人护理补贴")
                              << QStringLiteral("zdcjrhlbt");
        QTest::newRow("长期") << QStringLiteral("长期异地工作人员备案")
                              << QStringLiteral("cqydgzryba");
        QTest::newRow("单位") << QStringLiteral("单位就业") << QStringLiteral("dwjy");
        QTest::newRow("公积金") << QStringLiteral("公积金") << QStringLiteral("gjj");
    }

    void polyphonesReadInContext()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(m_table.initials(name), initials);
    }

    void findsTheSpecExamples_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("namePrefix"); // an entry with this name must be among the hits
        QTest::newRow("yyyhkh") << QStringLiteral("yyyhkh") << QStringLiteral("预约银行开户");
        QTest::newRow("zdcjrhlbt")
            << QStringLiteral("zdcjrhlbt") << QStringLiteral("重度残疾人护理补贴");
        QTest::newRow("cqydgzryba")
            << QStringLiteral("cqydgzryba") << QStringLiteral("长期异地工作人员备案");
        QTest::newRow("dwjy") << QStringLiteral("dwjy") << QStringLiteral("单位就业");
        QTest::newRow("gongjijin") << QStringLiteral("gongjijin") << QStringLiteral("住房公积金");
        QTest::newRow("gjj") << QStringLiteral("gjj") << QStringLiteral("住房公积金");
        QTest::newRow("失业") << QStringLiteral("失业") << QString();
        QTest::newRow("公积") << QStringLiteral("公积") << QStringLiteral("住房公积金");
        QTest::newRow("区人社局") << QStringLiteral("区人社局") << QString();
    }

    void findsTheSpecExamples()
    {
        QFETCH(QString, query);
        QFETCH(QString, namePrefix);
        const QList<SearchHit> hits = m_search->search(query, 300);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        if (!namePrefix.isEmpty()) {
            bool found = false;
            for (const SearchHit& hit : hits)
                found = found || hit.name.contains(namePrefix);
            QVERIFY2(found, qPrintable(namePrefix));
        }
    }

    void mixedQueriesFindWithdrawals()
    {
        // 公积金提取 items: by initials and mixed Chinese + initials.
        const QStringList byInitials = codes(QStringLiteral("gjjtq"));
        const QStringList mixed = codes(QStringLiteral("公积金tq"));
        QVERIFY(!byInitials.isEmpty());
        QCOMPARE(mixed, byInitials);
    }

    void codesComeFirst()
    {
        QCOMPARE(codes(QStringLiteral("E053")).first(), QStringLiteral("E053"));
        QCOMPARE(codes(QStringLiteral("e053")).first(), QStringLiteral("E053"));
        QCOMPARE(codes(QStringLiteral("p63.2")).first(), QStringLiteral("P063.2"));
        QCOMPARE(codes(QStringLiteral("E1")).first(), QStringLiteral("E001"));
    }

    void departmentSearchFindsItsItems()
    {
        const QList<SearchHit> hits = m_search->search(QStringLiteral("区人社局"), 500);
        QVERIFY(hits.size() >= 10);
        for (const SearchHit& hit : hits)
            QVERIFY(hit.score == SearchHit::Department ||
                    hit.name.contains(QStringLiteral("人社")));
    }

    void wrongReadingsDoNotMatch()
    {
        for (const SearchHit& hit : m_search->search(QStringLiteral("yyyxkh")))
            QVERIFY(hit.name != QStringLiteral("预约银行开户"));
    }
};

QTEST_GUILESS_MAIN(TestSearchOverCatalog)
#include "TestSearchOverCatalog.moc"
