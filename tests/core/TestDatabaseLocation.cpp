#include "config/DatabaseLocation.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commandLineWins()
    {
        const auto location = DatabaseLocation::resolve(QStringLiteral("/a/cli.sqlite"),
                                                        QStringLiteral("/b/env.sqlite"));
        QCOMPARE(location.path, QStringLiteral("/a/cli.sqlite"));
        QCOMPARE(location.source, DatabaseLocation::Source::CommandLine);
    }

    void environmentIsNext()
    {
        const auto location = DatabaseLocation::resolve(QString(), QStringLiteral("/b/env.sqlite"));
        QCOMPARE(location.path, QStringLiteral("/b/env.sqlite"));
        QCOMPARE(location.source, DatabaseLocation::Source::Environment);
    }

    void environmentVariableIsRead()
    {
        qputenv("ONEWINDOW_DB", "/c/from-env.sqlite");
        QCOMPARE(DatabaseLocation::fromEnvironment(QString()).path,
                 QStringLiteral("/c/from-env.sqlite"));
        qunsetenv("ONEWINDOW_DB");
    }

    void appDataIsTheDefault()
    {
        const auto location = DatabaseLocation::resolve(QString(), QString());
        QCOMPARE(location.source, DatabaseLocation::Source::AppData);
        QVERIFY(location.path.endsWith(QStringLiteral("/onewindow.sqlite")));
        QVERIFY(location.path.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void ensureFolderCreatesOnlyTheDefaultFolder()
    {
        QTemporaryDir dir;
        const QString given = dir.filePath(QStringLiteral("missing/sub/db.sqlite"));
        QVERIFY(DatabaseLocation::ensureFolder({given, DatabaseLocation::Source::CommandLine}));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
        QVERIFY(DatabaseLocation::ensureFolder({given, DatabaseLocation::Source::AppData}));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("missing/sub"))).isDir());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "TestDatabaseLocation.moc"
