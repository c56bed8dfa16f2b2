// owctl visit list as a helper runs it: a hall set up by owctl, an appointment booked through the
// repository the screen uses, the list printed masked — to the assisted-service role only, with a
// clear message for a bad date or state.
#include "Database.h"
#include "ProgramRun.h"
#include "access/AccountService.h"
#include "cases/HomeVisitRepository.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using Run = ow::test::ProgramRun;

namespace {

const QString Password = QStringLiteral("Counter2026ok");

Run owctl(const QStringList& arguments, const QString& password = QString(),
          const QString& newPassword = QString())
{
    return ow::test::runProgram(QStringLiteral("app/cli/owctl"), arguments,
                                {{QStringLiteral("OWCTL_PASSWORD"), password},
                                 {QStringLiteral("OWCTL_NEW_PASSWORD"), newPassword},
                                 {QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai")},
                                 {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
}

} // namespace

class TestOwctlVisit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QDate m_day;

    QStringList as(const QString& user) const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user};
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_db = m_dir.filePath(QStringLiteral("hall.sqlite"));
        const Run init =
            owctl({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--center"),
                   QStringLiteral("XC01"), QStringLiteral("--center-name"),
                   QStringLiteral("薛城区政务服务中心"), QStringLiteral("--window"),
                   QStringLiteral("3"), QStringLiteral("--admin"), QStringLiteral("admin")},
                  Password);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        for (const auto& [name, role] : QList<QPair<QString, QString>>{
                 {QStringLiteral("clerk"), QStringLiteral("clerk")},
                 {QStringLiteral("helper"), QStringLiteral("assisted")}}) {
            const Run added =
                owctl(as(QStringLiteral("admin")) << QStringLiteral("user") << QStringLiteral("add")
                                                  << name << QStringLiteral("--role") << role,
                      Password, Password);
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        auto opened = Database::open(m_db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const SystemClock clock;
        AccountService accounts(*opened.value(), clock);
        HomeVisitRepository visits(*opened.value(), clock, accounts);
        m_day = clock.now().toLocalTime().date().addDays(1);
        HomeVisit v;
        v.applicantIdentifier = QStringLiteral("11010519491231002X");
        v.applicantName = QStringLiteral("张三");
        v.phone = QStringLiteral("13812345678");
        v.address = QStringLiteral("薛城区临山路 12 号 3 单元 402 室");
        v.reason = HomeVisit::Reason::Ill;
        v.itemCodes = {QStringLiteral("P082")};
        v.date = m_day;
        v.slotStart = QTime(14, 0);
        v.slotEnd = QTime(15, 30);
        v.staff = QStringLiteral("helper");
        const Result<HomeVisit> booked =
            visits.book(accounts.signIn(QStringLiteral("helper"), Password).value(), v);
        QVERIFY2(booked.ok(), qPrintable(booked.error()));
    }

    void theDaysVisitsMasked()
    {
        const Run run = owctl(as(QStringLiteral("helper"))
                                  << QStringLiteral("visit") << QStringLiteral("list")
                                  << QStringLiteral("--date") << m_day.toString(Qt::ISODate)
                                  << QStringLiteral("--json"),
                              Password);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray visits = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(visits.size(), 1);
        const QJsonObject v = visits.first().toObject();
        QCOMPARE(v[QStringLiteral("applicant")].toString(), QStringLiteral("张*"));
        QCOMPARE(v[QStringLiteral("id_number")].toString(), QStringLiteral("110105********002X"));
        QCOMPARE(v[QStringLiteral("phone")].toString(), QStringLiteral("138****5678"));
        QCOMPARE(v[QStringLiteral("from")].toString(), QStringLiteral("14:00"));
        QCOMPARE(v[QStringLiteral("reason")].toString(), QStringLiteral("ill"));
        QCOMPARE(v[QStringLiteral("state")].toString(), QStringLiteral("booked"));
        QVERIFY(v[QStringLiteral("case")].isNull());
        QVERIFY(!run.out.contains("19491231"));
        QVERIFY(!run.out.contains("13812345678"));

        // The text form, and another state or day: nothing.
        const Run text = owctl(as(QStringLiteral("helper"))
                                   << QStringLiteral("visit") << QStringLiteral("list")
                                   << QStringLiteral("--date") << m_day.toString(Qt::ISODate),
                               Password);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("14:00"));
        QVERIFY(!text.out.contains("19491231"));
        const Run visited = owctl(as(QStringLiteral("helper"))
                                      << QStringLiteral("visit") << QStringLiteral("list")
                                      << QStringLiteral("--date") << m_day.toString(Qt::ISODate)
                                      << QStringLiteral("--state") << QStringLiteral("visited")
                                      << QStringLiteral("--json"),
                                  Password);
        QCOMPARE(QJsonDocument::fromJson(visited.out).array().size(), 0);
    }

    void onlyTheAssistedServiceRoleAndClearMessages()
    {
        const Run clerk = owctl(as(QStringLiteral("clerk"))
                                    << QStringLiteral("visit") << QStringLiteral("list")
                                    << QStringLiteral("--date") << m_day.toString(Qt::ISODate),
                                Password);
        QCOMPARE(clerk.exitCode, 4);
        QVERIFY(clerk.out.isEmpty());
        const Run badDate = owctl(as(QStringLiteral("helper"))
                                      << QStringLiteral("visit") << QStringLiteral("list")
                                      << QStringLiteral("--date") << QStringLiteral("2026-13-01"),
                                  Password);
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains("--date takes a date YYYY-MM-DD, got '2026-13-01'"));
        const Run badState = owctl(as(QStringLiteral("helper"))
                                       << QStringLiteral("visit") << QStringLiteral("list")
                                       << QStringLiteral("--date") << m_day.toString(Qt::ISODate)
                                       << QStringLiteral("--state") << QStringLiteral("done"),
                                   Password);
        QCOMPARE(badState.exitCode, 2);
        QVERIFY(badState.err.contains("--state takes booked, visited, cancelled or all"));
        const Run noDate =
            owctl(as(QStringLiteral("helper")) << QStringLiteral("visit") << QStringLiteral("list"),
                  Password);
        QCOMPARE(noDate.exitCode, 2);
        QVERIFY(noDate.err.contains("needs --date"));
    }
};

QTEST_MAIN(TestOwctlVisit)
#include "TestOwctlVisit.moc"
