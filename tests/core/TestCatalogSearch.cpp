#include "search/CatalogSearch.h"

#include <QTest>

using namespace ow;

namespace {

const char* const Readings = "公\tgong\n积\tji\n金\tjin\n提\tti,di\n取\tqu\n缴\tjiao\n存\tcun\n"
                             "登\tdeng\n记\tji\n单\tdan,shan\n位\twei\n机\tji\n动\tdong\n"
                             "车\tche,ju\n注\tzhu\n销\txiao\n区\tqu,ou\n人\tren\n社\tshe\n"
                             "局\tju\n失\tshi\n业\tye\n保\tbao\n险\txian\n";

Departments departments(const QString& district)
{
    return Departments{{QStringLiteral("市人社局")}, {}, {district}, {}};
}

Catalog smallCatalog()
{
    Item e001{QStringLiteral("E001"),
              1,
              QStringLiteral("住房公积金单位缴存登记"),
              QStringLiteral("公共服务"),
              departments(QStringLiteral("区公积金中心")),
              {}};
    Item e002{QStringLiteral("E002"),
              2,
              QStringLiteral("机动车登记"),
              QStringLiteral("行政许可"),
              departments(QStringLiteral("区公安局")),
              {SubItem{QStringLiteral("E002.1"), QStringLiteral("机动车注销登记"),
                       QStringLiteral("行政许可"), departments(QStringLiteral("区公安局"))},
               SubItem{QStringLiteral("E002.2"), QStringLiteral("机动车抵押登记"),
                       QStringLiteral("行政许可"), departments(QStringLiteral("区公安局"))}}};
    Item e003{QStringLiteral("E003"),
              3,
              QStringLiteral("公积金提取"),
              QStringLiteral("公共服务"),
              departments(QStringLiteral("区公积金中心")),
              {}};
    Item e004{QStringLiteral("E004"),
              4,
              QStringLiteral("失业保险金申领"),
              QStringLiteral("行政给付"),
              departments(QStringLiteral("区人社局")),
              {}};
    Scene scene{QStringLiteral("E1.1"),
                QStringLiteral("1.1"),
                QStringLiteral("场景"),
                {e001, e002, e003, e004}};
    Stage stage{QStringLiteral("E1"), 1, QStringLiteral("阶段"), {scene}};
    return Catalog({Lifecycle{QStringLiteral("E"), QStringLiteral("企业全生命周期"), {stage}}});
}

} // namespace

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private:
    PinyinTable m_table = PinyinTable::fromTsv(Readings, QByteArray()).value();
    CatalogSearch m_search{m_table};

    QStringList codes(const QString& query, int limit = 50) const
    {
        QStringList result;
        for (const SearchHit& hit : m_search.search(query, limit))
            result.append(hit.code);
        return result;
    }

private slots:
    void initTestCase() { m_search.setCatalog(smallCatalog()); }

    void canonicalCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << QStringLiteral("e053") << QStringLiteral("E053");
        QTest::newRow("short") << QStringLiteral("p63") << QStringLiteral("P063");
        QTest::newRow("sub-item") << QStringLiteral("p63.2") << QStringLiteral("P063.2");
        QTest::newRow("zeros") << QStringLiteral("e0001.01") << QStringLiteral("E001.1");
        QTest::newRow("not a code") << QStringLiteral("x12") << QString();
        QTest::newRow("too long") << QStringLiteral("e1234") << QString();
    }

    void canonicalCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QCOMPARE(CatalogSearch::canonicalCode(typed), code);
    }

    void exactCodeComesFirst()
    {
        const QList<SearchHit> hits = m_search.search(QStringLiteral("E2.1"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().code, QStringLiteral("E002.1"));
        QCOMPARE(hits.first().score, int(SearchHit::ExactCode));
        QCOMPARE(hits.first().kind, SearchHit::Kind::SubItem);
        QCOMPARE(codes(QStringLiteral("Ｅ００３")).first(), QStringLiteral("E003"));
    }

    void rankingFollowsTheAgreedOrder()
    {
        // 公积金: E003 starts with it (name prefix), E001 contains it.
        QCOMPARE(codes(QStringLiteral("公积金")),
                 (QStringList{QStringLiteral("E003"), QStringLiteral("E001")}));
        const QList<SearchHit> hits = m_search.search(QStringLiteral("公积金"));
        QCOMPARE(hits.at(0).score, int(SearchHit::NamePrefix));
        QCOMPARE(hits.at(1).score, int(SearchHit::NameContains));
        // Initials: E003 (prefix) before E001 (inside).
        const QList<SearchHit> initials = m_search.search(QStringLiteral("gjj"));
        QCOMPARE(initials.at(0).code, QStringLiteral("E003"));
        QCOMPARE(initials.at(0).score, int(SearchHit::InitialsPrefix));
        QCOMPARE(initials.at(1).score, int(SearchHit::InitialsContains));
        QCOMPARE(m_search.search(QStringLiteral("gongjijin")).first().score,
                 int(SearchHit::PinyinPrefix));
    }

    void subItemsFollowTheirItem()
    {
        QCOMPARE(codes(QStringLiteral("机动车")),
                 (QStringList{QStringLiteral("E002"), QStringLiteral("E002.1"),
                              QStringLiteral("E002.2")}));
        // Only a sub-item matches: it still stands alone, with its item code known.
        const QList<SearchHit> hits = m_search.search(QStringLiteral("注销"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().code, QStringLiteral("E002.1"));
        QCOMPARE(hits.first().itemCode, QStringLiteral("E002"));
    }

    void partsInAnotherOrderStillFind()
    {
        // 提取 + 公积金 typed the other way round: found, below every in-order match.
        const QList<SearchHit> hits = m_search.search(QStringLiteral("tqgjj"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().code, QStringLiteral("E003"));
        QCOMPARE(hits.first().score, int(SearchHit::PartsInAnyOrder));
        QCOMPARE(m_search.search(QStringLiteral("提取公积金")).first().code,
                 QStringLiteral("E003"));
    }

    void shortChineseTermsWork()
    {
        QCOMPARE(codes(QStringLiteral("失业")), QStringList{QStringLiteral("E004")});
        QCOMPARE(codes(QStringLiteral("公积")).size(), 2);
        QCOMPARE(codes(QStringLiteral("车")).size(), 3);
    }

    void departmentsComeLast()
    {
        const QList<SearchHit> hits = m_search.search(QStringLiteral("区人社局"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().code, QStringLiteral("E004"));
        QCOMPARE(hits.first().score, int(SearchHit::Department));
        QCOMPARE(hits.first().department, QStringLiteral("区人社局"));
        // 市人社局 is on every item: all of them, by department.
        QCOMPARE(codes(QStringLiteral("市人社局")).size(), 6);
    }

    void limitIsRespected()
    {
        QCOMPARE(codes(QStringLiteral("市人社局"), 2).size(), 2);
        QVERIFY(m_search.search(QStringLiteral("公积金"), 0).isEmpty());
    }

    void anyTextIsAQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("10000 chars") << QString(10000, QChar(u'公'));
        QTest::newRow("10000 latin") << QString(10000, QLatin1Char('g'));
        QTest::newRow("quotes") << QStringLiteral("\"'`");
        QTest::newRow("percent") << QStringLiteral("%");
        QTest::newRow("underscore") << QStringLiteral("_");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE item; --");
        QTest::newRow("select") << QStringLiteral("SELECT * FROM item WHERE 1=1");
        QTest::newRow("emoji") << QStringLiteral("😀🎉");
        QTest::newRow("full-width") << QStringLiteral("ＧＪＪ％＿＊");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
        QTest::newRow("regex") << QStringLiteral("(.*)[a-z]+\\");
        QTest::newRow("nul") << QString(QChar(0));
    }

    void anyTextIsAQuery()
    {
        QFETCH(QString, query);
        const QList<SearchHit> hits = m_search.search(query);
        for (const SearchHit& hit : hits)
            QVERIFY(hit.score > 0);
        QVERIFY(hits.size() <= 50);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "TestCatalogSearch.moc"
