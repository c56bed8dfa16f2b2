#include "Database.h"
#include "migrations/Migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QStringList tables(Database& database)
{
    QStringList names;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// What a database at each version holds, written the way that version's program would write it.
void writeDataOfVersion(Database& database, int version)
{
    QSqlQuery query(database.connection());
    if (version >= 1)
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('written_at_version', '%1')")
                .arg(version)));
    if (version >= 2) {
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO lifecycle VALUES ('E', '企业全生命周期', 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO stage VALUES ('E1', 'E', 1, '企业开办')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO scene VALUES ('E1.1', 'E1', '1.1', '企业开办', 1)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO item (code, scene_code, no, name, type) "
                           "VALUES ('E001', 'E1.1', 1, '公司（企业）设立登记', '行政许可')")));
    }
    if (version >= 3) {
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO material VALUES ('id_card', '居民身份证', '', 'e_licence')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO guide VALUES ('E001', 1, '2026-01-01', 'draft', '{\"item\":\"E001\"}')")));
    }
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void migrationsAreNumberedFromOne()
    {
        const QList<Migration>& all = Migrator::migrations();
        QVERIFY(all.size() >= 2);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, i + 1);
            QVERIFY(!all.at(i).sql.trimmed().isEmpty());
        }
        QCOMPARE(Migrator::latestVersion(), int(all.size()));
        QCOMPARE(all.at(0).name, QStringLiteral("meta"));
        QCOMPARE(all.at(1).name, QStringLiteral("catalog"));
        QCOMPARE(all.at(2).name, QStringLiteral("guides"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int version = 0; version < Migrator::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        const QString file = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(startVersion));
        {
            auto opened = Database::open(file);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY(Migrator::migrateTo(*opened.value(), startVersion).ok());
            QCOMPARE(opened.value()->schemaVersion(), startVersion);
            writeDataOfVersion(*opened.value(), startVersion);
        }
        auto reopened = Database::open(file);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        const Status status = Migrator::migrate(*reopened.value());
        QVERIFY2(status.ok(), qPrintable(status.error()));
        Database& db = *reopened.value();
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        const QStringList names = tables(db);
        for (const char* table :
             {"app_meta", "lifecycle", "stage", "scene", "item", "subitem", "department",
              "catalog_department", "material", "guide", "guide_material"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        QSqlQuery query(db.connection());
        if (startVersion >= 1) {
            QVERIFY(query.exec(
                QStringLiteral("SELECT value FROM app_meta WHERE key = 'written_at_version'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), startVersion);
        }
        if (startVersion >= 2) {
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM item WHERE code = 'E001'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("公司（企业）设立登记"));
        }
    }

    void migratingAgainChangesNothing()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("again.sqlite")));
        QVERIFY(opened.ok());
        QVERIFY(Migrator::migrate(*opened.value()).ok());
        const QStringList before = tables(*opened.value());
        QVERIFY(Migrator::migrate(*opened.value()).ok());
        QCOMPARE(tables(*opened.value()), before);
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("fail.sqlite")));
        QVERIFY(opened.ok());
        Database& db = *opened.value();
        QVERIFY(Migrator::migrateTo(db, 1).ok());
        // A stray table that 0002 also creates makes 0002 fail half-way.
        QVERIFY(db.executeScript(QStringLiteral("CREATE TABLE item (x);")).ok());
        const Status status = Migrator::migrate(db);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("version 2")), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QStringLiteral("stays at version 1")),
                 qPrintable(status.error()));
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(!tables(db).contains(QStringLiteral("lifecycle"))); // rolled back as a whole
    }

    void downgradeIsRefused()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("down.sqlite")));
        QVERIFY(opened.ok());
        QVERIFY(Migrator::migrate(*opened.value()).ok());
        QVERIFY(!Migrator::migrateTo(*opened.value(), 1).ok());
        QCOMPARE(opened.value()->schemaVersion(), Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
