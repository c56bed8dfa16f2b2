// owctl's accounts and audit commands, and the role matrix as owctl enforces it: real processes,
// real database files, passwords through the environment as a script would give them.
#include "ProgramRun.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Password = QStringLiteral("Counter2026ok");

using Run = ow::test::ProgramRun;

Run owctl(const QStringList& arguments, const QString& password = QString(),
          const QString& newPassword = QString())
{
    return ow::test::runProgram(QStringLiteral("app/cli/owctl"), arguments,
                                {{QStringLiteral("OWCTL_PASSWORD"), password},
                                 {QStringLiteral("OWCTL_NEW_PASSWORD"), newPassword}});
}

} // namespace

class TestOwctlAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QStringList as(const QString& user) const { return db() << QStringLiteral("--user") << user; }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("hall.sqlite"));
        const Run weak = owctl(db() << QStringLiteral("init") << QStringLiteral("--center")
                                    << QStringLiteral("XC01") << QStringLiteral("--center-name")
                                    << QStringLiteral("薛城区政务服务中心")
                                    << QStringLiteral("--window") << QStringLiteral("3")
                                    << QStringLiteral("--admin") << QStringLiteral("admin"),
                               QStringLiteral("admin123"));
        QCOMPARE(weak.exitCode, 1);
        QVERIFY2(weak.err.contains("common passwords"), weak.err.constData());
        const Run init = owctl(db() << QStringLiteral("init") << QStringLiteral("--center")
                                    << QStringLiteral("XC01") << QStringLiteral("--center-name")
                                    << QStringLiteral("薛城区政务服务中心")
                                    << QStringLiteral("--window") << QStringLiteral("3")
                                    << QStringLiteral("--admin") << QStringLiteral("admin")
                                    << QStringLiteral("--admin-name") << QStringLiteral("王管理"),
                               Password);
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains("set up XC01"), init.out.constData());
        for (const auto& [name, role] : QList<QPair<QString, QString>>{
                 {QStringLiteral("clerk"), QStringLiteral("clerk")},
                 {QStringLiteral("helper"), QStringLiteral("assisted")},
                 {QStringLiteral("boss"), QStringLiteral("supervisor")}}) {
            const Run added =
                owctl(as(QStringLiteral("admin")) << QStringLiteral("user") << QStringLiteral("add")
                                                  << name << QStringLiteral("--role") << role,
                      Password, Password);
            QCOMPARE(added.exitCode, 0);
        }
    }

    void initAgainIsIdempotentButNotAnotherHall()
    {
        const QStringList same = db() << QStringLiteral("init") << QStringLiteral("--center")
                                      << QStringLiteral("XC01") << QStringLiteral("--center-name")
                                      << QStringLiteral("x") << QStringLiteral("--window")
                                      << QStringLiteral("3") << QStringLiteral("--admin")
                                      << QStringLiteral("admin");
        QCOMPARE(owctl(same, Password).exitCode, 0);
        QStringList other = same;
        other[other.indexOf(QStringLiteral("XC01"))] = QStringLiteral("XC02");
        const Run refused = owctl(other, Password);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("already set up for XC01"));
        const Run bad = owctl(db() << QStringLiteral("init") << QStringLiteral("--center")
                                   << QStringLiteral("XC01"));
        QCOMPARE(bad.exitCode, 2);
    }

    void roleMatrixThroughOwctl_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        const QStringList list = {QStringLiteral("user"), QStringLiteral("list"),
                                  QStringLiteral("--json")};
        const QStringList exportLog = {QStringLiteral("audit"), QStringLiteral("export"),
                                       QStringLiteral("--json")};
        const QStringList verify = {QStringLiteral("audit"), QStringLiteral("verify")};
        const QStringList search = {QStringLiteral("catalog"), QStringLiteral("search"),
                                    QStringLiteral("gjj"), QStringLiteral("--json")};
        const QList<QPair<QString, QList<int>>> users = {{QStringLiteral("clerk"), {4, 4, 4, 0}},
                                                         {QStringLiteral("helper"), {4, 4, 4, 0}},
                                                         {QStringLiteral("boss"), {4, 0, 0, 0}},
                                                         {QStringLiteral("admin"), {0, 0, 0, 0}}};
        for (const auto& [user, codes] : users) {
            QTest::addRow("%s user list", qPrintable(user)) << user << list << codes.at(0);
            QTest::addRow("%s audit export", qPrintable(user)) << user << exportLog << codes.at(1);
            QTest::addRow("%s audit verify", qPrintable(user)) << user << verify << codes.at(2);
            QTest::addRow("%s catalog search", qPrintable(user)) << user << search << codes.at(3);
        }
    }

    void roleMatrixThroughOwctl()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        const Run run = owctl(as(user) + command, Password);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 4) {
            QVERIFY2(run.err.contains("may not"), run.err.constData());
            QCOMPARE(run.err.count('\n'), 1);
        }
    }

    void needsAUserAndTheRightPassword()
    {
        const Run anonymous = owctl(db() << QStringLiteral("user") << QStringLiteral("list"));
        QCOMPARE(anonymous.exitCode, 4);
        QVERIFY(anonymous.err.contains("--user"));
        const Run wrong =
            owctl(as(QStringLiteral("boss")) << QStringLiteral("audit") << QStringLiteral("verify"),
                  QStringLiteral("not-the-password-1"));
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY(wrong.err.contains("Wrong user name or password"));
        const Run noTerminal = owctl(as(QStringLiteral("boss"))
                                     << QStringLiteral("audit") << QStringLiteral("verify"));
        QCOMPARE(noTerminal.exitCode, 1);
        QVERIFY(noTerminal.err.contains("OWCTL_PASSWORD"));
    }

    void fiveWrongPasswordsLockTheAccount()
    {
        QVERIFY(owctl(as(QStringLiteral("admin"))
                          << QStringLiteral("user") << QStringLiteral("add")
                          << QStringLiteral("victim") << QStringLiteral("--role")
                          << QStringLiteral("clerk"),
                      Password, Password)
                    .exitCode == 0);
        for (int i = 0; i < 5; ++i)
            owctl(as(QStringLiteral("victim")) << QStringLiteral("user") << QStringLiteral("list"),
                  QStringLiteral("bad-pass-99"));
        const Run locked =
            owctl(as(QStringLiteral("victim")) << QStringLiteral("user") << QStringLiteral("list"),
                  Password);
        QCOMPARE(locked.exitCode, 4);
        QVERIFY2(locked.err.contains("locked until"), locked.err.constData());
        const Run list =
            owctl(as(QStringLiteral("admin")) << QStringLiteral("user") << QStringLiteral("list")
                                              << QStringLiteral("--json"),
                  Password);
        bool sawLocked = false;
        for (const QJsonValue& user : QJsonDocument::fromJson(list.out).array())
            sawLocked =
                sawLocked || (user[QStringLiteral("name")].toString() == QStringLiteral("victim") &&
                              user[QStringLiteral("locked")].toBool());
        QVERIFY(sawLocked);
    }

    void auditExportFiltersAndRecordsItself()
    {
        const Run run = owctl(as(QStringLiteral("boss"))
                                  << QStringLiteral("audit") << QStringLiteral("export")
                                  << QStringLiteral("--from") << QStringLiteral("2020-01-01")
                                  << QStringLiteral("--json"),
                              Password);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(run.out).array();
        QVERIFY(records.size() >= 5);
        const QJsonObject first = records.first().toObject();
        QCOMPARE(first.value(QStringLiteral("sequence")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("hall_set_up"));
        QCOMPARE(first.value(QStringLiteral("center")).toString(), QStringLiteral("XC01"));
        QVERIFY(!run.out.contains(Password.toUtf8()));
        const Run future = owctl(as(QStringLiteral("boss"))
                                     << QStringLiteral("audit") << QStringLiteral("export")
                                     << QStringLiteral("--from") << QStringLiteral("2099-01-01")
                                     << QStringLiteral("--json"),
                                 Password);
        QCOMPARE(QJsonDocument::fromJson(future.out).array().size(), 0);
        const Run badDate = owctl(as(QStringLiteral("boss"))
                                      << QStringLiteral("audit") << QStringLiteral("export")
                                      << QStringLiteral("--from") << QStringLiteral("2026-13-01")
                                      << QStringLiteral("--json"),
                                  Password);
        QCOMPARE(badDate.exitCode, 2);
        const Run verify =
            owctl(as(QStringLiteral("boss")) << QStringLiteral("audit") << QStringLiteral("verify"),
                  Password);
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.out.contains("intact"));
    }

    void idleLockIsAnAdministratorsSetting()
    {
        const QStringList set = {QStringLiteral("workstation"), QStringLiteral("set"),
                                 QStringLiteral("--idle-lock"), QStringLiteral("10")};
        QCOMPARE(owctl(as(QStringLiteral("boss")) + set, Password).exitCode, 4);
        QCOMPARE(owctl(as(QStringLiteral("admin")) + set, Password).exitCode, 0);
        const Run shown = owctl(db() << QStringLiteral("workstation") << QStringLiteral("show"));
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("idle lock 10 minutes"), shown.out.constData());
        const Run tooLong = owctl(as(QStringLiteral("admin"))
                                      << QStringLiteral("workstation") << QStringLiteral("set")
                                      << QStringLiteral("--idle-lock") << QStringLiteral("500"),
                                  Password);
        QCOMPARE(tooLong.exitCode, 2);
    }

    void demoUsersArePrintedOnce()
    {
        const QString demoDb = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run first = owctl(
            {QStringLiteral("--db"), demoDb, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains("DEMO"));
        for (const char* name : {"demo-admin", "demo-clerk", "demo-assisted", "demo-supervisor"})
            QVERIFY2(first.out.contains(name), name);
        // The printed password works.
        const QList<QByteArray> lines = first.out.split('\n');
        QString adminPassword;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && words.at(0) == "demo-admin")
                adminPassword = QString::fromLatin1(words.at(1));
        }
        QCOMPARE(adminPassword.size(), 12);
        const Run list = owctl({QStringLiteral("--db"), demoDb, QStringLiteral("--user"),
                                QStringLiteral("demo-admin"), QStringLiteral("user"),
                                QStringLiteral("list"), QStringLiteral("--json")},
                               adminPassword);
        QCOMPARE(list.exitCode, 0);
        for (const QJsonValue& user : QJsonDocument::fromJson(list.out).array())
            QVERIFY(user[QStringLiteral("demo")].toBool());
        const Run second = owctl(
            {QStringLiteral("--db"), demoDb, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains("exist already"));
        QVERIFY(!second.out.contains(adminPassword.toLatin1()));
        // A real hall's database never gets demo users.
        const Run refused = owctl(db() << QStringLiteral("init") << QStringLiteral("--demo"));
        QCOMPARE(refused.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestOwctlAccounts)
#include "TestOwctlAccounts.moc"
