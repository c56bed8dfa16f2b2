#include "Database.h"
#include "DatabaseSetup.h"
#include "FileFingerprint.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "migrations/Migrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ow;

namespace {

QVariant scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Creates an SQLite file that is not OneWindow's, through SQLite itself.
void createForeignSqlite(const QString& path, int userVersion)
{
    const QString name = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO photos (name) VALUES ('holiday')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    void expectRefusedUnchanged(const QString& file, const QString& expectedInMessage)
    {
        const QByteArray before = test::fingerprint(file);
        const auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(file), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(expectedInMessage), qPrintable(opened.error()));
        QCOMPARE(test::fingerprint(file), before);
    }

private slots:
    // onewindow opens and migrates the database on a worker thread while the GUI thread builds
    // the sign-in window, then hands the connection over: the GUI thread then reads and writes
    // through it, and a thread that does not own the connection cannot take it.
    void openedOnAWorkerThreadIsHandedToThisThread()
    {
        std::unique_ptr<Database> database;
        bool handed = false;
        QThread* const here = QThread::currentThread();
        const std::unique_ptr<QThread> worker(QThread::create([&] {
            auto prepared = DatabaseSetup::prepare(path(QStringLiteral("threaded.sqlite")),
                                                   CatalogSeed::embeddedPath());
            if (!prepared)
                return;
            database = std::move(prepared.value().database);
            handed = database->moveToThread(here);
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QVERIFY(database);
        QVERIFY(handed);
        QVERIFY(database->connection().isValid());
        QCOMPARE(database->schemaVersion(), Migrator::latestVersion());
        QVERIFY(CatalogRepository(*database).itemCount().value() > 0);
        QVERIFY(database
                    ->executeScript(QStringLiteral("CREATE TABLE handed (x); "
                                                   "INSERT INTO handed VALUES (1);"))
                    .ok());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM handed")).toInt(), 1);

        bool takenByStranger = true;
        const std::unique_ptr<QThread> stranger(QThread::create(
            [&] { takenByStranger = database->moveToThread(QThread::currentThread()); }));
        stranger->start();
        QVERIFY(stranger->wait(60000));
        QVERIFY(!takenByStranger);
        QVERIFY(database->connection().isValid()); // still this thread's
    }

    void deletedPersonalDataLeavesNoTraceInTheFile()
    {
        const QString file = path(QStringLiteral("erased.sqlite"));
        const QByteArray secret = "110105194912310021-erased-on-purpose";
        {
            auto opened = Database::open(file);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (note TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO scratch VALUES ('%1')")
                                   .arg(QString::fromLatin1(secret))));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            query.finish();
            QVERIFY(query.exec(QStringLiteral("DELETE FROM scratch")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(!bytes.readAll().contains(secret));
    }

    void newDatabaseRunsWithTheAgreedPragmas()
    {
        auto opened = Database::open(path(QStringLiteral("new.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& db = *opened.value();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        QCOMPARE(db.schemaVersion(), 0);
    }

    void foreignKeysAreEnforced()
    {
        auto prepared =
            DatabaseSetup::prepare(path(QStringLiteral("fk.sqlite")), CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        QSqlQuery query(prepared.value().database->connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO item (code, scene_code, no, name, type) "
                                           "VALUES ('E999', 'E9.9', 999, 'x', 'y')")));
    }

    void notSqliteFileIsRefusedAndUnchanged()
    {
        const QString file = path(QStringLiteral("notes.txt"));
        writeFile(file, "这不是数据库 — this is a text file\n");
        expectRefusedUnchanged(file, QStringLiteral("not an SQLite file"));
    }

    void foreignSqliteDatabaseIsRefusedAndUnchanged()
    {
        const QString file = path(QStringLiteral("photos.sqlite"));
        createForeignSqlite(file, 0);
        expectRefusedUnchanged(file, QStringLiteral("another program"));
        const QString versioned = path(QStringLiteral("photos7.sqlite"));
        createForeignSqlite(versioned, 7);
        expectRefusedUnchanged(versioned, QStringLiteral("another program"));
    }

    void damagedDatabaseIsRefusedAndUnchanged()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        {
            auto prepared = DatabaseSetup::prepare(file, CatalogSeed::embeddedPath());
            QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        }
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QByteArray bytes = raw.readAll();
        // Keep the 100-byte header, overwrite the schema page.
        for (qsizetype i = 100; i < qMin<qsizetype>(bytes.size(), 8192); ++i)
            bytes[i] = char(0xA5);
        raw.seek(0);
        raw.write(bytes);
        raw.close();
        expectRefusedUnchanged(file, QStringLiteral("damaged"));
    }

    void newerSchemaIsRefusedAndUnchanged()
    {
        const QString file = path(QStringLiteral("future.sqlite"));
        {
            auto opened = Database::open(file);
            QVERIFY(opened.ok());
            QVERIFY(Migrator::migrate(*opened.value()).ok());
            QVERIFY(opened.value()
                        ->executeScript(QStringLiteral("PRAGMA user_version = %1;")
                                            .arg(Migrator::latestVersion() + 1))
                        .ok());
        }
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        const QString expected =
            QStringLiteral("schema version %1").arg(Migrator::latestVersion() + 1);
        expectRefusedUnchanged(file, expected);
        const auto prepared = DatabaseSetup::prepare(file, CatalogSeed::embeddedPath());
        QVERIFY(!prepared.ok());
        QVERIFY(prepared.error().contains(QStringLiteral("newer OneWindow")));
    }

    void folderIsRefused()
    {
        const auto opened = Database::open(m_dir.path());
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("folder")));
    }

    void missingFolderIsNamed()
    {
        const QString file = path(QStringLiteral("nowhere/db.sqlite"));
        const auto opened = Database::open(file);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(path(QStringLiteral("nowhere"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
    }

    void emptyPathIsRefused() { QVERIFY(!Database::open(QStringLiteral("  ")).ok()); }

    void emptyFileIsANewDatabase()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        writeFile(file, QByteArray());
        auto prepared = DatabaseSetup::prepare(file, CatalogSeed::embeddedPath());
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        QVERIFY(prepared.value().seeded);
    }

    void missingSeedIsNamedAndNothingIsStored()
    {
        const QString file = path(QStringLiteral("noseed.sqlite"));
        const QString seed = path(QStringLiteral("no-such-seed.json"));
        const auto prepared = DatabaseSetup::prepare(file, seed);
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.error().contains(seed), qPrintable(prepared.error()));
        auto opened = Database::open(file);
        QVERIFY(opened.ok());
        QCOMPARE(CatalogRepository(*opened.value()).itemCount().value(), 0);
    }

    void damagedSeedIsNamedAndNothingIsStored()
    {
        const QString file = path(QStringLiteral("badseed.sqlite"));
        const QString seed = path(QStringLiteral("bad-seed.json"));
        writeFile(seed, "{\"lifecycles\": [ {\"code\": \"E\"");
        const auto prepared = DatabaseSetup::prepare(file, seed);
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.error().startsWith(seed), qPrintable(prepared.error()));
        auto opened = Database::open(file);
        QVERIFY(opened.ok());
        QCOMPARE(CatalogRepository(*opened.value()).itemCount().value(), 0);
    }

    void seedIsNotReloadedOverAnExistingCatalog()
    {
        const QString file = path(QStringLiteral("twice.sqlite"));
        {
            auto first = DatabaseSetup::prepare(file, CatalogSeed::embeddedPath());
            QVERIFY(first.ok());
            QVERIFY(first.value().seeded);
            QSqlQuery query(first.value().database->connection());
            QVERIFY(query.exec(
                QStringLiteral("UPDATE item SET name = '改过的名称' WHERE code = 'E002'")));
        }
        // Even a broken seed path does not matter once a catalog is there.
        auto second = DatabaseSetup::prepare(file, path(QStringLiteral("absent.json")));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!second.value().seeded);
        const auto catalog = CatalogRepository(*second.value().database).load();
        QCOMPARE(catalog.value().item(QStringLiteral("E002"))->name, QStringLiteral("改过的名称"));
    }

    void replaceIsAllOrNothing()
    {
        auto prepared = DatabaseSetup::prepare(path(QStringLiteral("atomic.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        CatalogRepository repository(*prepared.value().database);
        const Catalog before = repository.load().value();
        // Two items with one code: the second insert fails, the first must not survive.
        QList<Lifecycle> lifecycles = before.lifecycles();
        Item duplicate = lifecycles[0].stages[0].scenes[0].items[0];
        lifecycles[0].stages[0].scenes[0].items.append(duplicate);
        const Status status = repository.replace(Catalog(lifecycles));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(prepared.value().database->path()));
        QVERIFY(repository.load().value() == before);
    }

    void scriptErrorsAreReported()
    {
        auto opened = Database::open(path(QStringLiteral("script.sqlite")));
        QVERIFY(opened.ok());
        const Status status =
            opened.value()->executeScript(QStringLiteral("CREATE TABLE t (a); SELEC 1;"));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("syntax error")),
                 qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
