#include "security/PersonalData.h"

#include <QTest>

using namespace ow;

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void masksIdNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("18 digits")
            << QStringLiteral("110105198001011234") << QStringLiteral("110105********1234");
        QTest::newRow("X check character")
            << QStringLiteral("11010519800101123X") << QStringLiteral("110105********123X");
        QTest::newRow("x check character")
            << QStringLiteral("11010519800101123x") << QStringLiteral("110105********123x");
        QTest::newRow("surrounding whitespace")
            << QStringLiteral("  370403199912310021\t") << QStringLiteral("370403********0021");
        QTest::newRow("15 digits")
            << QStringLiteral("110105800101123") << QStringLiteral("110105*****1123");
        QTest::newRow("9 characters") << QStringLiteral("E12345678") << QStringLiteral("*********");
        QTest::newRow("5 characters") << QStringLiteral("12345") << QStringLiteral("*****");
        QTest::newRow("one character") << QStringLiteral("7") << QStringLiteral("*");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("whitespace only") << QStringLiteral("   ") << QString();
        QTest::newRow("12 characters, odd length")
            << QStringLiteral("H12345678901") << QStringLiteral("********8901");
        QTest::newRow("17 characters, one missing")
            << QStringLiteral("11010519800101123") << QStringLiteral("*************1123");
    }

    void masksIdNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PersonalData::maskIdNumber(input), expected);
    }

    void masksPhones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString masked = QStringLiteral("138****5678");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << masked;
        QTest::newRow("mobile 199")
            << QStringLiteral("19912345678") << QStringLiteral("199****5678");
        QTest::newRow("+86 and spaces") << QStringLiteral("+86 138 1234 5678") << masked;
        QTest::newRow("+86 compact") << QStringLiteral("+8613812345678") << masked;
        QTest::newRow("86 and dashes") << QStringLiteral("86-138-1234-5678") << masked;
        QTest::newRow("0086") << QStringLiteral("0086 13812345678") << masked;
        QTest::newRow("(+86)") << QStringLiteral("(+86)13812345678") << masked;
        QTest::newRow("surrounding whitespace") << QStringLiteral(" 13812345678\n") << masked;
        QTest::newRow("landline with dash")
            << QStringLiteral("0632-1234567") << QStringLiteral("0632-***4567");
        QTest::newRow("landline in parentheses")
            << QStringLiteral("(0632)1234567") << QStringLiteral("0632-***4567");
        QTest::newRow("landline, spaced")
            << QStringLiteral("0632 - 1234567") << QStringLiteral("0632-***4567");
        QTest::newRow("Beijing 8 digits")
            << QStringLiteral("010-12345678") << QStringLiteral("010-****5678");
        QTest::newRow("landline without area code")
            << QStringLiteral("1234567") << QStringLiteral("***4567");
        QTest::newRow("not a mobile prefix")
            << QStringLiteral("12812345678") << QStringLiteral("*******5678");
        QTest::newRow("12 digits")
            << QStringLiteral("138123456789") << QStringLiteral("********6789");
        QTest::newRow("hotline") << QStringLiteral("400-820-8820")
                                 << QStringLiteral("***-***-8820");
        QTest::newRow("with words")
            << QStringLiteral("电话：13812345678") << QStringLiteral("电话：*******5678");
        QTest::newRow("extension")
            << QStringLiteral("0632-1234567-801") << QStringLiteral("****-******7-801");
        QTest::newRow("short number") << QStringLiteral("110") << QStringLiteral("110");
        QTest::newRow("no digits") << QStringLiteral("none") << QStringLiteral("none");
        QTest::newRow("empty") << QString() << QString();
    }

    void masksPhones()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PersonalData::maskPhone(input), expected);
    }

    void masksNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two characters") << QStringLiteral("张三") << QStringLiteral("张*");
        QTest::newRow("three characters") << QStringLiteral("李小龙") << QStringLiteral("李**");
        QTest::newRow("compound surname") << QStringLiteral("欧阳修") << QStringLiteral("欧**");
        QTest::newRow("compound surname, four")
            << QStringLiteral("司马相如") << QStringLiteral("司***");
        QTest::newRow("one character") << QStringLiteral("张") << QStringLiteral("张");
        QTest::newRow("name dot") << QStringLiteral("阿依古丽·买买提")
                                  << QStringLiteral("阿***·***");
        QTest::newRow("surrounding whitespace")
            << QStringLiteral(" 王五 ") << QStringLiteral("王*");
        // U+20000 (outside the BMP) counts as one character and is never split.
        QTest::newRow("rare character last")
            << QStringLiteral("张\U00020000") << QStringLiteral("张*");
        QTest::newRow("rare character first")
            << QStringLiteral("\U00020000三") << QStringLiteral("\U00020000*");
        QTest::newRow("latin") << QStringLiteral("John Smith") << QStringLiteral("J*** S****");
        QTest::newRow("latin hyphen and apostrophe")
            << QStringLiteral("Mary-Jane O'Brien") << QStringLiteral("M***-J*** O******");
        QTest::newRow("initials") << QStringLiteral("J. R. R. Tolkien")
                                  << QStringLiteral("J. R. R. T******");
        QTest::newRow("pinyin") << QStringLiteral("Zhang San") << QStringLiteral("Z**** S**");
        QTest::newRow("one letter") << QStringLiteral("Q") << QStringLiteral("Q");
        QTest::newRow("empty") << QString() << QString();
    }

    void masksNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PersonalData::maskName(input), expected);
    }

    void recognisesIdNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("expected");
        QTest::newRow("18 digits") << QStringLiteral("110105198001011234") << true;
        QTest::newRow("X") << QStringLiteral("11010519800101123X") << true;
        QTest::newRow("x") << QStringLiteral("11010519800101123x") << true;
        QTest::newRow("15 digits") << QStringLiteral("110105800101123") << true;
        QTest::newRow("padded") << QStringLiteral(" 110105198001011234 ") << true;
        QTest::newRow("X inside") << QStringLiteral("1101051980010X1234") << false;
        QTest::newRow("Y check") << QStringLiteral("11010519800101123Y") << false;
        QTest::newRow("16 digits") << QStringLiteral("1101051980010112") << false;
        QTest::newRow("19 characters") << QStringLiteral("11010519800101123X1") << false;
        QTest::newRow("15 with X") << QStringLiteral("11010580010112X") << false;
        QTest::newRow("mobile") << QStringLiteral("13812345678") << false;
        QTest::newRow("full-width digits")
            << QStringLiteral("１１０１０５１９８００１０１１２３４") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void recognisesIdNumbers()
    {
        QFETCH(QString, input);
        QFETCH(bool, expected);
        QCOMPARE(PersonalData::looksLikeIdNumber(input), expected);
    }

    void recognisesPhones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("expected");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << true;
        QTest::newRow("19x") << QStringLiteral("19912345678") << true;
        QTest::newRow("+86 spaced") << QStringLiteral("+86 138 1234 5678") << true;
        QTest::newRow("dashes") << QStringLiteral("138-1234-5678") << true;
        QTest::newRow("12x") << QStringLiteral("12812345678") << false;
        QTest::newRow("10 digits") << QStringLiteral("1381234567") << false;
        QTest::newRow("12 digits") << QStringLiteral("138123456789") << false;
        QTest::newRow("landline") << QStringLiteral("0632-1234567") << false;
        QTest::newRow("ID number") << QStringLiteral("110105198001011234") << false;
        QTest::newRow("letters") << QStringLiteral("1381234567a") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void recognisesPhones()
    {
        QFETCH(QString, input);
        QFETCH(bool, expected);
        QCOMPARE(PersonalData::looksLikePhone(input), expected);
    }

    // A masked value is never recognised again, so scrubbing a log twice changes nothing.
    void maskedValuesAreNotRecognised()
    {
        const QString id = QStringLiteral("11010519800101123X");
        const QString mobile = QStringLiteral("13812345678");
        QVERIFY(PersonalData::looksLikeIdNumber(id));
        QVERIFY(PersonalData::looksLikePhone(mobile));
        QVERIFY(!PersonalData::looksLikeIdNumber(PersonalData::maskIdNumber(id)));
        QVERIFY(!PersonalData::looksLikePhone(PersonalData::maskPhone(mobile)));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "TestPersonalData.moc"
