// Takes cases in one after another, as a separate process for TestCaseCrash to kill with
// SIGKILL. For each intake i (from FIRST on) it autosaves the draft as the intake screen does,
// prints "DRAFT i ID", takes the case in (P082, every material received: accepted) and prints
// "TAKEN i NUMBER". With PAUSE_SEED > 0 it counts the SQL statements of the first takeIn
// transaction (BEGIN … COMMIT, trigger programs included), prints "STATEMENTS n", and in the
// second one stops before statement 2 + PAUSE_SEED % (n - 1) — anywhere from the first write
// to the COMMIT — printing "PAUSED i K n" and waiting there to be killed. After COUNT intakes it
// prints "END" and waits. Usage: TakeInChild DB KEYFILE FIRST COUNT PAUSE
// (password in ONEWINDOW_PASSWORD).
#include "DatabaseSetup.h"
#include "TakeInScript.h"
#include "access/AccountService.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "cases/IntakeDraftJson.h"
#include "cases/IntakeDraftStore.h"
#include "catalog/CatalogSeed.h"
#include "files/OwnerOnlyFileKeyStore.h"
#include "guide/GuideRepository.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstdio>
#include <unistd.h>

using namespace ow;

namespace {

struct Trace
{
    bool counting = false; // inside the takeIn being counted or paused
    bool inTransaction = false;
    int count = 0;
    int pauseAt = 0; // 0: never
    int intake = 0;
    int total = 0;
};
Trace g_trace;

void say(const QByteArray& line)
{
    std::fputs((line + '\n').constData(), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "TakeInChild: %s\n", qUtf8Printable(message));
    std::exit(1);
}

[[noreturn]] void waitToBeKilled()
{
    for (;;)
        ::pause();
}

int onStatement(unsigned, void*, void*, void* text)
{
    if (!g_trace.counting)
        return 0;
    const QByteArray sql = QByteArray(static_cast<const char*>(text)).trimmed().left(40);
    if (sql.startsWith("BEGIN"))
        g_trace.inTransaction = true;
    if (!g_trace.inTransaction)
        return 0;
    ++g_trace.count;
    if (g_trace.count == g_trace.pauseAt) {
        say("PAUSED " + QByteArray::number(g_trace.intake) + ' ' +
            QByteArray::number(g_trace.count) + ' ' + QByteArray::number(g_trace.total) + ' ' +
            sql.simplified());
        waitToBeKilled(); // inside the transaction, before this statement runs
    }
    if (sql.startsWith("COMMIT"))
        g_trace.inTransaction = false;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6)
        fail(QStringLiteral("usage: TakeInChild DB KEYFILE FIRST COUNT PAUSE"));
    const int first = args.at(3).toInt();
    const int count = args.at(4).toInt();
    const qint64 pause = args.at(5).toLongLong();
    auto prepared = DatabaseSetup::prepare(args.at(1), CatalogSeed::embeddedPath());
    if (!prepared)
        fail(prepared.error());
    Database& database = *prepared.value().database;
    const QHash<QString, Guide> guides = GuideRepository(database).latestAll().value();
    const GuideJson::Dictionary dictionary = GuideRepository(database).dictionary().value();
    const WorkCalendar calendar = CalendarData::load().value();
    SystemClock clock;
    AccountService accounts(database, clock);
    const auto session =
        accounts.signIn(QStringLiteral("clerk"), qEnvironmentVariable("ONEWINDOW_PASSWORD"));
    if (!session)
        fail(session.error());
    const auto key = OwnerOnlyFileKeyStore(args.at(2)).loadOrCreateKey();
    if (!key)
        fail(key.error());
    IntakeDraftStore drafts(database, clock, key.value());
    CaseService cases(database, clock, calendar, accounts);

    const QVariant handle = database.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        fail(QStringLiteral("no SQLite handle"));
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, onStatement, nullptr);

    for (int i = first; i < first + count; ++i) {
        IntakeDraft draft;
        draft.applicant.name = QStringLiteral("测试申请人%1").arg(i);
        draft.applicant.identifier = test::crashIdNumber(i);
        draft.applicant.phone = QStringLiteral("13812345678");
        draft.itemCodes = {QStringLiteral("P082")};
        draft.mergeChecklist(guides, dictionary);
        for (CaseMaterial& m : draft.materials)
            m.state = CaseMaterial::State::Received;
        draft.autosaveId = IntakeDraftStore::newId();
        if (const Status saved = drafts.insert(session.value(), draft.autosaveId,
                                               IntakeDraftJson::toJson(draft, {}), draft.itemCodes);
            !saved)
            fail(saved.error());
        say("DRAFT " + QByteArray::number(i) + ' ' + draft.autosaveId.toLatin1());
        (void)draft.check(clock.now().toLocalTime().date());
        g_trace.intake = i;
        g_trace.count = 0;
        g_trace.inTransaction = false;
        g_trace.counting = pause != 0 && i - first < 2;
        if (pause != 0 && i - first == 1)
            g_trace.pauseAt =
                pause > 0 ? 2 + int(pause % (g_trace.total - 1)) : g_trace.total + 1 + int(pause);
        const Result<Case> taken =
            cases.takeIn(session.value(), draft, IntakeDraft::Decision::Accept, {}, guides);
        g_trace.counting = false;
        if (!taken)
            fail(taken.error());
        if (pause != 0 && i == first) {
            g_trace.total = g_trace.count;
            say("STATEMENTS " + QByteArray::number(g_trace.total));
        }
        say("TAKEN " + QByteArray::number(i) + ' ' + taken.value().number.toLatin1());
    }
    say("END");
    waitToBeKilled();
}
