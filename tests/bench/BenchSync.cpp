// Sync benchmark against a real PostgreSQL (ONEWINDOW_TEST_PG_URL, or start one with
// tests/support/pg-cluster.sh): push N cases (each: applicant, case, 2 items, a material, an
// event = 6 rows) in one round, pull them at another window, pull a catalog change of 1,000
// reference rows, and an idle round; the push is compared with loading the same rows with
// PostgreSQL COPY (psql \copy) in the same run. The push is measured three times (three windows
// of the hall, each with its own N cases, each against its own COPY; the store holds the
// earlier ones meanwhile, as a store does): the median ratio is the figure. Not part of the test
// suite:
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

// count cases of window `window`, their applicants numbered from `first` on (every window its
// own applicants: a taken one would go through the store's merge, which is not what is timed).
void addCases(Workstation& w, const QString& center, int count, int window, int first)
{
    w.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (int i = 1; i <= count; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString identifier =
            QStringLiteral("1101051949%1").arg(first + i, 8, 10, QLatin1Char('0'));
        w.exec(QStringLiteral("INSERT INTO applicant (identifier, kind, name, phone, updated_at) "
                              "VALUES ('%1', 'person', '张三', '13812345678', "
                              "'2026-11-28T01:00:00.000Z')")
                   .arg(identifier));
        w.exec(QStringLiteral("INSERT INTO case_file (id, number, center_code, window_no, "
                              "received_on, sequence, clerk, received_at, applicant_identifier, "
                              "status) VALUES ('%1', '%2-%3-20261128-%4', '%2', %5, '2026-11-28', "
                              "%6, 'admin', '2026-11-28T01:00:00.000Z', '%7', 'received')")
                   .arg(id, center)
                   .arg(window, 2, 10, QLatin1Char('0'))
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(window)
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

// One line of COPY text input: the fields tab-separated, with COPY's text escapes.
QByteArray copyLine(const QStringList& fields)
{
    QByteArray out;
    for (QString field : fields) {
        if (!out.isEmpty())
            out += '\t';
        out += field.replace(u'\\', QStringLiteral("\\\\"))
                   .replace(u'\t', QStringLiteral("\\t"))
                   .replace(u'\n', QStringLiteral("\\n"))
                   .toUtf8();
    }
    return out + '\n';
}

// The outbox as COPY input: center, table, key, row.
QByteArray copyInput(Workstation& w, const QString& center)
{
    QByteArray out;
    QSqlQuery query(w.database().connection());
    query.exec(QStringLiteral("SELECT table_name, row_key, new_row FROM sync_outbox ORDER BY seq"));
    while (query.next())
        out += copyLine({center, query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString()});
    return out;
}

// Loads input into table with psql's \copy; the time it took in ms.
double copyRows(const CentralSettings& admin, const QString& table, const QByteArray& input)
{
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-q"), QStringLiteral("-h"), admin.host, QStringLiteral("-p"),
                QString::number(admin.port), QStringLiteral("-U"), admin.user, QStringLiteral("-d"),
                admin.database, QStringLiteral("-c"),
                QStringLiteral("\\copy %1 FROM STDIN").arg(table)});
    psql.waitForStarted();
    psql.write(input);
    psql.closeWriteChannel();
    psql.waitForFinished(600000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (psql.exitCode() != 0)
        std::fprintf(stderr, "psql: %s\n", psql.readAllStandardError().constData());
    return ms;
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
    const CentralSettings admin = central.adminSettings();
    Workstation reader(dir.path(), code, 2, login);

    // Each push against the same rows loaded with COPY into a table of the same shape, in the
    // same server, just before. The first window's push is followed by the pulls and the idle
    // rounds below; the other two windows push at the end.
    constexpr int Pushes = 3;
    QList<double> pushMs;
    QList<double> copyMs;
    QList<double> ratios;
    int ops = 0;
    auto pushOnce = [&](Workstation& writer, int window, int round) {
        // The count check as the program runs it (see SyncEngine::setCheckInterval): the first
        // window's push is its engine's first round and counts; the others counted when they
        // caught up, less than the interval before.
        writer.engine().setCheckInterval(SyncEngine::DefaultCheckIntervalSeconds);
        addCases(writer, code, cases, window, round * cases);
        ops = writer.pending();
        const QString table = QStringLiteral("copy_target_%1").arg(round);
        QSqlQuery(central.admin())
            .exec(QStringLiteral("CREATE TABLE %1 (center_code text, table_name text, row_key "
                                 "text, data jsonb, PRIMARY KEY (center_code, table_name, "
                                 "row_key))")
                      .arg(table));
        copyMs.append(copyRows(admin, table, copyInput(writer, code)));
        QElapsedTimer timer;
        timer.start();
        const Result<SyncReport> pushed = writer.sync();
        pushMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!pushed) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(pushed.error()));
            return false;
        }
        ratios.append(pushMs.last() / copyMs.last());
        std::printf("push %d of %d: %d cases (%d ops) in one round: %.0f ms; COPY of the same "
                    "rows: %.0f ms; ratio %.2fx\n",
                    round + 1, Pushes, cases, ops, pushMs.last(), copyMs.last(), ratios.last());
        return true;
    };
    Workstation writer(dir.path(), code, 1, login);
    if (!pushOnce(writer, 1, 0))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const Result<SyncReport> pulled = reader.sync();
    const double pullMs = double(timer.nsecsElapsed()) / 1e6;

    // A reference change of 1,000 entries (a materials dictionary of 1,000 materials: one
    // document, applied at the window in the pull's transaction), published by the
    // administrator, pulled by a window; the baseline: the same 1,000 materials loaded as rows
    // with COPY.
    QByteArray dictionary = "{\"materials\": [";
    QByteArray catalogInput;
    for (int i = 0; i < 1000; ++i) {
        const QString material = QStringLiteral("{\"key\": \"bench_material_%1\", \"name\": "
                                                "\"材料%1\", \"description\": \"\", "
                                                "\"replaceable_by\": null}")
                                     .arg(i);
        dictionary += (i == 0 ? QString() : QStringLiteral(",")).toUtf8() + material.toUtf8();
        catalogInput += copyLine({QStringLiteral("*"), QStringLiteral("material"),
                                  QStringLiteral("bench_material_%1").arg(i), material});
    }
    dictionary += "]}";
    (void)CentralSchema::publishReference(central.admin(), QStringLiteral("materials"),
                                          QStringLiteral("dictionary"), dictionary);
    QSqlQuery(central.admin())
        .exec(QStringLiteral("CREATE TABLE copy_catalog (LIKE copy_target_0 INCLUDING ALL)"));
    const double catalogCopyMs = copyRows(admin, QStringLiteral("copy_catalog"), catalogInput);
    timer.restart();
    const Result<SyncReport> catalog = reader.sync();
    const double catalogMs = double(timer.nsecsElapsed()) / 1e6;

    // Idle: nothing to send, nothing new (the writer first takes the catalog change too).
    (void)writer.sync();
    QList<double> idle;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        const Result<SyncReport> round = writer.sync();
        idle.append(double(timer.nsecsElapsed()) / 1e6);
        if (!round)
            std::fprintf(stderr, "bench_sync: idle round failed: %s\n", qPrintable(round.error()));
    }
    std::sort(idle.begin(), idle.end());
    for (int round = 1; round < Pushes; ++round) {
        // (First brought up to date, untimed: its push round then reads back only its own.)
        Workstation other(dir.path(), code, 2 + round, login);
        if (const Result<SyncReport> caughtUp = other.sync(); !caughtUp) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(caughtUp.error()));
            return 1;
        }
        if (!pushOnce(other, 2 + round, round))
            return 1;
    }
    QList<double> sortedRatios = ratios;
    std::sort(sortedRatios.begin(), sortedRatios.end());
    const double ratio = sortedRatios.at(Pushes / 2);
    const int median = int(ratios.indexOf(ratio));
    const double idleP50 = idle.at(idle.size() / 2);
    const double idleMax = idle.last();

    std::printf("push %d cases (%d ops) in one round, median of %d: %.0f ms; COPY of the same "
                "rows: %.0f ms; ratio %.2fx (target 3x; ratios %.2f, %.2f, %.2f)\n",
                cases, ops, Pushes, pushMs.at(median), copyMs.at(median), ratio, ratios.at(0),
                ratios.at(1), ratios.at(2));
    std::printf("pull of the first push's cases at another window: %.0f ms (%d rows), ratio to "
                "COPY %.1fx\n",
                pullMs, pulled ? pulled.value().pulled : -1, pullMs / copyMs.at(0));
    std::printf(
        "pull of a reference change of 1,000 materials: %.0f ms (%d rows); COPY of the same "
        "rows: %.0f ms; ratio %.1fx (target 3x)\n",
        catalogMs, catalog ? catalog.value().pulled : -1, catalogCopyMs, catalogMs / catalogCopyMs);
    std::printf("idle round: p50 %.1f ms, max %.1f ms (target < 50 ms)\n", idleP50, idleMax);
    // One line per figure for tests/bench/run-all (docs/benchmarks.md).
    std::printf("BENCH | sync push %d cases (%d ops), one round (median of %d) | %.0f ms | COPY "
                "%.0f ms | %.2fx | <= 3x | %s\n",
                cases, ops, Pushes, pushMs.at(median), copyMs.at(median), ratio,
                ratio <= 3 ? "pass" : "fail");
    std::printf("BENCH | sync pull of %d cases at another window | %.0f ms | COPY %.0f ms | "
                "%.1fx | - | -\n",
                cases, pullMs, copyMs.at(0), pullMs / copyMs.at(0));
    std::printf(
        "BENCH | sync pull of a reference change of 1,000 materials | %.0f ms | COPY %.0f ms | "
        "%.1fx | <= 3x | %s\n",
        catalogMs, catalogCopyMs, catalogMs / catalogCopyMs,
        catalog && catalogMs <= 3 * catalogCopyMs ? "pass" : "fail");
    std::printf("BENCH | sync idle round, max of 21 (p50 %.1f ms) | %.1f ms | - | - | < 50 ms | "
                "%s\n",
                idleP50, idleMax, idleMax < 50 ? "pass" : "fail");
    return 0;
}
