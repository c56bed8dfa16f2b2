// 帮办代办 / 绿色通道: which kinds of assisted service a case had (60 and over on the day it was
// received, a disability certificate, an agent) and the counts a supervisor reads by kind.
#include "cases/AssistedService.h"

#include <QTest>

using namespace ow;

namespace {

Case caseOf(const QDate& birth, bool disabled, bool agent,
            Applicant::Kind kind = Applicant::Kind::Person)
{
    Case c;
    c.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
    c.applicant.kind = kind;
    c.applicant.birthDate = birth;
    c.applicant.disabled = disabled;
    if (agent)
        c.agent = Agent{QStringLiteral("李四"), QStringLiteral("440106198001010012"),
                        QStringLiteral("13900000000"), QStringLiteral("授权委托书")};
    return c;
}

} // namespace

class TestAssistedService : public QObject
{
    Q_OBJECT

private slots:
    void kindsOfACase_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("disabled");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<int>("kinds");
        const int none = 0;
        QTest::newRow("59, no help") << QDate(1967, 12, 1) << false << false << none;
        QTest::newRow("60 on the day")
            << QDate(1966, 11, 30) << false << false << int(AssistedService::Elderly);
        QTest::newRow("60 tomorrow") << QDate(1966, 12, 1) << false << false << none;
        QTest::newRow("disabled") << QDate(1990, 1, 1) << true << false
                                  << int(AssistedService::Disabled);
        QTest::newRow("agent only")
            << QDate(1990, 1, 1) << false << true << int(AssistedService::Agent);
        QTest::newRow("elderly with an agent")
            << QDate(1940, 5, 5) << false << true
            << int(AssistedService::Elderly | AssistedService::Agent);
    }

    void kindsOfACase()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, disabled);
        QFETCH(bool, agent);
        QFETCH(int, kinds);
        QCOMPARE(AssistedService::kindsOf(caseOf(birth, disabled, agent)), kinds);
    }

    void anEnterpriseIsNeverElderly()
    {
        // A credit code has no birth date; only its agent counts.
        QCOMPARE(
            AssistedService::kindsOf(caseOf(QDate(), false, true, Applicant::Kind::Enterprise)),
            int(AssistedService::Agent));
    }

    void countsByKind()
    {
        Case storedGreen = caseOf(QDate(), false, false);
        storedGreen.greenChannel = true; // decided at intake: counted as such
        const AssistedService::Counts counts = AssistedService::count(
            {caseOf(QDate(1940, 5, 5), false, true), caseOf(QDate(1990, 1, 1), true, false),
             caseOf(QDate(1990, 1, 1), false, false), caseOf(QDate(1990, 1, 1), false, true),
             storedGreen});
        AssistedService::Counts expected;
        expected.cases = 5;
        expected.assisted = 4;
        expected.greenChannel = 3;
        expected.elderly = 1;
        expected.disabled = 1;
        expected.agent = 2;
        QCOMPARE(counts, expected);
    }
};

QTEST_GUILESS_MAIN(TestAssistedService)
#include "TestAssistedService.moc"
