// The central login's password is kept out of plain configuration: in the system keychain where
// a desktop session offers one, else in the owner-only file beside the database. CI has no
// keychain daemon, so this proves the fallback (no session; a session whose keychain cannot be
// reached) and that the password lands nowhere else: not in QSettings, not in the database, not
// on the console.
#include "ProgramRun.h"
#include "SyncTestBed.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

using namespace ow;
using namespace ow::test;

namespace {

const QString Secret = QStringLiteral("Zentral-Geheim-7731");

// Every file under folder whose bytes contain the secret.
QStringList filesHolding(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(Secret.toUtf8()))
            found.append(QFileInfo(file).fileName());
    }
    return found;
}

} // namespace

class TestCentralPassword : public QObject
{
    Q_OBJECT

private slots:
    void withoutADesktopSessionTheOwnerOnlyFileKeepsIt()
    {
        QTemporaryDir dir;
        qputenv("DBUS_SESSION_BUS_ADDRESS", "");
        QVERIFY(!CentralSettings::keychainReachable());
        CentralSettings settings =
            CentralSettings::fromUrl(QStringLiteral("postgresql://ow_xc01@db.example:5433/ow"))
                .value();
        const QString database = dir.filePath(QStringLiteral("w.sqlite"));
        QString problem;
        const auto stored = settings.storePassword(database, Secret, &problem);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored.value(), CentralSettings::PasswordStore::File);
        QVERIFY2(problem.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), qPrintable(problem));
        const QString file = CentralSettings::passwordFileFor(database);
        QCOMPARE(QFileInfo(file).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadUser | QFileDevice::WriteUser);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("db.example:5433:ow:ow_xc01:") + Secret.toUtf8() + '\n');

        // A round reads it from there: libpq is pointed at the file, the password stays out of
        // the settings object (and so out of every message built from it).
        QString cache;
        settings.useStoredPassword(database, cache);
        QVERIFY(settings.password.isEmpty());
        QVERIFY(cache.isEmpty());
        QVERIFY(settings.options.join(u';').contains(QStringLiteral("passfile='%1'").arg(file)));
        QVERIFY(!settings.displayUrl().contains(Secret));

        // Bad input is refused with the reason, and nothing is written.
        QVERIFY(!settings.storePassword(database, QString()).ok());
        QVERIFY(!settings.storePassword(database, QStringLiteral("a\nb")).ok());
    }

    void anUnreachableKeychainFallsBackToTheFile()
    {
        QTemporaryDir dir;
        // A session bus address where no bus listens: the keychain is asked and cannot answer.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                QByteArray("unix:path=") + QFile::encodeName(dir.filePath(QStringLiteral("none"))));
        QVERIFY(CentralSettings::keychainReachable());
        const CentralSettings settings =
            CentralSettings::fromUrl(QStringLiteral("postgresql://ow_xc02@127.0.0.1:1/ow")).value();
        const QString database = dir.filePath(QStringLiteral("w.sqlite"));
        QString problem;
        const auto stored = settings.storePassword(database, Secret, &problem);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored.value(), CentralSettings::PasswordStore::File);
        QVERIFY(!problem.isEmpty());
        QVERIFY(!problem.contains(Secret));
        QVERIFY(QFileInfo::exists(CentralSettings::passwordFileFor(database)));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "");
    }

    void owctlSavesItOutsideSettingsDatabaseAndConsole()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        QString path;
        {
            Workstation w(dir.path(), QStringLiteral("XC01"), 1, CentralSettings{});
            path = w.path();
        }
        const ProgramRun run = runProgram(
            QStringLiteral("app/cli/owctl"),
            {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--central"),
             QStringLiteral("postgresql://ow_xc01@127.0.0.1:1/ow?connect_timeout=2"),
             QStringLiteral("--save-password")},
            {{QStringLiteral("OWCTL_CENTRAL_PASSWORD"), Secret},
             {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()},
             {QStringLiteral("HOME"), home.path()},
             {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}});
        QVERIFY(run.exitCode != 0); // nothing listens on port 1: the round fails, saying so
        QVERIFY2(run.err.contains("readable by its owner only"), run.err.constData());
        QVERIFY2(run.err.contains("Cannot reach the central store"), run.err.constData());
        QVERIFY(!run.out.contains(Secret.toUtf8()) && !run.err.contains(Secret.toUtf8()));
        // Only the password file holds it: not the database, not QSettings, nothing in HOME.
        QCOMPARE(filesHolding(dir.path()),
                 QStringList{QFileInfo(CentralSettings::passwordFileFor(path)).fileName()});
        QCOMPARE(filesHolding(home.path()), QStringList{});
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(Secret), qPrintable(key));
        QCOMPARE(QFileInfo(CentralSettings::passwordFileFor(path)).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
    }
};

QTEST_GUILESS_MAIN(TestCentralPassword)
#include "TestCentralPassword.moc"
