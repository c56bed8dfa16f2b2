// Scans kept for a case, through the real encrypted store and a real database: the same bytes
// stored once (named by their SHA-256), an altered file refused on every read, the scan records
// stored with the case (and case_material.scans naming the same files), every look audited and
// refused to administrators, and a scan taken off before the decision leaving the store only when
// no case uses it.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/ScanFormat.h"
#include "catalog/CatalogSeed.h"
#include "files/SecureFileStore.h"
#include "guide/GuideRepository.h"
#include "migrations/Migrator.h"
#include "scans/ScanService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString Password = QStringLiteral("Counter2026ok");
const QByteArray Key(32, '\x5a');

QByteArray png(const QByteArray& body)
{
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + body;
}

QByteArray pdf(const QByteArray& body)
{
    return QByteArray("%PDF-1.4\n") + body;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int filesUnder(const QString& folder)
{
    int count = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class TestScanService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    WorkCalendar m_calendar;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<SecureFileStore> m_files;
    std::unique_ptr<ScanService> m_scans;
    QHash<QString, Guide> m_guides;
    int m_counter = 0;

    Session signIn(const QString& name) { return m_accounts->signIn(name, Password).value(); }

    IntakeDraft draft()
    {
        IntakeDraft d;
        d.applicant.name = QStringLiteral("张三");
        d.applicant.identifier = QStringLiteral("11010519491231002X");
        d.applicant.phone = QStringLiteral("13812345678");
        d.itemCodes = {QStringLiteral("P115")};
        (void)d.check(QDate(2026, 11, 30));
        d.mergeChecklist(m_guides, GuideRepository(*m_database).dictionary().value());
        return d;
    }

    QStringList auditActions()
    {
        QStringList actions;
        AuditLog log(*m_database, m_clock, QStringLiteral("XC01"), QStringLiteral("3"));
        for (const AuditRecord& record : log.list().value())
            actions.append(record.action);
        return actions;
    }

private slots:
    void init()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_scans.reset();
        m_files.reset();
        m_cases.reset();
        m_accounts.reset();
        m_database.reset();
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter));
        auto prepared = DatabaseSetup::prepare(path, CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        m_database = std::move(prepared.value().database);
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"), Password)
                    .ok());
        const Session admin = signIn(QStringLiteral("admin"));
        QVERIFY(m_accounts
                    ->addUser(admin,
                              {QStringLiteral("clerk"),
                               QStringLiteral("李"),
                               Role::Clerk,
                               {},
                               false,
                               true,
                               0,
                               {}},
                              Password)
                    .ok());
        m_calendar = CalendarData::load().value();
        m_cases = std::make_unique<CaseService>(*m_database, m_clock, m_calendar, *m_accounts);
        m_guides = GuideRepository(*m_database).latestAll().value();
        m_files = std::make_unique<SecureFileStore>(ScanService::filesFolderFor(path), Key);
        m_scans = std::make_unique<ScanService>(*m_database, *m_files, m_clock, *m_accounts);
    }

    void storesBesideTheDatabase()
    {
        QCOMPARE(ScanService::filesFolderFor(QStringLiteral("/srv/hall/ow.sqlite")),
                 QStringLiteral("/srv/hall/ow.sqlite.files"));
        QCOMPARE(ScanService::keyFileFor(QStringLiteral("/srv/hall/ow.sqlite")),
                 QStringLiteral("/srv/hall/ow.sqlite.files.key"));
    }

    void sameBytesAreStoredOnce()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const QByteArray content = png("certificate");
        const QByteArray thumbnail = png("small");
        const ScanFacts facts{ScanFormat::Png, 1, thumbnail};
        const Result<Scan> first =
            m_scans->keep(clerk, content, QStringLiteral("/tmp/a.png"), facts);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value().sha256, sha256(content));
        QCOMPARE(first.value().thumbnailSha256, sha256(thumbnail));
        QCOMPARE(first.value().fileName, QStringLiteral("a.png")); // no folder kept
        QCOMPARE(first.value().size, qint64(content.size()));
        QCOMPARE(first.value().addedBy, QStringLiteral("clerk"));
        QCOMPARE(first.value().addedAt, m_clock.now());
        QCOMPARE(filesUnder(m_files->folder()), 2);
        // Again, under another name: the same file, nothing written.
        const Result<Scan> second =
            m_scans->keep(clerk, content, QStringLiteral("copy of a.png"), facts);
        QVERIFY(second.ok());
        QCOMPARE(second.value().sha256, first.value().sha256);
        QCOMPARE(filesUnder(m_files->folder()), 2);
        // On disk only ciphertext: the plain bytes are nowhere in the file.
        QFile stored(m_files->pathFor(first.value().sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains("certificate"));
        QCOMPARE(auditActions().count(QStringLiteral("scan_attached")), 2);
    }

    void disguisedOrUncheckedFilesAreRefused()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        // Text with a .png name: the magic bytes decide.
        const Result<Scan> text =
            m_scans->keep(clerk, QByteArray("not an image"), QStringLiteral("fake.png"),
                          ScanFacts{ScanFormat::Png, 1, {}});
        QVERIFY(!text.ok());
        QVERIFY2(text.error().contains(QStringLiteral("fake.png")), qPrintable(text.error()));
        // Facts that do not match the content (not inspected as what it is).
        QVERIFY(!m_scans->keep(clerk, pdf("x"), QStringLiteral("a.pdf"),
                               ScanFacts{ScanFormat::Png, 1, {}}));
        QCOMPARE(filesUnder(m_files->folder()), 0);
    }

    void alteredFilesAreRefusedOnRead()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Result<Scan> kept =
            m_scans->keep(clerk, pdf(QByteArray(500, 'p')), QStringLiteral("a.pdf"),
                          ScanFacts{ScanFormat::Pdf, 2, {}});
        QVERIFY(kept.ok());
        QVERIFY(m_scans->open(clerk, QStringLiteral("XC01-03-20261130-0001"), kept.value()).ok());
        const QString path = m_files->pathFor(kept.value().sha256);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 10);
        const char flipped = char(file.peek(1).at(0) ^ 0x01);
        file.write(&flipped, 1);
        file.close();
        const Result<QByteArray> read =
            m_scans->open(clerk, QStringLiteral("XC01-03-20261130-0001"), kept.value());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("integrity")), qPrintable(read.error()));
    }

    void scansAreStoredWithTheCaseAndEveryLookIsAudited()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        IntakeDraft d = draft();
        QVERIFY(d.materials.size() >= 2);
        const Result<Scan> a = m_scans->keep(clerk, pdf("three pages"), QStringLiteral("a.pdf"),
                                             ScanFacts{ScanFormat::Pdf, 3, png("t1")});
        const Result<Scan> b = m_scans->keep(clerk, png("photo"), QStringLiteral("b.png"),
                                             ScanFacts{ScanFormat::Png, 1, {}});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(d.attachScan(0, a.value()).ok());
        QVERIFY(d.attachScan(0, b.value()).ok());
        QVERIFY(d.attachScan(1, b.value()).ok());
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        const Result<Case> taken =
            m_cases->takeIn(clerk, d, IntakeDraft::Decision::Accept, QString(), m_guides);
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        const CaseMaterial& first = taken.value().materials.at(0);
        QCOMPARE(first.pages, 4);
        QCOMPARE(first.scanFiles.size(), 2);
        QCOMPARE(first.scanFiles.at(0), a.value());
        QCOMPARE(first.scanFiles.at(1), b.value());
        QCOMPARE(first.scans, (QStringList{a.value().sha256, b.value().sha256}));
        QCOMPARE(taken.value().materials.at(1).scanFiles, QList<Scan>{b.value()});

        // case_material.scans names the same files as case_scan, in the same order.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT m.scans, (SELECT json_group_array(sha256) FROM (SELECT sha256 FROM case_scan s "
            "WHERE s.case_id = m.case_id AND s.material_key = m.key ORDER BY position)) FROM "
            "case_material m ORDER BY position")));
        int rows = 0;
        while (query.next()) {
            QCOMPARE(QJsonDocument::fromJson(query.value(0).toByteArray()),
                     QJsonDocument::fromJson(query.value(1).toByteArray()));
            ++rows;
        }
        QCOMPARE(rows, int(d.materials.size()));

        // Looking is audited; administrators do not see applicants' papers.
        const QString number = taken.value().number;
        const int before = int(auditActions().count(QStringLiteral("scan_viewed")));
        QVERIFY(m_scans->thumbnail(clerk, number, a.value()).ok());
        QCOMPARE(m_scans->open(clerk, number, b.value()).value(), png("photo"));
        QCOMPARE(auditActions().count(QStringLiteral("scan_viewed")), before + 2);
        const Session admin = signIn(QStringLiteral("admin"));
        QVERIFY(!m_scans->open(admin, number, b.value()).ok());
        QVERIFY(!m_scans->archiveContents(admin, number).ok());

        const Result<CaseArchiveContents> contents = m_scans->archiveContents(clerk, number);
        QVERIFY2(contents.ok(), qPrintable(contents.error()));
        QCOMPARE(contents.value().scans.size(), 3);
        QCOMPARE(contents.value().scans.at(0).content, pdf("three pages"));
        QCOMPARE(contents.value().scans.at(2).materialKey, taken.value().materials.at(1).key);
        QCOMPARE(auditActions().last(), QStringLiteral("case_archive_read"));

        // A file a stored case uses stays in the store when a draft lets go of it.
        QVERIFY(m_scans->discard(clerk, b.value()).ok());
        QVERIFY(m_files->contains(b.value().sha256));
        QVERIFY(m_scans->isReferenced(b.value().sha256).value());
    }

    void scanNamesOfEarlierCasesAreMigrated()
    {
        // A case stored before 0007: its materials name scans in case_material.scans only.
        auto opened = Database::open(m_dir.filePath(QStringLiteral("v6.sqlite")));
        QVERIFY(opened.ok());
        Database& old = *opened.value();
        QVERIFY(Migrator::migrateTo(old, 6).ok());
        const QString a(64, QLatin1Char('a'));
        const QString b(64, QLatin1Char('b'));
        QVERIFY(
            old.executeScript(
                   QStringLiteral(
                       "INSERT INTO applicant (identifier, kind, name, updated_at) VALUES "
                       "('11010519491231002X', 'person', '张三', '2026-11-30T01:00:00.000Z');"
                       "INSERT INTO case_file (id, number, center_code, window_no, "
                       "received_on, sequence, clerk, received_at, applicant_identifier, "
                       "status) VALUES ('00000000-0000-0000-0000-000000000001', "
                       "'XC01-03-20261130-0001', 'XC01', 3, '2026-11-30', 1, 'clerk', "
                       "'2026-11-30T01:00:00.000Z', '11010519491231002X', 'received');"
                       "INSERT INTO case_material (case_id, position, key, name, form, copies, "
                       "required, state, scans) VALUES ('00000000-0000-0000-0000-000000000001', "
                       "1, 'id_card', '居民身份证', '复印件', 1, 1, 'received', "
                       "'[\"%1\", \"not a name\", \"%2\"]');")
                       .arg(a, b))
                .ok());
        QVERIFY(Migrator::migrateTo(old, 7).ok());
        const Case migrated = CaseRepository(old)
                                  .load(QStringLiteral("00000000-0000-0000-0000-000000000001"))
                                  .value();
        const CaseMaterial& material = migrated.materials.at(0);
        QCOMPARE(material.scanFiles.size(),
                 2); // the name that is no SHA-256 stays in the array only
        QCOMPARE(material.scanFiles.at(0).sha256, a);
        QCOMPARE(material.scanFiles.at(1).sha256, b);
        QCOMPARE(material.scanFiles.at(1).mediaType, QStringLiteral("unknown"));
        QCOMPARE(material.scanFiles.at(1).addedBy, QStringLiteral("clerk"));
        QCOMPARE(material.scans.size(), 3);
    }

    void aScanTakenOffBeforeTheDecisionLeavesTheStore()
    {
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Result<Scan> kept = m_scans->keep(clerk, png("wrong page"), QStringLiteral("w.png"),
                                                ScanFacts{ScanFormat::Png, 1, png("thumb")});
        QVERIFY(kept.ok());
        QVERIFY(m_files->contains(kept.value().sha256));
        // Still used elsewhere in the draft: kept.
        QVERIFY(m_scans->discard(clerk, kept.value(), true).ok());
        QVERIFY(m_files->contains(kept.value().sha256));
        QVERIFY(m_scans->discard(clerk, kept.value()).ok());
        QVERIFY(!m_files->contains(kept.value().sha256));
        QVERIFY(!m_files->contains(kept.value().thumbnailSha256));
        QVERIFY(auditActions().contains(QStringLiteral("scan_removed")));
    }
};

QTEST_GUILESS_MAIN(TestScanService)
#include "TestScanService.moc"
