// IdNumber: resident ID numbers (GB 11643-1999) and ages. The check characters of the numbers
// below were computed independently of the code under test (ISO 7064 MOD 11-2 by hand or with a
// separate script); two are the examples printed in the standard itself.
#include "validation/IdNumber.h"

#include <QTest>

using namespace ow;

namespace {

// A fixed "today", so that the future-date rows do not age.
const QDate Today(2024, 6, 15);

} // namespace

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("sex");
        // 7*1+9*1+10*0+5*1+8*0+4*5+2*1+1*9+6*4+3*9+7*1+9*2+10*3+5*1+8*0+4*0+2*2 = 167,
        // 167 mod 11 = 2 -> X.
        QTest::newRow("GB 11643 example, X")
            << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << 2;
        QTest::newRow("GB 11643 example, born 1880")
            << QStringLiteral("440524188001010014") << QStringLiteral("440524188001010014")
            << QDate(1880, 1, 1) << 1;
        QTest::newRow("lower-case x")
            << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X")
            << QDate(1949, 12, 31) << 2;
        QTest::newRow("X check, female")
            << QStringLiteral("32010219850501108X") << QStringLiteral("32010219850501108X")
            << QDate(1985, 5, 1) << 2;
        QTest::newRow("X check, male")
            << QStringLiteral("32010219850501159x") << QStringLiteral("32010219850501159X")
            << QDate(1985, 5, 1) << 1;
        QTest::newRow("leap day 2000")
            << QStringLiteral("110105200002291235") << QStringLiteral("110105200002291235")
            << QDate(2000, 2, 29) << 1;
        QTest::newRow("before 1900")
            << QStringLiteral("110105189912310015") << QStringLiteral("110105189912310015")
            << QDate(1899, 12, 31) << 1;
        QTest::newRow("female, 1999")
            << QStringLiteral("370403199912310024") << QStringLiteral("370403199912310024")
            << QDate(1999, 12, 31) << 2;
        QTest::newRow("check 8") << QStringLiteral("110105198001011238")
                                 << QStringLiteral("110105198001011238") << QDate(1980, 1, 1) << 1;
        QTest::newRow("region 6") << QStringLiteral("632801195501012344")
                                  << QStringLiteral("632801195501012344") << QDate(1955, 1, 1) << 2;
        QTest::newRow("odd 9 is male")
            << QStringLiteral("510107197006157896") << QStringLiteral("510107197006157896")
            << QDate(1970, 6, 15) << 1;
        QTest::newRow("region 8, residence permit")
            << QStringLiteral("810000196501011110") << QStringLiteral("810000196501011110")
            << QDate(1965, 1, 1) << 1;
        QTest::newRow("region 7") << QStringLiteral("710000199909093332")
                                  << QStringLiteral("710000199909093332") << QDate(1999, 9, 9) << 1;
        QTest::newRow("born today") << QStringLiteral("110105202406150016")
                                    << QStringLiteral("110105202406150016") << Today << 1;
        QTest::newRow("whitespace around")
            << QStringLiteral("  440524188001010014\t\n") << QStringLiteral("440524188001010014")
            << QDate(1880, 1, 1) << 1;
        QTest::newRow("ideographic space around")
            << QStringLiteral("\u3000440524188001010014\u3000")
            << QStringLiteral("440524188001010014") << QDate(1880, 1, 1) << 1;
        QTest::newRow("full-width digits and X")
            << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")
            << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << 2;
        QTest::newRow("full-width lower-case x")
            << QStringLiteral("１１０１０５１９４９１２３１００２ｘ")
            << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << 2;
        QTest::newRow("old form, female")
            << QStringLiteral("110105491231002") << QStringLiteral("110105491231002")
            << QDate(1949, 12, 31) << 2;
        QTest::newRow("old form, male, padded")
            << QStringLiteral(" 440524800101001 ") << QStringLiteral("440524800101001")
            << QDate(1980, 1, 1) << 1;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(int, sex);
        const IdNumberCheck check = IdNumber::check(input, Today);
        QVERIFY2(check.valid, qPrintable(check.message));
        QCOMPARE(check.normalized, normalized);
        QCOMPARE(check.birthDate, birth);
        QCOMPARE(check.sex, sex);
        QCOMPARE(check.regionCode, normalized.left(6));
        // The normalized form is accepted as it is.
        QVERIFY(IdNumber::check(check.normalized, Today).valid);
        if (normalized.size() == 15)
            QVERIFY2(check.message.contains(QStringLiteral("old 15-digit form")),
                     qPrintable(check.message));
        else
            QVERIFY2(check.message.isEmpty(), qPrintable(check.message));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("no ID number given");
        QTest::newRow("whitespace only")
            << QStringLiteral(" \t ") << QStringLiteral("no ID number given");
        QTest::newRow("17 characters") << QStringLiteral("11010519491231002")
                                       << QStringLiteral("18 characters expected, got 17");
        QTest::newRow("19 characters") << QStringLiteral("1101051949123100201")
                                       << QStringLiteral("18 characters expected, got 19");
        QTest::newRow("16 characters") << QStringLiteral("1101051949123100")
                                       << QStringLiteral("18 characters expected, got 16");
        QTest::newRow("17 characters ending in X")
            << QStringLiteral("1101051949123100X")
            << QStringLiteral("18 characters expected, got 17");
        QTest::newRow("check should be X")
            << QStringLiteral("110105194912310023")
            << QStringLiteral("the check character should be X, not 3");
        QTest::newRow("check should be X, not 1")
            << QStringLiteral("110105194912310021")
            << QStringLiteral("the check character should be X, not 1");
        QTest::newRow("check should be 8")
            << QStringLiteral("11010519800101123X")
            << QStringLiteral("the check character should be 8, not X");
        QTest::newRow("check should be 4")
            << QStringLiteral("440524188001010015")
            << QStringLiteral("the check character should be 4, not 5");
        QTest::newRow("transposed digits") << QStringLiteral("440524188001100014")
                                           << QStringLiteral("the check character should be");
        QTest::newRow("1900 is no leap year")
            << QStringLiteral("110105190002290012")
            << QStringLiteral("the birth date 19000229 does not exist");
        QTest::newRow("30 February") << QStringLiteral("110105202302300010")
                                     << QStringLiteral("the birth date 20230230 does not exist");
        QTest::newRow("29 February 2023")
            << QStringLiteral("110105202302290019")
            << QStringLiteral("the birth date 20230229 does not exist");
        QTest::newRow("month 13") << QStringLiteral("110105198013010017")
                                  << QStringLiteral("the birth date 19801301 does not exist");
        QTest::newRow("day 00") << QStringLiteral("110105198001000017")
                                << QStringLiteral("the birth date 19800100 does not exist");
        QTest::newRow("year 0000") << QStringLiteral("110105000001010017")
                                   << QStringLiteral("the birth date 00000101 does not exist");
        QTest::newRow("tomorrow") << QStringLiteral("110105202406160011")
                                  << QStringLiteral("the birth date 20240616 is after today");
        QTest::newRow("2030") << QStringLiteral("110105203001010017")
                              << QStringLiteral("the birth date 20300101 is after today");
        QTest::newRow("region 0") << QStringLiteral("010105198001011234")
                                  << QStringLiteral("the region code 010105 does not exist");
        QTest::newRow("region 9") << QStringLiteral("910105198001011234")
                                  << QStringLiteral("it must start with 1 to 8");
        QTest::newRow("letter inside")
            << QStringLiteral("1101051980A1011234")
            << QStringLiteral("only digits and a final X are allowed, not 'A' (character 11)");
        QTest::newRow("Y as check")
            << QStringLiteral("11010519491231002Y")
            << QStringLiteral("only digits and a final X are allowed, not 'Y' (character 18)");
        QTest::newRow("X inside") << QStringLiteral("1101051980X1011234")
                                  << QStringLiteral("X may only be the last (check) character");
        QTest::newRow("x first") << QStringLiteral("x10105198001011238")
                                 << QStringLiteral("not character 1");
        QTest::newRow("space inside") << QStringLiteral("110105 19491231002X")
                                      << QStringLiteral("no spaces inside (character 7)");
        QTest::newRow("dash inside")
            << QStringLiteral("110105-19491231002X") << QStringLiteral("not '-' (character 7)");
        QTest::newRow("control character")
            << QStringLiteral("1101051949123100\u0001X") << QStringLiteral("not U+0001");
        // An emoji is one character (two UTF-16 units): positions count characters.
        QTest::newRow("emoji") << QStringLiteral("11010519491231002\U0001F600")
                               << QStringLiteral("(character 18)");
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X") << QStringLiteral("only digits");
        QTest::newRow("Chinese numerals") << QStringLiteral("一一〇一〇五一九四九一二三一〇〇二X")
                                          << QStringLiteral("only digits");
        QTest::newRow("old form with X")
            << QStringLiteral("11010549123100X") << QStringLiteral("only digits, no X");
        QTest::newRow("old form, 30 February")
            << QStringLiteral("110105490230002")
            << QStringLiteral("the birth date 19490230 does not exist");
        QTest::newRow("old form, region 0")
            << QStringLiteral("010105491231002") << QStringLiteral("region code 010105");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const IdNumberCheck check = IdNumber::check(input, Today);
        QVERIFY(!check.valid);
        QVERIFY2(check.message.contains(message), qPrintable(check.message));
        QVERIFY(check.normalized.isEmpty());
        QVERIFY(!check.birthDate.isValid());
        QCOMPARE(check.sex, 0);
        QVERIFY(check.regionCode.isEmpty());
    }

    // Of the 11 possible last characters exactly one is right.
    void exactlyOneCheckCharacterFits()
    {
        const QStringList bases = {QStringLiteral("11010519491231002"),
                                   QStringLiteral("44052418800101001"),
                                   QStringLiteral("37040319991231002")};
        for (const QString& base : bases) {
            int fits = 0;
            for (const QChar c : QStringLiteral("0123456789X")) {
                const bool valid = IdNumber::check(base + c, Today).valid;
                fits += valid ? 1 : 0;
                QCOMPARE(valid, c == IdNumber::checkCharacter(base));
            }
            QCOMPARE(fits, 1);
        }
        QCOMPARE(IdNumber::checkCharacter(QStringLiteral("11010519491231002")), QLatin1Char('X'));
        QCOMPARE(IdNumber::checkCharacter(QStringLiteral("44052418800101001")), QLatin1Char('4'));
        QVERIFY(IdNumber::checkCharacter(QStringLiteral("1101051949123100")).isNull());
        QVERIFY(IdNumber::checkCharacter(QStringLiteral("1101051949123100A")).isNull());
    }

    // Without a valid "today" there is nothing to compare a birth date with.
    void invalidTodaySkipsTheFutureRule()
    {
        QVERIFY(IdNumber::check(QStringLiteral("110105203001010017"), Today)
                    .message.contains(QStringLiteral("after today")));
        const IdNumberCheck check = IdNumber::check(QStringLiteral("110105203001010017"), QDate());
        QVERIFY(!check.message.contains(QStringLiteral("after today")));
    }

    void ageOn_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        QTest::newRow("birthday today") << QDate(1980, 6, 15) << QDate(2024, 6, 15) << 44;
        QTest::newRow("day before birthday") << QDate(1980, 6, 15) << QDate(2024, 6, 14) << 43;
        QTest::newRow("day after birthday") << QDate(1980, 6, 15) << QDate(2024, 6, 16) << 44;
        QTest::newRow("month before") << QDate(1980, 6, 15) << QDate(2024, 5, 20) << 43;
        QTest::newRow("born today") << QDate(2024, 6, 15) << QDate(2024, 6, 15) << 0;
        QTest::newRow("new year's eve baby") << QDate(1999, 12, 31) << QDate(2000, 1, 1) << 0;
        QTest::newRow("before 1900") << QDate(1880, 1, 1) << QDate(2024, 6, 15) << 144;
        // 29 February: in a common year the birthday is 28 February (the month's last day).
        QTest::newRow("Feb 29, common year, Feb 27")
            << QDate(2000, 2, 29) << QDate(2001, 2, 27) << 0;
        QTest::newRow("Feb 29, common year, Feb 28")
            << QDate(2000, 2, 29) << QDate(2001, 2, 28) << 1;
        QTest::newRow("Feb 29, common year, Mar 1") << QDate(2000, 2, 29) << QDate(2001, 3, 1) << 1;
        QTest::newRow("Feb 29, 2023, Feb 28") << QDate(2000, 2, 29) << QDate(2023, 2, 28) << 23;
        QTest::newRow("Feb 29, leap year, Feb 28") << QDate(2000, 2, 29) << QDate(2004, 2, 28) << 3;
        QTest::newRow("Feb 29, leap year, Feb 29") << QDate(2000, 2, 29) << QDate(2004, 2, 29) << 4;
        QTest::newRow("Feb 28 birth, leap year") << QDate(2001, 2, 28) << QDate(2004, 2, 28) << 3;
        QTest::newRow("Feb 28 birth, Feb 29") << QDate(2001, 2, 28) << QDate(2004, 2, 29) << 3;
        QTest::newRow("60 today") << QDate(1964, 6, 15) << QDate(2024, 6, 15) << 60;
        QTest::newRow("60 tomorrow") << QDate(1964, 6, 16) << QDate(2024, 6, 15) << 59;
        QTest::newRow("day before birth") << QDate(2024, 6, 15) << QDate(2024, 6, 14) << -1;
        QTest::newRow("invalid birth") << QDate() << QDate(2024, 6, 15) << -1;
        QTest::newRow("invalid day") << QDate(1980, 1, 1) << QDate() << -1;
    }

    void ageOn()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, day);
        QFETCH(int, age);
        QCOMPARE(IdNumber::ageOn(birth, day), age);
    }

    void isElderly()
    {
        QVERIFY(!IdNumber::isElderly(-1));
        QVERIFY(!IdNumber::isElderly(0));
        QVERIFY(!IdNumber::isElderly(59));
        QVERIFY(IdNumber::isElderly(60));
        QVERIFY(IdNumber::isElderly(61));
        QVERIFY(IdNumber::isElderly(144));
        // From an ID number: 60 on the day, not the day before.
        const IdNumberCheck sixty = IdNumber::check(QStringLiteral("110105196406150018"), Today);
        QVERIFY2(sixty.valid, qPrintable(sixty.message));
        QVERIFY(IdNumber::isElderly(IdNumber::ageOn(sixty.birthDate, Today)));
        const IdNumberCheck almost = IdNumber::check(QStringLiteral("110105196406160013"), Today);
        QVERIFY2(almost.valid, qPrintable(almost.message));
        QCOMPARE(IdNumber::ageOn(almost.birthDate, Today), 59);
        QVERIFY(!IdNumber::isElderly(IdNumber::ageOn(almost.birthDate, Today)));
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "TestIdNumber.moc"
