// Scans and signatures go up to the central store: their encrypted files first, in resumable
// chunks verified on arrival, then the rows that refer to them. Against a real PostgreSQL.
#include "FileTransfer.h"
#include "SyncTestBed.h"
#include "files/SecureFileStore.h"
#include "scans/ScanService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace ow;
using namespace ow::test;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Runs sql as a center's login; the error text when it fails, else "ok:<first value>".
QString asCenter(const CentralSettings& login, const QString& sql)
{
    QString result;
    {
        auto db = login.open(QStringLiteral("as-center"));
        if (!db)
            return db.error();
        QSqlQuery query(db.value());
        if (!query.exec(sql))
            result = query.lastError().databaseText();
        else
            result =
                QStringLiteral("ok:") + (query.next() ? query.value(0).toString()
                                                      : QString::number(query.numRowsAffected()));
    }
    CentralSettings::closeConnection(QStringLiteral("as-center"));
    return result;
}

} // namespace

class TestSyncFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchCentral> m_central;

    // Stores content in the workstation's encrypted file store; its name.
    static QString keep(Workstation& w, const QByteArray& content)
    {
        auto files = ScanService::openFileStore(w.path());
        if (!files)
            qFatal("file store: %s", qPrintable(files.error()));
        const Result<QString> name = files.value()->store(content);
        if (!name)
            qFatal("store: %s", qPrintable(name.error()));
        return name.value();
    }
    static void attachScan(Workstation& w, const QString& caseId, int position, const QString& name,
                           const QString& thumbnail = {})
    {
        w.exec(QStringLiteral("INSERT INTO case_scan (case_id, material_key, position, sha256, "
                              "media_type, file_name, pages, size, thumbnail_sha256, added_by, "
                              "added_at) VALUES ('%1', 'id-card', %2, '%3', 'application/pdf', "
                              "'scan.pdf', 1, 1000, %4, 'admin', '2026-11-28T01:00:00.000Z')")
                   .arg(caseId)
                   .arg(position)
                   .arg(name,
                        thumbnail.isEmpty() ? QStringLiteral("NULL") : u'\'' + thumbnail + u'\''));
    }
    static QByteArray onDisk(Workstation& w, const QString& name)
    {
        QFile file(ScanService::filesFolderFor(w.path()) + u'/' + name.left(2) + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("read %s", qPrintable(file.fileName()));
        return file.readAll();
    }
    QString clientOf(Workstation& w)
    {
        return w.value(QStringLiteral("SELECT client_id FROM sync_state")).toString();
    }
    qint64 received(const QString& center, const QString& name)
    {
        QSqlQuery query(m_central->admin());
        query.prepare(QStringLiteral("SELECT coalesce((SELECT received FROM onewindow.sync_file "
                                     "WHERE center_code = ? AND name = ?), -1)"));
        query.addBindValue(center);
        query.addBindValue(name);
        if (!query.exec() || !query.next())
            qFatal("received: %s", qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }
    QByteArray stored(const QString& center, const QString& name)
    {
        QSqlQuery query(m_central->admin());
        query.prepare(QStringLiteral("SELECT content FROM onewindow.stored_file WHERE center_code "
                                     "= ? AND name = ?"));
        query.addBindValue(center);
        query.addBindValue(name);
        if (!query.exec())
            qFatal("stored: %s", qPrintable(query.lastError().text()));
        return query.next() ? query.value(0).toByteArray() : QByteArray();
    }
    int chunksHeld(const QString& center)
    {
        return m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_file_chunk "
                                               "WHERE center_code = '%1'")
                                    .arg(center));
    }
    int rowsOf(const QString& center, const QString& table)
    {
        return m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                               "center_code = '%1' AND table_name = '%2' AND "
                                               "data IS NOT NULL")
                                    .arg(center, table));
    }

private slots:
    void init()
    {
        m_central = std::make_unique<ScratchCentral>();
        QVERIFY2(m_central->error().isEmpty(), qPrintable(m_central->error()));
    }
    void cleanup() { m_central.reset(); }

    void scansAndSignaturesGoUpAfterTheirEncryptedFiles()
    {
        const QString code = randomCode(QStringLiteral("F"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        const QString caseId = w.addCase(1);
        const QByteArray pdf = "%PDF-1.4\n" + randomBytes(600 * 1024);
        const QString scan = keep(w, pdf);
        const QString thumbnail = keep(w, "\x89PNG\r\n\x1a\n" + randomBytes(3000));
        const QString signature = keep(w, "\x89PNG\r\n\x1a\n" + randomBytes(5000));
        attachScan(w, caseId, 1, scan, thumbnail);
        w.exec(QStringLiteral("INSERT INTO case_signature (case_id, signer, sha256, signed_at, "
                              "recorded_by) VALUES ('%1', 'applicant', '%2', "
                              "'2026-11-28T01:00:00.000Z', 'admin')")
                   .arg(caseId, signature));

        const Result<SyncReport> report = w.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(w.pending(), 0);
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 1);
        QCOMPARE(rowsOf(code, QStringLiteral("case_signature")), 1);
        for (const QString& name : {scan, thumbnail, signature}) {
            // The store holds the encrypted file exactly as it lies here, never the content: the
            // key stayed on the workstation.
            const QByteArray kept = stored(code, name);
            QCOMPARE(kept, onDisk(w, name));
            QVERIFY(kept.startsWith("OWE1"));
            QVERIFY(sha256Of(kept) != name);
        }
        QVERIFY(!stored(code, scan).contains(pdf.left(64)));

        // An idle round sends no file.
        FileTransfer transfer(w.database(), login.open(QStringLiteral("idle")).value(),
                              clientOf(w));
        const Result<FileTransferReport> idle = transfer.uploadPending();
        QVERIFY2(idle.ok(), qPrintable(idle.error()));
        QCOMPARE(idle.value().files, 0);
        QCOMPARE(idle.value().bytesSent, 0);
        CentralSettings::closeConnection(QStringLiteral("idle"));
    }

    void aCutOffUploadResumesFromTheStoresOffset()
    {
        const QString code = randomCode(QStringLiteral("F"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        const QString caseId = w.addCase(1);
        const QString scan = keep(w, "%PDF-1.4\n" + randomBytes(700 * 1024));
        attachScan(w, caseId, 1, scan);
        const qint64 size = onDisk(w, scan).size();
        {
            FileTransfer transfer(w.database(), login.open(QStringLiteral("cut")).value(),
                                  clientOf(w));
            transfer.injectCut(3, FileTransfer::Cut::BeforeChunk);
            const Result<FileTransferReport> cut = transfer.uploadPending();
            QVERIFY(!cut.ok());
            QVERIFY2(cut.error().contains(QLatin1String("cut off")), qPrintable(cut.error()));
        }
        CentralSettings::closeConnection(QStringLiteral("cut"));
        QCOMPARE(received(code, scan), 2 * FileTransfer::ChunkSize);
        // The row waits: the store refuses it without its file.
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 0);

        FileTransfer again(w.database(), login.open(QStringLiteral("again")).value(), clientOf(w));
        const Result<FileTransferReport> resumed = again.uploadPending();
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed.value().bytesSent, size - 2 * FileTransfer::ChunkSize);
        QCOMPARE(resumed.value().chunks, 1);
        QCOMPARE(resumed.value().completed, 1);
        CentralSettings::closeConnection(QStringLiteral("again"));
        QCOMPARE(stored(code, scan), onDisk(w, scan));

        const Result<SyncReport> report = w.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 1);
    }

    void aLostAnswerMakesNoChunkGoTwice()
    {
        const QString code = randomCode(QStringLiteral("F"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        const QString caseId = w.addCase(1);
        const QString first = keep(w, "%PDF-1.4\n" + randomBytes(600 * 1024));
        const QString second = keep(w, "%PDF-1.4\n" + randomBytes(100 * 1024));
        attachScan(w, caseId, 1, first);
        attachScan(w, caseId, 2, second);
        const qint64 total = onDisk(w, first).size() + onDisk(w, second).size();
        // The answer to the first chunk is lost, then the one to the third.
        for (int lost : {1, 3}) {
            FileTransfer transfer(w.database(), login.open(QStringLiteral("lost")).value(),
                                  clientOf(w));
            transfer.injectCut(lost, FileTransfer::Cut::AnswerLost);
            const Result<FileTransferReport> run = transfer.uploadPending();
            QVERIFY(!run.ok());
            QVERIFY2(run.error().contains(QLatin1String("lost")), qPrintable(run.error()));
            CentralSettings::closeConnection(QStringLiteral("lost"));
        }
        // Whatever the store took, it took once: the next run sends exactly what it lacks.
        qint64 held = 0;
        for (const QString& name : {first, second}) {
            const QByteArray whole = stored(code, name);
            held += whole.isEmpty() ? std::max<qint64>(0, received(code, name)) : whole.size();
        }
        FileTransfer transfer(w.database(), login.open(QStringLiteral("rest")).value(),
                              clientOf(w));
        const Result<FileTransferReport> rest = transfer.uploadPending();
        QVERIFY2(rest.ok(), qPrintable(rest.error()));
        CentralSettings::closeConnection(QStringLiteral("rest"));
        QCOMPARE(held + rest.value().bytesSent, total);
        QCOMPARE(stored(code, first), onDisk(w, first));
        QCOMPARE(stored(code, second), onDisk(w, second));

        // And once everything is there, a replay sends nothing at all.
        FileTransfer replay(w.database(), login.open(QStringLiteral("replay")).value(),
                            clientOf(w));
        const Result<FileTransferReport> none = replay.uploadPending();
        QVERIFY2(none.ok(), qPrintable(none.error()));
        QCOMPARE(none.value().bytesSent, 0);
        QCOMPARE(none.value().chunks, 0);
        CentralSettings::closeConnection(QStringLiteral("replay"));
        const Result<SyncReport> report = w.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 2);
    }

    void bytesThatDoNotMatchTheirHashAreRefusedAndNothingRefersToThem()
    {
        const QString code = randomCode(QStringLiteral("F"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        const QString caseId = w.addCase(1);
        const QString scan = keep(w, "%PDF-1.4\n" + randomBytes(300 * 1024));
        attachScan(w, caseId, 1, scan);
        const QString client = clientOf(w);

        // Damaged on the way: each chunk carries its own hash, but the whole does not match.
        {
            FileTransfer transfer(w.database(), login.open(QStringLiteral("bad")).value(), client);
            transfer.setTamperWholeFile(true);
            const Result<FileTransferReport> run = transfer.uploadPending();
            QVERIFY(!run.ok());
            QVERIFY2(run.error().contains(QLatin1String("not")) &&
                         run.error().contains(QLatin1String("as announced")) &&
                         run.error().contains(QLatin1String("dropped")),
                     qPrintable(run.error()));
        }
        CentralSettings::closeConnection(QStringLiteral("bad"));
        QCOMPARE(received(code, scan), -1); // dropped, not kept half
        QCOMPARE(chunksHeld(code), 0);

        // A chunk whose own hash does not match is refused before anything is stored.
        const QString announced = asCenter(
            login, QStringLiteral("SELECT onewindow.sync_file_status('%1', '[{\"name\":\"%2\","
                                  "\"sha256\":\"%3\",\"size\":4}]')")
                       .arg(client, scan, sha256Of("abcd")));
        QVERIFY2(announced.startsWith(QLatin1String("ok:")), qPrintable(announced));
        const QString refused =
            asCenter(login, QStringLiteral("SELECT onewindow.sync_file_chunk('%1', '%2', 0, "
                                           "'\\x61626364'::bytea, '%3')")
                                .arg(client, scan, sha256Of("abcX")));
        QVERIFY2(refused.contains(QLatin1String("does not match its SHA-256")),
                 qPrintable(refused));
        QCOMPARE(received(code, scan), 0);
        QCOMPARE(chunksHeld(code), 0);

        // Nothing refers to a file the store does not hold whole, even written by hand.
        const QString pushed = asCenter(
            login,
            QStringLiteral(
                "SELECT onewindow.sync_push('%1', '[{\"op\":\"%2\",\"table\":"
                "\"case_scan\",\"key\":\"[\\\"%3\\\",\\\"id-card\\\",1]\",\"old\":null,"
                "\"new\":{\"case_id\":\"%3\",\"material_key\":\"id-card\",\"position\":1,"
                "\"sha256\":\"%4\"}}]')")
                .arg(client, QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, scan));
        QVERIFY2(pushed.contains(QLatin1String("has not received whole")), qPrintable(pushed));
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 0);

        // The next real round sends it again from the start, whole and right.
        const Result<SyncReport> report = w.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(stored(code, scan), onDisk(w, scan));
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 1);
    }

    void aMissingFileHoldsItsRowsBackAndSaysWhy()
    {
        const QString code = randomCode(QStringLiteral("F"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        const QString caseId = w.addCase(1);
        const QString gone = sha256Of("never stored");
        attachScan(w, caseId, 1, gone);
        const Result<SyncReport> report = w.sync();
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(gone.left(16)) &&
                     report.error().contains(QLatin1String("wait in the outbox")),
                 qPrintable(report.error()));
        QVERIFY(w.pending() > 0);
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 0);
    }

    void aScanTakenOffAgainBeforeTheRoundDoesNotHoldTheOthersBack()
    {
        const QString code = randomCode(QStringLiteral("F"));
        const CentralSettings login = m_central->addCenter(code);
        Workstation w(m_dir.path(), code, 1, login);
        const QString caseId = w.addCase(1);
        const QString first = keep(w, "%PDF-1.4\n" + randomBytes(20 * 1024));
        attachScan(w, caseId, 1, first);
        // Saved again with another scan in its place (the repository rewrites the case's
        // scans), and the first file leaves the store, all before the next round.
        const QString second = keep(w, "%PDF-1.4\n" + randomBytes(20 * 1024));
        w.exec(QStringLiteral("DELETE FROM case_scan WHERE case_id = '%1'").arg(caseId));
        attachScan(w, caseId, 1, second);
        QVERIFY(ScanService::openFileStore(w.path()).value()->remove(first).ok());

        const Result<SyncReport> report = w.sync();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(w.pending(), 0);
        QCOMPARE(rowsOf(code, QStringLiteral("case_scan")), 1);
        QCOMPARE(m_central->count(QStringLiteral("SELECT count(*) FROM onewindow.sync_row WHERE "
                                                 "center_code = '%1' AND table_name = "
                                                 "'case_scan' AND data ->> 'sha256' = '%2'")
                                      .arg(code, second)),
                 1);
        QCOMPARE(stored(code, second), onDisk(w, second));
        QVERIFY(stored(code, first).isEmpty());
    }

    void aHallCannotReadAnotherHallsFiles()
    {
        const QString a = randomCode(QStringLiteral("A"));
        const QString b = randomCode(QStringLiteral("B"));
        const CentralSettings loginA = m_central->addCenter(a);
        const CentralSettings loginB = m_central->addCenter(b);
        Workstation wb(m_dir.path(), b, 1, loginB);
        const QString caseB = wb.addCase(1);
        const QString scanB = keep(wb, "%PDF-1.4\n" + randomBytes(10 * 1024));
        attachScan(wb, caseB, 1, scanB);
        QVERIFY(wb.sync().ok());
        QVERIFY(!stored(b, scanB).isEmpty());

        // No table rights: only the functions.
        QVERIFY(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.sync_file"))
                    .contains(QLatin1String("permission denied")));
        QVERIFY(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.sync_file_chunk"))
                    .contains(QLatin1String("permission denied")));
        QVERIFY(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.stored_file"))
                    .contains(QLatin1String("permission denied")));
        // Even granted the tables by mistake, row-level security holds.
        QSqlQuery grant(m_central->admin());
        QVERIFY(grant.exec(QStringLiteral("GRANT SELECT, UPDATE, DELETE ON onewindow.sync_file, "
                                          "onewindow.sync_file_chunk TO ow_center")));
        QCOMPARE(asCenter(loginA, QStringLiteral("SELECT count(*) FROM onewindow.sync_file")),
                 QStringLiteral("ok:0"));
        QCOMPARE(asCenter(loginB, QStringLiteral("SELECT count(*) FROM onewindow.sync_file")),
                 QStringLiteral("ok:1"));
        QCOMPARE(asCenter(loginA, QStringLiteral("DELETE FROM onewindow.sync_file")),
                 QStringLiteral("ok:0"));
        // A's announcing B's file by its name makes an empty upload of A's own; B's is untouched
        // and A's rows cannot refer to B's file.
        const QString announced =
            asCenter(loginA, QStringLiteral("SELECT onewindow.sync_file_status('%1', "
                                            "'[{\"name\":\"%2\",\"sha256\":\"%2\",\"size\":9}]')")
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), scanB));
        QVERIFY2(announced.contains(QLatin1String("\"offset\": 0")) &&
                     announced.contains(QLatin1String("\"complete\": false")),
                 qPrintable(announced));
        Workstation wa(m_dir.path(), a, 1, loginA);
        const QString caseA = wa.addCase(1);
        attachScan(wa, caseA, 1, scanB); // a name A does not hold
        QVERIFY(!wa.sync().ok());
        QCOMPARE(rowsOf(a, QStringLiteral("case_scan")), 0);
        QVERIFY(!stored(b, scanB).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncFiles)
#include "TestSyncFiles.moc"
