// Upload benchmark against a real PostgreSQL (ONEWINDOW_TEST_PG_URL, or start one with
// tests/support/pg-cluster.sh): N scans (encrypted in the workstation's file store, SIZE KiB of
// content each) go up through FileTransfer (announce, 256 KiB chunks with their SHA-256, assembly
// and SHA-256 check in the store), then their rows in the same sync round; compared with loading
// the same encrypted bytes into a bytea table with PostgreSQL COPY (psql \copy) in the same run.
// Not part of the test suite:
//   build/default/tests/bench/bench_sync_files [scans] [KiB per scan]
// Prints lines "BENCH | figure | value | baseline | ratio | target | -".
#include "FileTransfer.h"
#include "SyncTestBed.h"
#include "files/SecureFileStore.h"
#include "scans/ScanService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace ow;
using namespace ow::test;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int scans = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const int kib = argc > 2 ? std::max(1, atoi(argv[2])) : 300;
    QTemporaryDir dir;
    ScratchCentral central;
    if (!central.error().isEmpty()) {
        std::fprintf(stderr, "bench_sync_files: %s\n", qPrintable(central.error()));
        return 1;
    }
    const QString code = randomCode(QStringLiteral("B"));
    const CentralSettings login = central.addCenter(code);
    Workstation w(dir.path(), code, 1, login);
    const QString caseId = w.addCase(1);
    auto files = ScanService::openFileStore(w.path());
    if (!files) {
        std::fprintf(stderr, "bench_sync_files: %s\n", qPrintable(files.error()));
        return 1;
    }
    QStringList names;
    qint64 bytes = 0;
    QByteArray copyInput;
    w.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (int i = 1; i <= scans; ++i) {
        QByteArray content = "%PDF-1.4\n";
        content.resize(qsizetype(kib) * 1024);
        for (qsizetype j = 9; j < content.size(); ++j)
            content[j] = char(QRandomGenerator::global()->bounded(256));
        const QString name = files.value()->store(content).value();
        names.append(name);
        QFile file(files.value()->pathFor(name));
        file.open(QIODevice::ReadOnly);
        const QByteArray encrypted = file.readAll();
        bytes += encrypted.size();
        copyInput += name.toLatin1() + "\t\\\\x" + encrypted.toHex() + '\n';
        w.exec(QStringLiteral("INSERT INTO case_scan (case_id, material_key, position, sha256, "
                              "media_type, file_name, pages, size, thumbnail_sha256, added_by, "
                              "added_at) VALUES ('%1', 'id-card', %2, '%3', 'application/pdf', "
                              "'scan.pdf', 1, %4, NULL, 'admin', '2026-11-28T01:00:00.000Z')")
                   .arg(caseId)
                   .arg(i)
                   .arg(name)
                   .arg(content.size()));
    }
    w.exec(QStringLiteral("COMMIT"));

    // Baseline: the same encrypted bytes into a bytea table with COPY, in the same server.
    QSqlQuery(central.admin())
        .exec(QStringLiteral("CREATE TABLE copy_files (name text PRIMARY KEY, content bytea)"));
    const CentralSettings admin = central.adminSettings();
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-q"), QStringLiteral("-h"), admin.host, QStringLiteral("-p"),
                QString::number(admin.port), QStringLiteral("-U"), admin.user, QStringLiteral("-d"),
                admin.database, QStringLiteral("-c"),
                QStringLiteral("\\copy copy_files FROM STDIN")});
    psql.waitForStarted();
    psql.write(copyInput);
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    const double copyMs = double(timer.nsecsElapsed()) / 1e6;
    if (psql.exitCode() != 0) {
        std::fprintf(stderr, "psql: %s\n", psql.readAllStandardError().constData());
        return 1;
    }

    double uploadMs = 0;
    FileTransferReport report;
    {
        FileTransfer transfer(
            w.database(), login.open(QStringLiteral("bench")).value(),
            w.value(QStringLiteral("SELECT client_id FROM sync_state")).toString());
        timer.restart();
        const Result<FileTransferReport> sent = transfer.uploadPending();
        uploadMs = double(timer.nsecsElapsed()) / 1e6;
        if (!sent) {
            std::fprintf(stderr, "bench_sync_files: %s\n", qPrintable(sent.error()));
            return 1;
        }
        report = sent.value();
        // The same files again: only the announcement (every file is whole in the store).
        timer.restart();
        const Result<FileTransferReport> again = transfer.uploadPending();
        const double againMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("BENCH | re-announce %d whole files (nothing sent: %lld bytes) | %.0f ms | - | "
                    "- | - | -\n",
                    scans, again ? static_cast<long long>(again.value().bytesSent) : -1LL, againMs);
    }
    CentralSettings::closeConnection(QStringLiteral("bench"));
    timer.restart();
    const Result<SyncReport> round = w.sync();
    const double roundMs = double(timer.nsecsElapsed()) / 1e6;
    if (!round) {
        std::fprintf(stderr, "bench_sync_files: %s\n", qPrintable(round.error()));
        return 1;
    }
    QList<double> idle;
    for (int i = 0; i < 11; ++i) {
        timer.restart();
        (void)w.sync();
        idle.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(idle.begin(), idle.end());
    const double mib = double(bytes) / (1024.0 * 1024.0);
    std::printf("BENCH | upload %d scans (%.1f MiB encrypted, %d chunks) | %.0f ms (%.1f MiB/s) | "
                "COPY %.0f ms | %.1fx | 3x | -\n",
                scans, mib, report.chunks, uploadMs, mib / (uploadMs / 1000.0), copyMs,
                uploadMs / copyMs);
    std::printf("BENCH | sync round pushing the %d scan rows (+ case, files already there) | "
                "%.0f ms | - | - | - | -\n",
                scans, roundMs);
    std::printf("BENCH | idle round p50 (files checked) | %.1f ms | - | - | 50 ms | -\n",
                idle.at(idle.size() / 2));
    return 0;
}
