// Sync benchmark against a real PostgreSQL (ONEWINDOW_TEST_PG_URL, or start one with
// tests/support/pg-cluster.sh): push N cases (each: applicant, case, 2 items, a material, an
// event = 6 rows) in one round, pull them at another window, pull a catalog change of 1,000
// reference rows, and an idle round; the push is compared with loading the same rows with
// PostgreSQL COPY (psql \copy) in the same run. Not part of the test suite:
//   build/default/tests/bench/bench_sync [cases]
#include "SyncTestBed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace ow;
using namespace ow::test;

namespace {

void addCases(Workstation& w, const QString& center, int count)
{
    w.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (int i = 1; i <= count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString identifier = QStringLiteral("1101051949%1").arg(i, 8, 10, QLatin1Char('0'));
        w.exec(QStringLiteral("INSERT INTO applicant (identifier, kind, name, phone, updated_at) "
                              "VALUES ('%1', 'person', '张三', '13812345678', "
                              "'2026-11-28T01:00:00.000Z')")
                   .arg(identifier));
        w.exec(QStringLiteral("INSERT INTO case_file (id, number, center_code, window_no, "
                              "received_on, sequence, clerk, received_at, applicant_identifier, "
                              "status) VALUES ('%1', '%2-01-20261128-%3', '%2', 1, '2026-11-28', "
                              "%4, 'admin', '2026-11-28T01:00:00.000Z', '%5', 'received')")
                   .arg(id, center)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(identifier));
        w.exec(QStringLiteral("INSERT INTO case_item (case_id, position, item_code) VALUES "
                              "('%1', 1, 'P001'), ('%1', 2, 'P002')")
                   .arg(id));
        w.exec(QStringLiteral("INSERT INTO case_material (case_id, position, key, name, form, "
                              "copies, required, state) VALUES ('%1', 1, 'id-card', '居民身份证', "
                              "'原件', 1, 1, 'received')")
                   .arg(id));
        w.exec(QStringLiteral("INSERT INTO case_event (case_id, position, status, at, user_name) "
                              "VALUES ('%1', 1, 'received', '2026-11-28T01:00:00.000Z', 'admin')")
                   .arg(id));
    }
    w.exec(QStringLiteral("COMMIT"));
}

// The outbox as COPY input: center, table, key, row (tab-separated, COPY text escapes).
QByteArray copyInput(Workstation& w, const QString& center)
{
    QByteArray out;
    QSqlQuery query(w.database().connection());
    query.exec(QStringLiteral("SELECT table_name, row_key, new_row FROM sync_outbox ORDER BY seq"));
    auto escape = [](QString text) {
        return text.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'\t', QStringLiteral("\\t"))
            .replace(u'\n', QStringLiteral("\\n"))
            .toUtf8();
    };
    while (query.next())
        out += center.toUtf8() + '\t' + escape(query.value(0).toString()) + '\t' +
               escape(query.value(1).toString()) + '\t' + escape(query.value(2).toString()) + '\n';
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTemporaryDir dir;
    ScratchCentral central;
    if (!central.error().isEmpty()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(central.error()));
        return 1;
    }
    const QString code = randomCode(QStringLiteral("B"));
    const CentralSettings login = central.addCenter(code);
    Workstation writer(dir.path(), code, 1, login);
    Workstation reader(dir.path(), code, 2, login);
    addCases(writer, code, cases);
    const int ops = writer.pending();

    // Baseline: the same rows into a table of the same shape with COPY, in the same server.
    QSqlQuery(central.admin())
        .exec(QStringLiteral("CREATE TABLE copy_target (center_code text, table_name text, "
                             "row_key text, data jsonb, PRIMARY KEY (center_code, table_name, "
                             "row_key))"));
    const QByteArray input = copyInput(writer, code);
    const CentralSettings admin = central.adminSettings();
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-q"), QStringLiteral("-h"), admin.host, QStringLiteral("-p"),
                QString::number(admin.port), QStringLiteral("-U"), admin.user, QStringLiteral("-d"),
                admin.database, QStringLiteral("-c"),
                QStringLiteral("\\copy copy_target FROM STDIN")});
    psql.waitForStarted();
    psql.write(input);
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    const double copyMs = double(timer.nsecsElapsed()) / 1e6;
    if (psql.exitCode() != 0)
        std::fprintf(stderr, "psql: %s\n", psql.readAllStandardError().constData());

    timer.restart();
    const Result<SyncReport> pushed = writer.sync();
    const double pushMs = double(timer.nsecsElapsed()) / 1e6;
    if (!pushed) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(pushed.error()));
        return 1;
    }
    timer.restart();
    const Result<SyncReport> pulled = reader.sync();
    const double pullMs = double(timer.nsecsElapsed()) / 1e6;

    // A reference change of 1,000 entries (a materials dictionary of 1,000 materials: one
    // document, applied at the window in the pull's transaction), published by the
    // administrator, pulled by a window.
    QByteArray dictionary = "{\"materials\": [";
    for (int i = 0; i < 1000; ++i)
        dictionary += QStringLiteral("%1{\"key\": \"bench_material_%2\", \"name\": \"材料%2\", "
                                     "\"description\": \"\", \"replaceable_by\": null}")
                          .arg(i == 0 ? QString() : QStringLiteral(","))
                          .arg(i)
                          .toUtf8();
    dictionary += "]}";
    (void)CentralSchema::publishReference(central.admin(), QStringLiteral("materials"),
                                          QStringLiteral("dictionary"), dictionary);
    timer.restart();
    const Result<SyncReport> catalog = reader.sync();
    const double catalogMs = double(timer.nsecsElapsed()) / 1e6;

    QList<double> idle;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        (void)writer.sync();
        idle.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(idle.begin(), idle.end());

    std::printf("push %d cases (%d ops) in one round: %.0f ms; COPY of the same rows: %.0f ms; "
                "ratio %.1fx (target 3x)\n",
                cases, ops, pushMs, copyMs, pushMs / copyMs);
    std::printf("pull of them at another window: %.0f ms (%d rows), ratio to COPY %.1fx\n", pullMs,
                pulled ? pulled.value().pulled : -1, pullMs / copyMs);
    std::printf("pull of a reference change of 1,000 materials: %.0f ms (%d rows)\n", catalogMs,
                catalog ? catalog.value().pulled : -1);
    std::printf("idle round: p50 %.1f ms, max %.1f ms (target < 50 ms)\n", idle.at(idle.size() / 2),
                idle.last());
    return 0;
}
