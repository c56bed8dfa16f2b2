#include "ProgramRun.h"
#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::test::ProgramRun;

Run onewindow(const QStringList& arguments, const QString& password = QString())
{
    return ow::test::runProgram(
        QStringLiteral("app/onewindow"), arguments,
        {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
         {QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/ow-xdg-test")},
         {QStringLiteral("ONEWINDOW_PASSWORD"), password}});
}

} // namespace

// The GUI program as a smoke test and a start-up benchmark run it.
class TestOnewindowStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void startsPaintsAndExits()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui.sqlite"));
        const Run run =
            onewindow({QStringLiteral("--db"), path, QStringLiteral("--exit-after-startup")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(path)); // the demo catalog was set up on first start
    }

    void signsInWithTheUserOptionAndRefusesAWrongPassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("hall.sqlite"));
        QProcess owctl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OWCTL_PASSWORD"), QStringLiteral("Counter2026ok"));
        owctl.setProcessEnvironment(environment);
        owctl.start(ow::test::binaryPath(QStringLiteral("app/cli/owctl")),
                    {QStringLiteral("--db"), path, QStringLiteral("init"),
                     QStringLiteral("--center"), QStringLiteral("XC01"),
                     QStringLiteral("--center-name"), QStringLiteral("测试中心"),
                     QStringLiteral("--window"), QStringLiteral("1"), QStringLiteral("--admin"),
                     QStringLiteral("admin")});
        QVERIFY(owctl.waitForFinished(60000));
        QCOMPARE(owctl.exitCode(), 0);
        const QStringList arguments = {QStringLiteral("--db"), path, QStringLiteral("--user"),
                                       QStringLiteral("admin"),
                                       QStringLiteral("--exit-after-startup")};
        QCOMPARE(onewindow(arguments, QStringLiteral("Counter2026ok")).exitCode, 0);
        const Run wrong = onewindow(arguments, QStringLiteral("wrong-pass-11"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("Wrong user name or password") ||
                     wrong.err.contains("用户名或密码错误"),
                 wrong.err.constData());
        QVERIFY(!wrong.err.contains("wrong-pass-11"));
    }

    void startsInEnglishOnRequest()
    {
        const Run run =
            onewindow({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("en.sqlite")),
                       QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--exit-after-startup")});
        QCOMPARE(run.exitCode, 0);
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frob")} << QByteArray("frob");
        QTest::newRow("bad language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QByteArray("\"fr\"");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("extra")} << QByteArray("extra");
        QTest::newRow("db missing value")
            << QStringList{QStringLiteral("--db")} << QByteArray("--db needs a file path");
    }

    void badArgumentsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const Run run = onewindow(arguments << QStringLiteral("--exit-after-startup"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }

    void unusableDatabaseExits1WithItsName()
    {
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xff\xd8\xff\xe0 not a database");
        file.close();
        const Run run =
            onewindow({QStringLiteral("--db"), path, QStringLiteral("--exit-after-startup")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    }

    // The database is opened on a worker thread while the sign-in window is built (issue 11):
    // a database the program must refuse still ends the start with its message, before any
    // window, and is left as it was.
    void newerDatabaseIsRefusedBeforeAnyWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1331120462"))); // OWIN
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 9999")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE later (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const Run run = onewindow({QStringLiteral("--db"), path, QStringLiteral("--lang"),
                                   QStringLiteral("en"), QStringLiteral("--exit-after-startup")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("has schema version 9999") && run.err.contains(path.toUtf8()),
                 run.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestOnewindowStartup)
#include "TestOnewindowStartup.moc"
