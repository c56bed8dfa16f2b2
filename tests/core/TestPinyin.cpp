#include "search/PinyinMatcher.h"
#include "search/PinyinTable.h"
#include "search/SearchText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ow;

namespace {

// A small table in the shipped format: enough characters for the cases below.
const char* const Readings = "# test readings\n"
                             "公\tgong\n积\tji\n金\tjin\n提\tti,di\n取\tqu\n"
                             "预\tyu\n约\tyue\n银\tyin\n行\txing,hang\n开\tkai\n户\thu\n"
                             "重\tzhong,chong\n度\tdu\n长\tchang,zhang\n期\tqi\n"
                             "中\tzhong\n山\tshan\n安\tan\n";
const char* const Phrases = "# test phrases\n银行\tyin hang\n";

PinyinTable table()
{
    Result<PinyinTable> result = PinyinTable::fromTsv(Readings, Phrases);
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return std::move(result).value();
}

} // namespace

class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void normalizesSearchText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full-width code") << QStringLiteral("Ｅ０５３") << QStringLiteral("e053");
        QTest::newRow("spaces and case")
            << QStringLiteral(" Gong Ji  Jin ") << QStringLiteral("gongjijin");
        QTest::newRow("apostrophe") << QStringLiteral("xi'an") << QStringLiteral("xian");
        QTest::newRow("full-width parens")
            << QStringLiteral("公司（企业）") << QStringLiteral("公司(企业)");
        QTest::newRow("emoji dropped") << QStringLiteral("公积金😀") << QStringLiteral("公积金");
        QTest::newRow("control dropped") << QStringLiteral("a\u0001b") << QStringLiteral("ab");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizesSearchText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::normalize(input), expected);
    }

    void capsTheLength()
    {
        const QString huge(10000, QLatin1Char('a'));
        QCOMPARE(SearchText::normalize(huge).size(), SearchText::MaxQueryLength);
    }

    void readsInContext()
    {
        const PinyinTable pinyin = table();
        QCOMPARE(pinyin.pinyin(QStringLiteral("预约银行开户")),
                 QStringLiteral("yu yue yin hang kai hu"));
        QCOMPARE(pinyin.initials(QStringLiteral("预约银行开户")), QStringLiteral("yyyhkh"));
        QCOMPARE(pinyin.pinyin(QStringLiteral("行")), QStringLiteral("xing")); // default alone
        QCOMPARE(pinyin.initials(QStringLiteral("公积金A1")), QStringLiteral("gjj"));
        QCOMPARE(pinyin.readingsOf(QChar(u'行')).size(), 2);
        QCOMPARE(pinyin.characterCount(), 18);
        QCOMPARE(pinyin.phraseCount(), 1);
    }

    void refusesDamagedTables_data()
    {
        QTest::addColumn<QByteArray>("readings");
        QTest::addColumn<QByteArray>("phrases");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no tab") << QByteArray("公 gong\n") << QByteArray()
                                << QStringLiteral("line 1");
        QTest::newRow("latin key")
            << QByteArray("a\tgong\n") << QByteArray() << QStringLiteral("line 1");
        QTest::newRow("tone marks")
            << QByteArray("# c\n公\tgōng\n") << QByteArray() << QStringLiteral("line 2");
        QTest::newRow("empty table")
            << QByteArray("# only a comment\n") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("phrase count") << QByteArray("公\tgong\n") << QByteArray("银行\tyin\n")
                                      << QStringLiteral("phrases, line 1");
    }

    void refusesDamagedTables()
    {
        QFETCH(QByteArray, readings);
        QFETCH(QByteArray, phrases);
        QFETCH(QString, expected);
        const Result<PinyinTable> result = PinyinTable::fromTsv(readings, phrases);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }

    void matchesEveryWayOfTyping_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("position");
        using K = PinyinMatcher::Kind;
        const QString gjj = QStringLiteral("公积金提取");
        QTest::newRow("chinese") << gjj << QStringLiteral("积金") << int(K::Chinese) << 1;
        QTest::newRow("full pinyin")
            << gjj << QStringLiteral("gongjijin") << int(K::FullPinyin) << 0;
        QTest::newRow("typing") << gjj << QStringLiteral("gongj") << int(K::FullPinyin) << 0;
        QTest::newRow("initials") << gjj << QStringLiteral("gjj") << int(K::Initials) << 0;
        QTest::newRow("initials inside") << gjj << QStringLiteral("jjtq") << int(K::Initials) << 1;
        QTest::newRow("mixed hanzi+initials")
            << gjj << QStringLiteral("公积金tq") << int(K::Initials) << 0;
        QTest::newRow("mixed full+initials")
            << gjj << QStringLiteral("gjjtiqu") << int(K::Initials) << 0;
        QTest::newRow("context reading")
            << QStringLiteral("预约银行开户") << QStringLiteral("yyyhkh") << int(K::Initials) << 0;
        QTest::newRow("wrong reading")
            << QStringLiteral("预约银行开户") << QStringLiteral("yyyxkh") << int(K::None) << -1;
        QTest::newRow("zh initial")
            << QStringLiteral("重度") << QStringLiteral("zhd") << int(K::Initials) << 0;
        QTest::newRow("z initial")
            << QStringLiteral("重度") << QStringLiteral("zd") << int(K::Initials) << 0;
        QTest::newRow("no match") << gjj << QStringLiteral("xyz") << int(K::None) << -1;
        QTest::newRow("vowel syllable")
            << QStringLiteral("中山安") << QStringLiteral("zsa") << int(K::Initials) << 0;
        QTest::newRow("latin in name")
            << QStringLiteral("a1公积金") << QStringLiteral("a1gjj") << int(K::Initials) << 0;
    }

    void matchesEveryWayOfTyping()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(int, kind);
        QFETCH(int, position);
        const PinyinTable pinyin = table();
        const QString normalizedName = SearchText::normalize(name);
        const QList<PinyinTable::Syllable> syllables = pinyin.readingsInContext(normalizedName);
        const QString normalizedQuery = SearchText::normalize(query);
        const PinyinMatcher matcher(pinyin, normalizedQuery);
        const PinyinMatcher::Match match = matcher.find(normalizedName, syllables.constData());
        QCOMPARE(int(match.kind), kind);
        QCOMPARE(match.position, position);
    }

    void pathologicalQueriesStayFast()
    {
        const PinyinTable pinyin = table();
        const QString name = QString(40, QChar(u'安'));
        const QList<PinyinTable::Syllable> syllables = pinyin.readingsInContext(name);
        const QString query =
            SearchText::normalize(QString(63, QLatin1Char('a')) + QLatin1Char('x'));
        const PinyinMatcher matcher(pinyin, query);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(int(matcher.find(name, syllables.constData()).kind),
                 int(PinyinMatcher::Kind::None));
        QVERIFY2(timer.elapsed() < 200, "the failure memo keeps the search polynomial");
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "TestPinyin.moc"
