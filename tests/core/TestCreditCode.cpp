// CreditCode: unified social credit codes (GB 32100-2015). The check characters below were
// computed outside the code under test; the first by hand:
//   91350100M000100Y4 -> values 9 1 3 5 0 1 0 0 21 0 0 0 1 0 0 30 4, weights 1 3 9 27 19 26 16 17
//   20 29 25 13 8 24 10 30 28: 9+3+27+135+26+420+8+900+112 = 1640; 1640 mod 31 = 28;
//   31 - 28 = 3 -> check character '3'.
#include "validation/CreditCode.h"

#include <QTest>

using namespace ow;

using Verdict = CreditCodeCheck::Verdict;

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("company, by hand")
            << QStringLiteral("91350100M000100Y43") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("institution (1 机构编制)")
            << QStringLiteral("12100000400000624D") << QStringLiteral("12100000400000624D");
        QTest::newRow("social organisation (5 民政)")
            << QStringLiteral("52110000500021676T") << QStringLiteral("52110000500021676T");
        QTest::newRow("company (9 工商)")
            << QStringLiteral("91110000600037341L") << QStringLiteral("91110000600037341L");
        QTest::newRow("law firm (3 司法)")
            << QStringLiteral("31110000358366127H") << QStringLiteral("31110000358366127H");
        QTest::newRow("other (Y)")
            << QStringLiteral("Y1440300MA5DAAAA05") << QStringLiteral("Y1440300MA5DAAAA05");
        QTest::newRow("X inside, G check")
            << QStringLiteral("9144030071526726XG") << QStringLiteral("9144030071526726XG");
        QTest::newRow("check 31 becomes 0")
            << QStringLiteral("913201000000000280") << QStringLiteral("913201000000000280");
        QTest::newRow("check Y (30)")
            << QStringLiteral("91320100000000018Y") << QStringLiteral("91320100000000018Y");
        QTest::newRow("lower case")
            << QStringLiteral("91350100m000100y43") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("lower case other")
            << QStringLiteral("y1440300ma5daaaa05") << QStringLiteral("Y1440300MA5DAAAA05");
        QTest::newRow("whitespace around")
            << QStringLiteral(" \t91350100M000100Y43\n") << QStringLiteral("91350100M000100Y43");
        QTest::newRow("full-width") << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３")
                                    << QStringLiteral("91350100M000100Y43");
        QTest::newRow("full-width lower case")
            << QStringLiteral("９１３５０１００ｍ０００１００ｙ４３")
            << QStringLiteral("91350100M000100Y43");
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const CreditCodeCheck check = CreditCode::check(input);
        QVERIFY2(check.verdict == Verdict::Valid, qPrintable(check.message));
        QCOMPARE(check.normalized, normalized);
        QVERIFY(check.message.isEmpty());
        QCOMPARE(CreditCode::checkCharacter(normalized.left(17)), normalized.at(17));
    }

    // A wrong check character warns (early pilot codes exist) and names the right one.
    void warns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("message");
        QTest::newRow("4 for 3") << QStringLiteral("91350100M000100Y44")
                                 << QStringLiteral("91350100M000100Y44")
                                 << QStringLiteral("the check character should be 3, not 4");
        QTest::newRow("lower case, wrong check")
            << QStringLiteral("91350100m000100y4a") << QStringLiteral("91350100M000100Y4A")
            << QStringLiteral("the check character should be 3, not A");
        QTest::newRow("0 expected")
            << QStringLiteral("913201000000000281") << QStringLiteral("913201000000000281")
            << QStringLiteral("should be 0, not 1");
        QTest::newRow("transposed")
            << QStringLiteral("91350100M001000Y43") << QStringLiteral("91350100M001000Y43")
            << QStringLiteral("the check character should be");
        QTest::newRow("wrong type character")
            << QStringLiteral("92110000600037341L") << QStringLiteral("92110000600037341L")
            << QStringLiteral("the check character should be");
    }

    void warns()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, message);
        const CreditCodeCheck check = CreditCode::check(input);
        QCOMPARE(int(check.verdict), int(Verdict::Warned));
        QCOMPARE(check.normalized, normalized);
        QVERIFY2(check.message.contains(message), qPrintable(check.message));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("no credit code given");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("no credit code given");
        QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4")
                                       << QStringLiteral("18 characters expected, got 17");
        QTest::newRow("19 characters") << QStringLiteral("91350100M000100Y430")
                                       << QStringLiteral("18 characters expected, got 19");
        QTest::newRow("old organisation code")
            << QStringLiteral("M000100Y4") << QStringLiteral("18 characters expected, got 9");
        QTest::newRow("I") << QStringLiteral("91350100I000100Y43")
                           << QStringLiteral("the letter I (character 9) is never used");
        QTest::newRow("O") << QStringLiteral("91350100O000100Y43")
                           << QStringLiteral("the letter O (character 9) is never used");
        QTest::newRow("O for zero as check") << QStringLiteral("91320100000000028O")
                                             << QStringLiteral("the letter O (character 18)");
        QTest::newRow("Z") << QStringLiteral("Z1350100M000100Y43")
                           << QStringLiteral("the letter Z (character 1)");
        QTest::newRow("S") << QStringLiteral("91350100MS00100Y43")
                           << QStringLiteral("the letter S (character 10)");
        QTest::newRow("V") << QStringLiteral("91350100M000100V43")
                           << QStringLiteral("the letter V (character 16)");
        QTest::newRow("lower-case i")
            << QStringLiteral("91350100i000100y43") << QStringLiteral("the letter I (character 9)");
        QTest::newRow("dash") << QStringLiteral("91350100-M000100Y4")
                              << QStringLiteral("not '-' (character 9)");
        QTest::newRow("space inside") << QStringLiteral("913501 00M000100Y43")
                                      << QStringLiteral("no spaces inside (character 7)");
        QTest::newRow("Chinese") << QStringLiteral("91350100M000100Y4号")
                                 << QStringLiteral("not '号' (character 18)");
        QTest::newRow("control") << QStringLiteral("91350100M000100Y4\u0007")
                                 << QStringLiteral("U+0007");
    }

    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const CreditCodeCheck check = CreditCode::check(input);
        QCOMPARE(int(check.verdict), int(Verdict::Invalid));
        QVERIFY(check.normalized.isEmpty());
        QVERIFY2(check.message.contains(message), qPrintable(check.message));
    }

    // Of the 31 possible last characters exactly one is Valid; the other 30 warn.
    void exactlyOneCheckCharacterFits()
    {
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        QCOMPARE(alphabet.size(), 31);
        for (const QString& base :
             {QStringLiteral("91350100M000100Y4"), QStringLiteral("12100000400000624")}) {
            int valid = 0;
            int warned = 0;
            for (const QChar c : alphabet) {
                const Verdict verdict = CreditCode::check(base + c).verdict;
                valid += verdict == Verdict::Valid ? 1 : 0;
                warned += verdict == Verdict::Warned ? 1 : 0;
            }
            QCOMPARE(valid, 1);
            QCOMPARE(warned, 30);
        }
        QCOMPARE(CreditCode::checkCharacter(QStringLiteral("91350100M000100Y4")), QLatin1Char('3'));
        QVERIFY(CreditCode::checkCharacter(QStringLiteral("91350100I000100Y4")).isNull());
        QVERIFY(CreditCode::checkCharacter(QStringLiteral("91350100M000100Y")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "TestCreditCode.moc"
