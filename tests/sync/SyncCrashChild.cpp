// One sync round as a separate process for TestSyncKill to crash at a chosen statement (the
// engine's Fault::Crash: SIGKILL to itself before the statement runs, no rollback, no cleanup).
// Usage: SyncCrashChild DB URL BATCH CRASH_AT (0: never; the password in PGPASSWORD). A round that
// ends prints "STATEMENTS n RESYNCED r" (n: its statements) and exits 0; a failed one prints the
// error on stderr and exits 1.
#include "CentralSettings.h"
#include "Database.h"
#include "SyncEngine.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ow;

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: SyncCrashChild DB URL BATCH CRASH_AT\n");
        return 2;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(arguments.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error()));
        return 1;
    }
    const Result<CentralSettings> central = CentralSettings::fromUrl(arguments.at(2));
    if (!central) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(central.error()));
        return 1;
    }
    SyncEngine engine(*opened.value());
    engine.setBatchSize(arguments.at(3).toInt());
    engine.injectFault(arguments.at(4).toInt(), SyncEngine::Fault::Crash);
    const Result<SyncReport> report = engine.runOnce(central.value());
    if (!report) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(report.error()));
        return 1;
    }
    std::printf("STATEMENTS %d RESYNCED %d\n", engine.statementsRun(),
                report.value().resynced ? 1 : 0);
    return 0;
}
