#include "cases/CaseNumber.h"

#include <QTest>

using namespace ow;

class TestCaseNumber : public QObject
{
    Q_OBJECT

private slots:
    void formatsAndParses()
    {
        const CaseNumber number{QStringLiteral("XC01"), 3, QDate(2026, 11, 30), 7};
        QCOMPARE(number.text(), QStringLiteral("XC01-03-20261130-0007"));
        const std::optional<CaseNumber> parsed =
            CaseNumber::parse(QStringLiteral(" xc01-03-20261130-0007 "));
        QVERIFY(parsed);
        QCOMPARE(parsed->text(), number.text());
        const CaseNumber big{QStringLiteral("DEMO"), 120, QDate(2026, 1, 2), 12345};
        QCOMPARE(big.text(), QStringLiteral("DEMO-120-20260102-12345"));
    }

    void refusesMalformedNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no date") << QStringLiteral("XC01-03-0007");
        QTest::newRow("bad date") << QStringLiteral("XC01-03-20260230-0007");
        QTest::newRow("window 0") << QStringLiteral("XC01-00-20261130-0007");
        QTest::newRow("sequence 0") << QStringLiteral("XC01-03-20261130-0000");
        QTest::newRow("injection") << QStringLiteral("XC01-03-20261130-0007' OR 1=1");
    }

    void refusesMalformedNumbers()
    {
        QFETCH(QString, text);
        QVERIFY(!CaseNumber::parse(text));
    }

    void checkCodeIsStableAndTellsCasesApart()
    {
        const QString number = QStringLiteral("XC01-03-20261130-0007");
        const QString a =
            CaseNumber::checkCode(QStringLiteral("6f1c2a0e-1111-4b6e-9a51-000000000001"), number);
        QCOMPARE(a.size(), 6);
        QCOMPARE(
            CaseNumber::checkCode(QStringLiteral("6f1c2a0e-1111-4b6e-9a51-000000000001"), number),
            a);
        QVERIFY(CaseNumber::checkCode(QStringLiteral("6f1c2a0e-1111-4b6e-9a51-000000000002"),
                                      number) != a);
    }

    void qrPayloadRoundTrips()
    {
        const QString payload = CaseNumber::qrPayload(QStringLiteral("uuid-1"),
                                                      QStringLiteral("XC01-03-20261130-0007"));
        QVERIFY(payload.startsWith(QStringLiteral("OW1|XC01-03-20261130-0007|")));
        QCOMPARE(CaseNumber::numberFromQrPayload(payload),
                 std::optional<QString>(QStringLiteral("XC01-03-20261130-0007")));
        QVERIFY(!CaseNumber::numberFromQrPayload(QStringLiteral("https://example.invalid/")));
        QVERIFY(!CaseNumber::numberFromQrPayload(QStringLiteral("OW1|nonsense|123456")));
    }
};

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "TestCaseNumber.moc"
