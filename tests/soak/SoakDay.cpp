// Soak: a simulated busy day at a hall, against a real PostgreSQL (tests/support/pg-cluster.sh).
// WINDOWS workstations (local SQLite databases of one hall) each take CASES / WINDOWS cases in,
// in child processes of this program (`--worker`): every intake goes through CaseService::takeIn
// with a decision (受理 80 %, 补正 15 %, 不予受理 5 %), every tenth decision's document is printed
// to a PDF in memory, and every accepted case is rated. Meanwhile this process syncs the
// workstations with the central store again and again: in-process rounds with a network loss
// injected at a random statement (SyncEngine::injectFault, before a statement or its answer lost),
// and `owctl sync` child processes killed (SIGKILL) at random moments. Every worker but the first
// is itself killed at random moments and started again (it carries on from what its database
// holds). Then the network is quiet, every workstation syncs until its outbox is empty, and the
// program checks:
//   - every case taken in at every window is in the central store exactly once (same ids, no
//     number twice, as many rows as cases), and every workstation holds the whole hall;
//   - memory did not grow without bound: the resident set and the heap in use (mallinfo2, less
//     SQLite's sqlite3_memory_used) of the first worker (never killed; it writes its heap to a
//     file beside its database) and of this process (all the sync rounds), sampled all along;
//     the first third of the day is warm-up, and the largest sample of the last third may exceed
//     the largest of the middle third by at most max(4 MB, 25 %) of heap, max(16 MB, 25 %) of
//     resident set (Samples::check).
// Exit 0 when everything holds, 1 with the reason otherwise. Figures go to stdout.
//   soak_day [--cases N] [--windows W] [--seed S] [--trace FILE]   (defaults: 20000 cases, 4
//   windows; --trace writes every memory sample as CSV)
// The PostgreSQL cluster: ONEWINDOW_TEST_PG_URL, or ctest's PgCluster fixture (label soak:
// `tests/support/pg-cluster.sh run -- ctest --preset soak`).
#include "CaseDocuments.h"
#include "ManualClock.h"
#include "PdfWriter.h"
#include "SqlValues.h"
#include "SyncTestBed.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "catalog/CatalogRepository.h"
#include "guide/GuideRepository.h"
#include "ratings/EvaluationRepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QPdfWriter>
#include <QProcess>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <signal.h>
#include <sqlite3.h>

using namespace ow;
using namespace ow::test;

namespace {

const QString Password = QStringLiteral("Counter2026ok");
// The simulated day starts at 08:30 in Beijing; every intake at a window takes 5 seconds of it.
const QDateTime DayStart(QDate(2026, 11, 30), QTime(0, 30), Qt::UTC);
constexpr int SecondsPerCase = 5;

void say(const char* format, auto... values)
{
    std::printf(format, values...);
    std::fflush(stdout);
}

// The running workers of the day, by window: a failing day takes them with it (else they run
// on, orphaned).
QHash<int, qint64>& children()
{
    static QHash<int, qint64> pids;
    return pids;
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "soak_day: %s\n", qUtf8Printable(message));
    for (const qint64 pid : std::as_const(children()))
        ::kill(pid_t(pid), SIGKILL);
    std::exit(1);
}

// A save that met the write lock held longer than the busy timeout (5 s: a sync round applying
// a page of tens of thousands of rows on a loaded machine) is saved again, as the clerk would,
// for up to a minute; counted, and the longest wait printed.
bool locked(const QString& error)
{
    return error.contains(QLatin1String("database is locked"));
}

template <typename Save>
auto saveAgainWhileLocked(Save save, int& retries, qint64& longestMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto result = save();
        if (result || !locked(result.error()) || waited.elapsed() > 60000) {
            longestMs = std::max(longestMs, waited.elapsed());
            return result;
        }
        ++retries;
    }
}

// A resident ID number with a valid check character (GB 11643): region 370402, born 1940–1999.
QString identifier(QRandomGenerator& random)
{
    const QDate born = QDate(1940, 1, 1).addDays(random.bounded(365 * 60));
    QString body = QStringLiteral("370402") + born.toString(QStringLiteral("yyyyMMdd")) +
                   QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

// VmRSS: the resident set now; VmHWM: its peak so far.
qint64 residentKb(qint64 pid, const QByteArray& field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The heap in use of this process (malloc's bytes handed out and not freed: what the process
// holds, whatever the page cache or malloc's free lists add to the resident set), and SQLite's
// part of it.
struct HeapUse
{
    qint64 heapKb = 0;
    qint64 sqliteKb = 0;
    static HeapUse now()
    {
        const struct mallinfo2 info = mallinfo2();
        return {qint64((info.uordblks + info.hblkhd) / 1024), sqlite3_memory_used() / 1024};
    }
};

// A worker tells the program its heap through a small file beside its database.
QString heapFileOf(const QString& databasePath)
{
    return databasePath + QStringLiteral(".heap");
}

void writeHeap(const QString& databasePath, int done)
{
    const HeapUse use = HeapUse::now();
    QFile file(heapFileOf(databasePath) + QStringLiteral(".new"));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QByteArray::number(done) + ' ' + QByteArray::number(use.heapKb) + ' ' +
                   QByteArray::number(use.sqliteKb) + '\n');
        file.close();
        QFile::remove(heapFileOf(databasePath));
        file.rename(heapFileOf(databasePath));
    }
}

// ---- a workstation's counter: takes cases in until its window holds `target` -------------

int worker(const QString& path, int window, int target, quint32 seed)
{
    auto opened = DatabaseSetup::prepare(path, CatalogSeed::embeddedPath());
    if (!opened)
        fail(opened.error());
    Database& database = *opened.value().database;
    const auto count = [&] {
        QSqlQuery query(database.connection());
        if (!execute(query, QStringLiteral("SELECT count(*) FROM case_file WHERE window_no = ?"),
                     {window}) ||
            !query.next())
            fail(QStringLiteral("cannot count the cases of window %1").arg(window));
        return query.value(0).toInt();
    };
    int done = count();
    ManualClock clock(DayStart.addSecs(qint64(done) * SecondsPerCase));
    AccountService accounts(database, clock);
    const WorkCalendar calendar = CalendarData::load().value();
    CaseService cases(database, clock, calendar, accounts);
    EvaluationRepository ratings(database, calendar);
    AuditLog audit = accounts.auditLog();
    const Catalog catalog = CatalogRepository(database).load().value();
    GuideRepository guideRepository(database);
    const QHash<QString, Guide> guides = guideRepository.latestAll().value();
    const GuideJson::Dictionary dictionary = guideRepository.dictionary().value();
    QStringList guided = guides.keys();
    guided.sort();
    const Result<Session> signedIn = accounts.signIn(QStringLiteral("clerk"), Password);
    if (!signedIn)
        fail(signedIn.error());
    Session session = signedIn.value();
    const HallSetup hall = session.hall;
    QRandomGenerator random(seed ^ quint32(done * 7919));
    int printed = 0;
    qint64 pdfBytes = 0;
    int lockedRetries = 0;
    qint64 longestSaveMs = 0;
    while (done < target) {
        clock.advanceSeconds(SecondsPerCase);
        if (session.isExpired(clock.now())) // a long run: the next shift signs in
            session = accounts.signIn(QStringLiteral("clerk"), Password).value();
        IntakeDraft draft;
        draft.applicant.name = QStringLiteral("申请人%1").arg(done);
        draft.applicant.identifier = identifier(random);
        draft.applicant.phone =
            QStringLiteral("138%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
        draft.itemCodes = {guided.at(random.bounded(int(guided.size())))};
        if (IntakeDraft::blocks(draft.check(clock.now().toLocalTime().date())))
            fail(QStringLiteral("the generated draft does not pass its checks"));
        draft.mergeChecklist(guides, dictionary);
        const int roll = random.bounded(100);
        IntakeDraft::Decision decision = IntakeDraft::Decision::Accept;
        QString reason;
        for (CaseMaterial& material : draft.materials)
            material.state = CaseMaterial::State::Received;
        if (roll >= 95) {
            decision = IntakeDraft::Decision::Refuse;
            reason = QStringLiteral("不属于本中心受理范围");
        } else if (roll >= 80) {
            const auto required = std::find_if(draft.materials.begin(), draft.materials.end(),
                                               [](const CaseMaterial& m) { return m.required; });
            if (required != draft.materials.end()) {
                required->state = CaseMaterial::State::Missing;
                decision = IntakeDraft::Decision::Supplement;
            }
        }
        const Result<Case> taken = saveAgainWhileLocked(
            [&] { return cases.takeIn(session, draft, decision, reason, guides); }, lockedRetries,
            longestSaveMs);
        if (!taken)
            fail(QStringLiteral("take in: ") + taken.error());
        ++done;
        const Case& c = taken.value();
        if (done % 10 == 0) {
            const DocumentContext context = CaseDocuments::contextFor(
                c, catalog, guides, hall, QStringLiteral("王伟"), clock.now().date());
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                QPdfWriter writer(&buffer);
                PdfWriter::print(CaseDocuments::forDecision(c, context), &writer);
            }
            if (!buffer.data().startsWith("%PDF"))
                fail(QStringLiteral("the document of %1 is not a PDF").arg(c.number));
            pdfBytes += buffer.size();
            ++printed;
        }
        if (decision == IntakeDraft::Decision::Accept) {
            const Evaluation rating{c.id, 1 + random.bounded(5), Evaluation::Channel::Window,
                                    clock.now(), QString()};
            const auto rated = saveAgainWhileLocked(
                [&] { return ratings.record(rating, session.user.name, audit); }, lockedRetries,
                longestSaveMs);
            if (!rated)
                fail(QStringLiteral("rating: ") + rated.error());
        }
        if (done % 5 == 0 || done == target)
            writeHeap(path, done);
        if (done % 500 == 0)
            say("window %d: %d cases\n", window, done);
    }
    say("window %d done: %d cases, %d documents printed (%lld bytes of PDF); %d saves again after "
        "'database is locked', longest save %.1f s\n",
        window, done, printed, pdfBytes, lockedRetries, double(longestSaveMs) / 1000);
    return 0;
}

// ---- the day: workers, syncs with faults, then the checks -----------------------------------

struct Samples
{
    struct Point
    {
        int cases = 0;       // taken in at all windows so far
        qint64 rssKb = 0;    // resident set
        qint64 heapKb = 0;   // malloc's bytes in use (0: not known)
        qint64 sqliteKb = 0; // of which SQLite's
    };
    QList<Point> points;
    void add(const Point& point)
    {
        if (point.rssKb > 0)
            points.append(point);
    }
    void trace(QTextStream& out, const char* what) const
    {
        for (const Point& p : points)
            out << what << ',' << p.cases << ',' << p.rssKb << ',' << p.heapKb << ',' << p.sqliteKb
                << '\n';
    }
    // Empty when memory stayed bounded, else why not. The first third of the day is warm-up
    // (SQLite's page caches filling up to cache_size, fonts, connections, malloc's arenas); the
    // last third may exceed the middle third by at most max(4 MB, 25 %) of heap in use (malloc's
    // bytes not freed, less SQLite's own: what the process holds, which malloc's free lists and
    // the page cache neither mask nor fake) and max(16 MB, 25 %) of resident set.
    QString check(const char* what) const
    {
        if (points.isEmpty())
            return QString();
        say("memory of %s (cases: resident / heap / of which SQLite, MB):", what);
        for (int i = 0; i < 8; ++i) {
            const Point& p = points.at(qsizetype(i) * (points.size() - 1) / 7);
            say(" %d: %.1f/%.1f/%.1f", p.cases, double(p.rssKb) / 1024, double(p.heapKb) / 1024,
                double(p.sqliteKb) / 1024);
        }
        say("\n");
#ifdef __SANITIZE_ADDRESS__
        // AddressSanitizer keeps freed memory in quarantine (256 MB) and adds shadow memory, so
        // the resident set grows by design (and mallinfo2 does not see its allocator); its leak
        // checker watches this build instead.
        say("memory of %s: not judged under AddressSanitizer\n", what);
        return QString();
#endif
        if (points.size() < 9)
            return QString(); // too short a run to say anything
        const qsizetype third = points.size() / 3;
        const auto peak = [&](qsizetype from, qsizetype to, auto field) {
            qint64 most = 0;
            for (qsizetype i = from; i < to; ++i)
                most = std::max(most, field(points.at(i)));
            return most;
        };
        const auto rss = [](const Point& p) { return p.rssKb; };
        const auto heap = [](const Point& p) { return p.heapKb - p.sqliteKb; };
        QStringList grew;
        const auto judge = [&](const char* which, auto field, qint64 floorKb) {
            const qint64 middle = peak(third, 2 * third, field);
            const qint64 late = peak(points.size() - third, points.size(), field);
            say("memory of %s: %s %.1f MB in the middle third of the day, %.1f MB in the last "
                "third\n",
                what, which, double(middle) / 1024, double(late) / 1024);
            if (middle > 0 && late - middle > std::max(floorKb, middle / 4))
                grew.append(QStringLiteral("%1 from %2 MB to %3 MB")
                                .arg(QString::fromUtf8(which))
                                .arg(double(middle) / 1024, 0, 'f', 1)
                                .arg(double(late) / 1024, 0, 'f', 1));
        };
        judge("resident set", rss, 16 * 1024);
        judge("heap in use (without SQLite)", heap, 4 * 1024);
        if (grew.isEmpty())
            return QString();
        return QStringLiteral("the memory of %1 kept growing: %2")
            .arg(QString::fromUtf8(what), grew.join(QStringLiteral(", ")));
    }
};

int day(int totalCases, int windows, quint32 seed, const QString& tracePath)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    ScratchCentral central;
    if (!central.error().isEmpty())
        fail(central.error());
    const QString code = randomCode(QStringLiteral("S"));
    const CentralSettings login = central.addCenter(code);
    ManualClock clock(DayStart.addSecs(-3600));
    std::vector<std::unique_ptr<Workstation>> stations;
    for (int w = 1; w <= windows; ++w) {
        stations.push_back(std::make_unique<Workstation>(dir.path(), code, w, login));
        AccountService accounts(stations.back()->database(), clock);
        const Session admin = accounts.signIn(QStringLiteral("admin"), Password).value();
        if (const Status added = accounts.addUser(admin,
                                                  {QStringLiteral("clerk"),
                                                   QStringLiteral("王伟"),
                                                   Role::Clerk,
                                                   code,
                                                   false,
                                                   true,
                                                   0,
                                                   {}},
                                                  Password);
            !added)
            fail(added.error());
    }
    const int perWindow = (totalCases + windows - 1) / windows;
    say("soak: %d windows x %d cases, hall %s, seed %u\n", windows, perWindow, qPrintable(code),
        seed);

    // Workers, and their restarts after a kill.
    // The cases a window holds, as its worker last wrote them beside its database.
    const auto heapFields = [&](int w) {
        QFile file(heapFileOf(stations.at(std::size_t(w))->path()));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().split(' ')
                                              : QList<QByteArray>();
    };
    const auto casesOf = [&](int w) { return heapFields(w).value(0).toInt(); };
    struct Worker
    {
        std::unique_ptr<QProcess> process;
        bool finished = false;
        int kills = 0;
        int startedAt = -1; // the cases its window held when it was (re)started
    };
    std::vector<Worker> workers(static_cast<std::size_t>(windows));
    const QString self = QCoreApplication::applicationFilePath();
    const auto start = [&](int w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(self, {QStringLiteral("--worker"), stations.at(std::size_t(w))->path(),
                              QString::number(w + 1), QString::number(perWindow),
                              QString::number(random.generate())});
        if (!process->waitForStarted())
            fail(QStringLiteral("cannot start a worker: ") + process->errorString());
        children().insert(w, process->processId());
        workers.at(std::size_t(w)).process = std::move(process);
        workers.at(std::size_t(w)).startedAt = casesOf(w);
    };
    for (int w = 0; w < windows; ++w)
        start(w);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), ScratchCentral::password());
    const QString url = central.urlOf(login);
    Samples steadyWorker;
    Samples syncer;
    int rounds = 0, faulted = 0, failedRounds = 0, owctlKilled = 0, owctlFinished = 0;
    const auto sample = [&] {
        int cases = 0;
        for (int w = 0; w < windows; ++w)
            cases += casesOf(w);
        const QList<QByteArray> first = heapFields(0);
        if (workers.front().process->state() == QProcess::Running)
            steadyWorker.add({cases, residentKb(workers.front().process->processId()),
                              first.value(1).toLongLong(), first.value(2).toLongLong()});
        const HeapUse use = HeapUse::now();
        syncer.add(
            {cases, residentKb(QCoreApplication::applicationPid()), use.heapKb, use.sqliteKb});
    };
    for (bool busy = true; busy;) {
        busy = false;
        for (int w = 0; w < windows; ++w) {
            Worker& worker = workers.at(std::size_t(w));
            if (worker.finished)
                continue;
            QProcess& process = *worker.process;
            if (process.state() != QProcess::Running || process.waitForFinished(0)) {
                if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                    fail(QStringLiteral("worker %1 failed (exit %2)")
                             .arg(w + 1)
                             .arg(process.exitCode()));
                worker.finished = true;
                children().remove(w);
                continue;
            }
            busy = true;
            // The counters of the other windows crash now and then (the first one never: its
            // memory is watched over the whole day).
            // A counter restarted is killed again only after it took cases in (on a loaded
            // machine its start can take longer than the rounds between two kills).
            if (w > 0 && casesOf(w) > worker.startedAt && random.bounded(100) < 35) {
                QThread::msleep(random.bounded(1, 400));
                if (process.state() == QProcess::Running) {
                    ::kill(pid_t(process.processId()), SIGKILL);
                    process.waitForFinished(10000);
                    ++worker.kills;
                    start(w);
                }
            }
        }
        // One sync round per workstation: in this process with a network loss now and then,
        // or an owctl child killed at a random moment.
        for (auto& station : stations) {
            sample();
            ++rounds;
            if (random.bounded(100) < 30) {
                QProcess owctl;
                owctl.setProcessEnvironment(env);
                owctl.setStandardInputFile(QProcess::nullDevice());
                owctl.setStandardOutputFile(QProcess::nullDevice());
                owctl.start(binaryPath(QStringLiteral("app/cli/owctl")),
                            {QStringLiteral("--db"), station->path(), QStringLiteral("sync"),
                             QStringLiteral("--central"), url});
                if (!owctl.waitForStarted())
                    fail(QStringLiteral("cannot start owctl: ") + owctl.errorString());
                if (!owctl.waitForFinished(random.bounded(20, 4000))) {
                    ::kill(pid_t(owctl.processId()), SIGKILL);
                    owctl.waitForFinished(10000);
                    ++owctlKilled;
                } else {
                    ++owctlFinished;
                }
                continue;
            }
            const bool lose = random.bounded(100) < 50;
            if (lose) {
                station->engine().injectFault(
                    random.bounded(1, std::max(2, station->engine().statementsRun() + 1)),
                    random.bounded(2) ? SyncEngine::Fault::AfterStatement
                                      : SyncEngine::Fault::BeforeStatement);
                ++faulted;
            }
            const Result<SyncReport> report = station->sync();
            station->engine().injectFault(0, SyncEngine::Fault::BeforeStatement);
            if (!report) {
                ++failedRounds;
                if (!lose && !report.error().contains(QLatin1String("database is locked")))
                    say("sync round failed without a fault: %s\n", qUtf8Printable(report.error()));
            }
        }
        sample();
    }
    const double busySeconds = double(elapsed.elapsed()) / 1000;
    int kills = 0;
    for (const Worker& worker : workers)
        kills += worker.kills;
    say("busy part: %.0f s; workers killed %d times; %d sync rounds (%d with a network loss, %d "
        "failed), owctl sync killed %d times, finished %d times\n",
        busySeconds, kills, rounds, faulted, failedRounds, owctlKilled, owctlFinished);
    // Between rounds is what the process holds; within one, a page of the central log is in
    // memory several times over (libpq's buffer and result, UTF-16, UTF-8, JSON, rows).
    say("peak resident set of the syncing process within its rounds: %.1f MB\n",
        double(residentKb(QCoreApplication::applicationPid(), "VmHWM:")) / 1024);

    // Quiet: every workstation syncs until nothing is left, then once more to pull the others'.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto& station : stations) {
            for (int attempt = 0; attempt < 5; ++attempt) {
                const Result<SyncReport> report = station->sync();
                if (report && station->pending() == 0)
                    break;
                if (attempt == 4 && qEnvironmentVariableIsSet("ONEWINDOW_SOAK_KEEP"))
                    dir.setAutoRemove(false);
                if (attempt == 4)
                    fail(QStringLiteral("workstation %1 cannot sync in quiet: %2")
                             .arg(station->path(),
                                  report ? QStringLiteral("outbox not empty") : report.error()));
            }
        }
    }

    // Every case exactly once.
    QStringList problems;
    QSet<QString> taken;
    int total = 0;
    for (std::size_t w = 0; w < stations.size(); ++w) {
        QSqlQuery query(stations.at(w)->database().connection());
        if (!execute(query, QStringLiteral("SELECT id FROM case_file WHERE window_no = ?"),
                     {int(w) + 1}))
            fail(QStringLiteral("cannot read the cases of window %1").arg(w + 1));
        int here = 0;
        while (query.next()) {
            taken.insert(query.value(0).toString());
            ++here;
        }
        total += here;
        if (here != perWindow)
            problems.append(QStringLiteral("window %1 holds %2 cases, not %3")
                                .arg(w + 1)
                                .arg(here)
                                .arg(perWindow));
    }
    QSqlQuery query(central.admin());
    if (!execute(query,
                 QStringLiteral("SELECT row_key, data->>'id', data->>'number' FROM "
                                "onewindow.sync_row WHERE center_code = ? AND table_name = "
                                "'case_file' AND data IS NOT NULL"),
                 {code}))
        fail(QStringLiteral("cannot read the central store: ") + query.lastError().text());
    QSet<QString> stored;
    QSet<QString> numbers;
    int storedRows = 0;
    while (query.next()) {
        ++storedRows;
        stored.insert(query.value(1).toString());
        if (numbers.contains(query.value(2).toString()))
            problems.append(QStringLiteral("case number %1 is twice in the central store")
                                .arg(query.value(2).toString()));
        numbers.insert(query.value(2).toString());
    }
    if (storedRows != total || stored != taken)
        problems.append(QStringLiteral("the central store holds %1 cases (%2 distinct), the "
                                       "windows took %3 in; %4 missing, %5 unknown")
                            .arg(storedRows)
                            .arg(stored.size())
                            .arg(total)
                            .arg((taken - stored).size())
                            .arg((stored - taken).size()));
    const RowSet centralRows = central.rows(code);
    for (auto& station : stations) {
        if (station->rows() != centralRows)
            problems.append(
                QStringLiteral("%1 differs from the central store").arg(station->path()));
    }
    say("central store: %d cases of %d taken in, %d numbers\n", storedRows, total,
        int(numbers.size()));
    for (const QString& problem :
         {steadyWorker.check("the first worker"), syncer.check("the syncing process")}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!tracePath.isEmpty()) {
        QFile file(tracePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write ") + tracePath);
        QTextStream out(&file);
        out << "process,cases,rss_kb,heap_kb,sqlite_kb\n";
        steadyWorker.trace(out, "worker");
        syncer.trace(out, "syncer");
    }
    say("soak: %d cases in %.0f s (%.0f cases/s)\n", total, double(elapsed.elapsed()) / 1000,
        total / busySeconds);
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            std::fprintf(stderr, "soak_day: %s\n", qUtf8Printable(problem));
        return 1;
    }
    say("soak: every case is in the central store exactly once; memory stayed bounded\n");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("TZ", "Asia/Shanghai");
    if (argc > 1 && QByteArray(argv[1]) == "--worker") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv); // fonts for the PDF
        if (argc != 6)
            fail(QStringLiteral("usage: soak_day --worker DB WINDOW CASES SEED"));
        return worker(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(),
                      QByteArray(argv[4]).toInt(), QByteArray(argv[5]).toUInt());
    }
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A simulated busy day against PostgreSQL."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Cases in all (20000)."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("windows"), QStringLiteral("Workstations (4)."),
                      QStringLiteral("W"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (random)."),
                      QStringLiteral("S"),
                      QString::number(QRandomGenerator::global()->generate())});
    parser.addOption({QStringLiteral("trace"),
                      QStringLiteral("Write every memory sample to FILE (CSV; default: "
                                     "$ONEWINDOW_SOAK_TRACE, none when unset)."),
                      QStringLiteral("FILE"), qEnvironmentVariable("ONEWINDOW_SOAK_TRACE")});
    parser.process(application);
    const int cases = parser.value(QStringLiteral("cases")).toInt();
    const int windows = parser.value(QStringLiteral("windows")).toInt();
    if (cases < 1 || windows < 1 || windows > 20)
        fail(QStringLiteral("--cases must be at least 1 and --windows 1 to 20"));
    return day(cases, windows, parser.value(QStringLiteral("seed")).toUInt(),
               parser.value(QStringLiteral("trace")));
}
