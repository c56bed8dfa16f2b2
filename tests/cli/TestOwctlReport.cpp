// owctl report daily as a supervisor runs it: a real hall database set up by owctl, the fixture
// hall's cases (tests/support/ReportFixture.h) written into it, owctl run as a process in Beijing
// time. The expected figures are the fixture's hand-counted answers.
#include "Database.h"
#include "ProgramRun.h"
#include "ReportFixture.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
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

class TestOwctlReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList as(const QString& user) const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user};
    }
    QJsonObject report(const QString& user, const QStringList& options)
    {
        const Run run = owctl(as(user) << QStringLiteral("report") << QStringLiteral("daily")
                                       << options << QStringLiteral("--json"),
                              Password);
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s", run.out.constData());
        return document.object();
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
                 {QStringLiteral("boss"), QStringLiteral("supervisor")}}) {
            const Run added =
                owctl(as(QStringLiteral("admin")) << QStringLiteral("user") << QStringLiteral("add")
                                                  << name << QStringLiteral("--role") << role,
                      Password, Password);
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        auto opened = Database::open(m_db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const SystemClock clock;
        AuditLog audit(*opened.value(), clock, QStringLiteral("XC01"), QStringLiteral("3"));
        const Status loaded =
            test::ReportFixture::load(*opened.value(), CalendarData::load().value(), audit);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    }

    void theHallsDay()
    {
        const QJsonObject r = report(QStringLiteral("boss"),
                                     {QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        QCOMPARE(r[QStringLiteral("date")].toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(r[QStringLiteral("cases")].toInt(), 8);
        QJsonArray hours;
        for (int hour = 0; hour < 24; ++hour)
            hours.append(hour == 8 || hour == 10 || hour == 16 ? 1
                         : hour == 9                           ? 3
                         : hour == 14                          ? 2
                                                               : 0);
        QCOMPARE(r[QStringLiteral("by_hour")].toArray(), hours);
        const QJsonObject decisions = r[QStringLiteral("decisions")].toObject();
        QCOMPARE(decisions[QStringLiteral("受理")].toInt(), 5);
        QCOMPARE(decisions[QStringLiteral("补正")].toInt(), 1);
        QCOMPARE(decisions[QStringLiteral("不予受理")].toInt(), 1);
        QCOMPARE(r[QStringLiteral("decision_rates")][QStringLiteral("受理")].toDouble(), 0.7143);
        const QJsonObject ratings = r[QStringLiteral("ratings")].toObject();
        QCOMPARE(ratings, (QJsonObject{{QStringLiteral("1"), 1},
                                       {QStringLiteral("2"), 1},
                                       {QStringLiteral("3"), 1},
                                       {QStringLiteral("4"), 1},
                                       {QStringLiteral("5"), 2}}));
        QCOMPARE(r[QStringLiteral("satisfaction")].toDouble(), 0.5);
        QCOMPARE(r[QStringLiteral("overdue")].toInt(), 1);
        QCOMPARE(r[QStringLiteral("assisted")].toInt(), 4);
        QCOMPARE(r[QStringLiteral("home_visits")].toObject(),
                 (QJsonObject{{QStringLiteral("booked"), 2},
                              {QStringLiteral("visited"), 1},
                              {QStringLiteral("cancelled"), 1}}));
        QCOMPARE(r[QStringLiteral("by_stage")].toObject(),
                 (QJsonObject{{QStringLiteral("P1"), 5}, {QStringLiteral("E1"), 3}}));
        QCOMPARE(r[QStringLiteral("handling_seconds")][QStringLiteral("median")].toInt(), 600);
        QCOMPARE(r[QStringLiteral("handling_seconds")][QStringLiteral("p90")].toInt(), 3600);
        const QJsonArray lines = r[QStringLiteral("plan")][QStringLiteral("lines")].toArray();
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0][QStringLiteral("lifecycle")].toString(), QStringLiteral("E"));
        QCOMPARE(lines[0][QStringLiteral("mode")].toString(), QStringLiteral("minimal"));
        QCOMPARE(lines[0][QStringLiteral("by_milestone")].toArray(), (QJsonArray{1, 1, 3}));
    }

    void oneWindowAndOneClerk()
    {
        const QJsonObject w =
            report(QStringLiteral("boss"), {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                            QStringLiteral("--window"), QStringLiteral("3")});
        QCOMPARE(w[QStringLiteral("window")].toInt(), 3);
        QCOMPARE(w[QStringLiteral("cases")].toInt(), 5);
        QCOMPARE(w[QStringLiteral("satisfaction")].toDouble(), 0.75);
        QCOMPARE(w[QStringLiteral("decisions")][QStringLiteral("不予受理")].toInt(), 0);
        // A visit has no window: null, present so that a reader need not guess.
        QVERIFY(w.contains(QStringLiteral("home_visits")));
        QVERIFY(w[QStringLiteral("home_visits")].isNull());
        const QJsonObject c = report(QStringLiteral("admin"), {QStringLiteral("--date=2026-11-20"),
                                                               QStringLiteral("--clerk=helper")});
        QCOMPARE(c[QStringLiteral("clerk")].toString(), QStringLiteral("helper"));
        QCOMPARE(c[QStringLiteral("cases")].toInt(), 3);
        QCOMPARE(c[QStringLiteral("satisfaction")].toDouble(), 0.0);
        QCOMPARE(c[QStringLiteral("assisted")].toInt(), 2);
        QCOMPARE(c[QStringLiteral("home_visits")].toObject(),
                 (QJsonObject{{QStringLiteral("booked"), 1},
                              {QStringLiteral("visited"), 0},
                              {QStringLiteral("cancelled"), 1}}));
    }

    void aDayWithoutRatingsHasNoSatisfaction()
    {
        const QJsonObject r = report(QStringLiteral("boss"),
                                     {QStringLiteral("--date"), QStringLiteral("2026-11-17")});
        QCOMPARE(r[QStringLiteral("cases")].toInt(), 1);
        QVERIFY(r[QStringLiteral("satisfaction")].isNull());
    }

    void refusedAndBadCommandLines()
    {
        const Run clerk = owctl(as(QStringLiteral("clerk"))
                                    << QStringLiteral("report") << QStringLiteral("daily")
                                    << QStringLiteral("--date") << QStringLiteral("2026-11-20")
                                    << QStringLiteral("--json"),
                                Password);
        QCOMPARE(clerk.exitCode, 4);
        QVERIFY2(clerk.err.contains("dashboard"), clerk.err.constData());
        QVERIFY(clerk.out.isEmpty());
        const Run badDate = owctl(as(QStringLiteral("boss"))
                                      << QStringLiteral("report") << QStringLiteral("daily")
                                      << QStringLiteral("--date") << QStringLiteral("2026-13-01")
                                      << QStringLiteral("--json"),
                                  Password);
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(badDate.err.contains("2026-13-01"), badDate.err.constData());
        const Run badWindow = owctl(as(QStringLiteral("boss"))
                                        << QStringLiteral("report") << QStringLiteral("daily")
                                        << QStringLiteral("--date=2026-11-20")
                                        << QStringLiteral("--window=x") << QStringLiteral("--json"),
                                    Password);
        QCOMPARE(badWindow.exitCode, 2);
        QVERIFY2(badWindow.err.contains("--window"), badWindow.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestOwctlReport)
#include "TestOwctlReport.moc"
