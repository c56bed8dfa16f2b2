// Runs as an unprivileged user (see tests/support/run-unprivileged.sh): root ignores permissions.
#include "Database.h"
#include "DatabaseSetup.h"
#include "FileFingerprint.h"
#include "catalog/CatalogSeed.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ow;

class TestDatabasePermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (geteuid() == 0)
            QSKIP("root may write anywhere; ctest runs this test as an unprivileged user");
    }

    void readOnlyFolderIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString file = dir.filePath(QStringLiteral("new.sqlite"));
        const auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(dir.path()), qPrintable(opened.error()));
        QVERIFY(!QFile::exists(file));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void readOnlyDatabaseIsRefusedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ro.sqlite"));
        QVERIFY(DatabaseSetup::prepare(file, CatalogSeed::embeddedPath()).ok());
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
        const QByteArray before = test::fingerprint(file);
        const auto opened = DatabaseSetup::prepare(file, CatalogSeed::embeddedPath());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(file), qPrintable(opened.error()));
        QCOMPARE(test::fingerprint(file), before);
    }

    void databaseInReadOnlyFolderIsRefusedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("db.sqlite"));
        QVERIFY(DatabaseSetup::prepare(file, CatalogSeed::embeddedPath()).ok());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray before = test::fingerprint(file);
        const auto opened = DatabaseSetup::prepare(file, CatalogSeed::embeddedPath());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
        QCOMPARE(test::fingerprint(file), before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestDatabasePermissions)
#include "TestDatabasePermissions.moc"
