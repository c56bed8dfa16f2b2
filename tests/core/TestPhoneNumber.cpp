// PhoneNumber: an applicant's mainland mobile or landline number, normalized; service numbers,
// hotlines and malformed numbers refused with a message that says what is wrong.
#include "validation/PhoneNumber.h"

#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(PhoneCheck::Kind)

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<PhoneCheck::Kind>("kind");
        QTest::addColumn<QString>("normalized");
        const QString mobile = QStringLiteral("13812345678");
        QTest::newRow("mobile") << mobile << PhoneCheck::Mobile << mobile;
        QTest::newRow("mobile 19x")
            << QStringLiteral("19912345678") << PhoneCheck::Mobile << QStringLiteral("19912345678");
        QTest::newRow("mobile 13x, 14x, 15x, 16x, 17x: 14")
            << QStringLiteral("14700001111") << PhoneCheck::Mobile << QStringLiteral("14700001111");
        QTest::newRow("mobile 16x")
            << QStringLiteral("16612345678") << PhoneCheck::Mobile << QStringLiteral("16612345678");
        QTest::newRow("+86") << QStringLiteral("+8613812345678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("+86 spaced")
            << QStringLiteral("+86 138 1234 5678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("86") << QStringLiteral("8613812345678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("0086") << QStringLiteral("0086 13812345678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("(+86)") << QStringLiteral("(+86)13812345678") << PhoneCheck::Mobile
                               << mobile;
        QTest::newRow("+86-dashes")
            << QStringLiteral("+86-138-1234-5678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("dashes") << QStringLiteral("138-1234-5678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("spaces") << QStringLiteral("138 1234 5678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("whitespace around")
            << QStringLiteral("\t 13812345678 \n") << PhoneCheck::Mobile << mobile;
        QTest::newRow("full-width digits")
            << QStringLiteral("１３８１２３４５６７８") << PhoneCheck::Mobile << mobile;
        QTest::newRow("full-width dashes and +")
            << QStringLiteral("＋８６－１３８－１２３４－５６７８") << PhoneCheck::Mobile << mobile;
        QTest::newRow("em dash") << QStringLiteral("138—1234—5678") << PhoneCheck::Mobile << mobile;
        QTest::newRow("4-digit area code") << QStringLiteral("0632-1234567") << PhoneCheck::Landline
                                           << QStringLiteral("0632-1234567");
        QTest::newRow("4-digit area, 8 digits")
            << QStringLiteral("0632-12345678") << PhoneCheck::Landline
            << QStringLiteral("0632-12345678");
        QTest::newRow("parentheses") << QStringLiteral("(0632)12345678") << PhoneCheck::Landline
                                     << QStringLiteral("0632-12345678");
        QTest::newRow("full-width parentheses")
            << QStringLiteral("（０６３２）１２３４５６７") << PhoneCheck::Landline
            << QStringLiteral("0632-1234567");
        QTest::newRow("parentheses and space")
            << QStringLiteral("( 0632 ) 1234567") << PhoneCheck::Landline
            << QStringLiteral("0632-1234567");
        QTest::newRow("Beijing") << QStringLiteral("010-12345678") << PhoneCheck::Landline
                                 << QStringLiteral("010-12345678");
        QTest::newRow("Shanghai, spaced") << QStringLiteral("021 6543 2100") << PhoneCheck::Landline
                                          << QStringLiteral("021-65432100");
        QTest::newRow("Beijing 4-4") << QStringLiteral("010-6552-1234") << PhoneCheck::Landline
                                     << QStringLiteral("010-65521234");
        QTest::newRow("written together, 3-digit area")
            << QStringLiteral("01012345678") << PhoneCheck::Landline
            << QStringLiteral("010-12345678");
        QTest::newRow("written together, 4-digit area")
            << QStringLiteral("06321234567") << PhoneCheck::Landline
            << QStringLiteral("0632-1234567");
        QTest::newRow("spaced dash") << QStringLiteral("0632 - 1234567") << PhoneCheck::Landline
                                     << QStringLiteral("0632-1234567");
        QTest::newRow("extension with dash")
            << QStringLiteral("0632-1234567-123") << PhoneCheck::Landline
            << QStringLiteral("0632-1234567-123");
        QTest::newRow("extension with 转")
            << QStringLiteral("0632-1234567转801") << PhoneCheck::Landline
            << QStringLiteral("0632-1234567-801");
        QTest::newRow("extension with spaced 转")
            << QStringLiteral("010-12345678 转 8") << PhoneCheck::Landline
            << QStringLiteral("010-12345678-8");
        QTest::newRow("parentheses and extension")
            << QStringLiteral("(0632)1234567-123456") << PhoneCheck::Landline
            << QStringLiteral("0632-1234567-123456");
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(PhoneCheck::Kind, kind);
        QFETCH(QString, normalized);
        const PhoneCheck check = PhoneNumber::check(input);
        QVERIFY2(check.valid, qPrintable(check.message));
        QCOMPARE(check.kind, kind);
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.message.isEmpty());
        const PhoneCheck again = PhoneNumber::check(check.normalized);
        QVERIFY(again.valid);
        QCOMPARE(again.normalized, normalized);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("no phone number given");
        QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("no phone number given");
        QTest::newRow("10 digits") << QStringLiteral("1381234567")
                                   << QStringLiteral("a mobile number has 11 digits, got 10");
        QTest::newRow("12 digits") << QStringLiteral("138123456789")
                                   << QStringLiteral("a mobile number has 11 digits, got 12");
        QTest::newRow("+86, 10 digits")
            << QStringLiteral("+86 1381234567") << QStringLiteral("got 10");
        QTest::newRow("starts 12") << QStringLiteral("12812345678")
                                   << QStringLiteral("mobile numbers start with 13 to 19, not 12");
        QTest::newRow("starts 11") << QStringLiteral("11012345678")
                                   << QStringLiteral("mobile numbers start with 13 to 19, not 11");
        QTest::newRow("12345") << QStringLiteral("12345")
                               << QStringLiteral("12345 is a service number");
        QTest::newRow("95588") << QStringLiteral("95588")
                               << QStringLiteral("95588 is a service number");
        QTest::newRow("110") << QStringLiteral("110") << QStringLiteral("110 is a service number");
        QTest::newRow("10086") << QStringLiteral("10086") << QStringLiteral("service number");
        QTest::newRow("400 hotline")
            << QStringLiteral("400-820-8820") << QStringLiteral("400 and 800 numbers");
        QTest::newRow("800 hotline")
            << QStringLiteral("8008208820") << QStringLiteral("company hotlines");
        QTest::newRow("two digits") << QStringLiteral("12") << QStringLiteral("too short");
        QTest::newRow("without area code")
            << QStringLiteral("1234567") << QStringLiteral("mobile number has 11 digits");
        QTest::newRow("local only")
            << QStringLiteral("6552 1234") << QStringLiteral("a landline needs its area code");
        QTest::newRow("letters") << QStringLiteral("1381234567a")
                                 << QStringLiteral("not 'a' (character 11)");
        QTest::newRow("words") << QStringLiteral("电话13812345678")
                               << QStringLiteral("not '电' (character 1)");
        QTest::newRow("mobile with extension")
            << QStringLiteral("13812345678转12")
            << QStringLiteral("a mobile number has no extension");
        QTest::newRow("other country")
            << QStringLiteral("+1 415 555 0100") << QStringLiteral("the country code must be +86");
        QTest::newRow("+86 landline")
            << QStringLiteral("+86 632 1234567") << QStringLiteral("after +86 only a mobile");
        QTest::newRow("+ inside") << QStringLiteral("138+12345678")
                                  << QStringLiteral("+ may only stand at the start");
        QTest::newRow("area code 063")
            << QStringLiteral("063-1234567") << QStringLiteral("the area code 063 does not exist");
        QTest::newRow("area code 0100")
            << QStringLiteral("0100-1234567")
            << QStringLiteral("four-digit area codes start with 03 to 09");
        QTest::newRow("area code 0") << QStringLiteral("0-1234567")
                                     << QStringLiteral("an area code has 3 or 4 digits, got 1");
        QTest::newRow("area code in parentheses without 0")
            << QStringLiteral("(632)1234567") << QStringLiteral("an area code starts with 0");
        QTest::newRow("area code only")
            << QStringLiteral("0632")
            << QStringLiteral("the local number after the area code is missing");
        QTest::newRow("6-digit local")
            << QStringLiteral("0632-123456")
            << QStringLiteral("the local number after the area code has 7 or 8 digits, got 6");
        QTest::newRow("9-digit local")
            << QStringLiteral("010-123456789") << QStringLiteral("7 or 8 digits, got 9");
        QTest::newRow("local starting 0") << QStringLiteral("0632-0234567")
                                          << QStringLiteral("a local number does not start with 0");
        QTest::newRow("5-digit local")
            << QStringLiteral("010-12345") << QStringLiteral("7 or 8 digits, got 5");
        QTest::newRow("long extension") << QStringLiteral("0632-1234567-1234567")
                                        << QStringLiteral("an extension has 1 to 6 digits, got 7");
        QTest::newRow("empty extension after 转")
            << QStringLiteral("0632-1234567转")
            << QStringLiteral("the extension after 转 must be 1 to 6 digits");
        QTest::newRow("nothing before 转")
            << QStringLiteral("转123") << QStringLiteral("before 转 is missing");
        QTest::newRow("two extensions")
            << QStringLiteral("0632-1234567-12转34") << QStringLiteral("two extensions");
        QTest::newRow("too many groups")
            << QStringLiteral("0632-1234567-12-34") << QStringLiteral("too many groups");
        QTest::newRow("parentheses misplaced")
            << QStringLiteral("0632(1234567)")
            << QStringLiteral("parentheses may only enclose the area code");
        QTest::newRow("only separators") << QStringLiteral("- ( )") << QStringLiteral("no digits");
        QTest::newRow("ID number") << QStringLiteral("110105194912310021")
                                   << QStringLiteral("a mobile number has 11 digits");
        QTest::newRow("9 digits from 5")
            << QStringLiteral("512345678") << QStringLiteral("9 digits make neither");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const PhoneCheck check = PhoneNumber::check(input);
        QVERIFY(!check.valid);
        QCOMPARE(check.kind, PhoneCheck::None);
        QVERIFY(check.normalized.isEmpty());
        QVERIFY2(check.message.contains(message), qPrintable(check.message));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
