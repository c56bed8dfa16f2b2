// onewindow: the counter clerk's desktop program.
#include "DatabaseSetup.h"
#include "Localization.h"
#include "StartupOptions.h"
#include "SyncService.h"
#include "access/AccountService.h"
#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "cases/CaseSignatureService.h"
#include "cases/HomeVisitRepository.h"
#include "cases/IntakeDraftStore.h"
#include "catalog/CatalogPublisher.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DocumentPrinter.h"
#include "config/DatabaseLocation.h"
#include "files/KeyStores.h"
#include "files/SecureFileStore.h"
#include "guide/GuideRepository.h"
#include "main/MainWindow.h"
#include "ratings/RectificationService.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"
#include "scan/QtDocumentCamera.h"
#include "scans/ScanService.h"
#include "search/PinyinData.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// ONEWINDOW_STARTUP_TIMES=1 prints how long each step of the start took (stderr), for the hall's
// IT person and the startup benchmark.
class StartupTimes
{
public:
    StartupTimes() : m_enabled(qEnvironmentVariableIntValue("ONEWINDOW_STARTUP_TIMES") == 1)
    {
        m_clock.start();
    }
    void mark(const char* step)
    {
        if (m_enabled)
            std::fprintf(stderr, "onewindow: %-28s %7.1f ms\n", step,
                         double(m_clock.nsecsElapsed()) / 1e6);
    }

private:
    bool m_enabled;
    QElapsedTimer m_clock;
};

// Quits the application after the first paint of the watched window (--exit-after-startup).
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(StartupTimes& times) : m_times(times) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            m_times.mark("first paint");
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    StartupTimes& m_times;
    bool m_seen = false;
};

int fail(const QString& message, bool interactive)
{
    std::fprintf(stderr, "onewindow: %s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OneWindow"), message);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    StartupTimes times;
    QApplication application(argc, argv);
    times.mark("application");
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    const ow::StartupOptions options = ow::StartupOptions::parse(QApplication::arguments());
    switch (options.action) {
    case ow::StartupOptions::Action::Fail:
        std::fprintf(stderr, "onewindow: %s\n", qUtf8Printable(options.message));
        return 2;
    case ow::StartupOptions::Action::ShowHelp:
    case ow::StartupOptions::Action::ShowVersion:
        std::fprintf(stdout, "%s\n", qUtf8Printable(options.message));
        return 0;
    case ow::StartupOptions::Action::Run:
        break;
    }
    ow::Localization::install(application, options.language);
    const bool interactive = !options.exitAfterStartup;

    const ow::DatabaseLocation location =
        ow::DatabaseLocation::fromEnvironment(options.databasePath);
    if (!ow::DatabaseLocation::ensureFolder(location))
        return fail(QCoreApplication::translate("main", "Cannot create the folder of %1.")
                        .arg(location.path),
                    interactive);
    // The database is opened, brought up to date and checked on a worker thread while this
    // thread builds the sign-in window (issue 11: both take milliseconds, and the counter PC has
    // more than one core). The window is shown only once the database is ready; a database that
    // is refused ends the start with the same message as before.
    std::optional<ow::Result<ow::DatabaseSetup::Outcome>> prepared;
    QThread* const guiThread = QThread::currentThread();
    const std::unique_ptr<QThread> opening(QThread::create([&] {
        auto outcome = ow::DatabaseSetup::prepare(location.path, options.seedPath);
        if (outcome && !outcome.value().database->moveToThread(guiThread))
            qFatal("onewindow: the database connection cannot be handed to the GUI thread");
        prepared.emplace(std::move(outcome));
    }));
    opening->start();
    std::unique_ptr<ow::SignInDialog> signIn;
    if (options.userName.isEmpty()) {
        signIn = std::make_unique<ow::SignInDialog>();
        times.mark("sign-in window built");
    }
    opening->wait();
    if (!prepared) // the thread could not be started: opened here then
        prepared.emplace(ow::DatabaseSetup::prepare(location.path, options.seedPath));
    if (!prepared.value())
        return fail(prepared->error(), interactive);
    ow::Database& database = *prepared->value().database;
    times.mark("database opened");
    // The catalog, guides, pinyin readings and calendar are loaded once someone has signed in:
    // the sign-in window comes up at once, and nothing personal is needed to read them.
    ow::WorkspaceData data;
    QString loadError;
    const auto loadWorkspace = [&]() -> bool {
        const auto failed = [&](const QString& message) {
            loadError = message;
            return false;
        };
        data.databasePath = location.path;
        ow::Result<ow::Catalog> catalog = ow::CatalogRepository(database).load();
        if (!catalog)
            return failed(catalog.error());
        data.catalog = std::move(catalog).value();
        if (const auto release = ow::CatalogPublisher(database).current();
            release && release.value())
            data.catalogVersion = release.value()->version;
        times.mark("catalog loaded");
        const ow::GuideRepository guides(database);
        auto latest = guides.latestAll();
        if (!latest)
            return failed(latest.error());
        data.guides = std::move(latest).value();
        auto dictionary = guides.dictionary();
        if (!dictionary)
            return failed(dictionary.error());
        data.dictionary = std::move(dictionary).value();
        times.mark("guides loaded");
        auto pinyin = ow::PinyinData::load();
        if (!pinyin)
            return failed(pinyin.error());
        data.pinyin = std::move(pinyin).value();
        times.mark("pinyin loaded");
        // The built-in calendar with the years published centrally and here laid over it.
        auto calendar = ow::CalendarData::load(database);
        if (!calendar)
            return failed(calendar.error());
        data.calendar = std::move(calendar).value();
        return true;
    };

    ow::SystemClock clock;
    ow::AccountService accounts(database, clock);
    FirstPaintWatcher watcher(times);
    // --exit-after-startup: the first window shown (setup, sign-in or main) is painted, then exit.
    const auto showAndRun = [&](QWidget& first) {
        if (options.exitAfterStartup) {
            first.installEventFilter(&watcher);
            QTimer::singleShot(30000, &application, [] {
                std::fprintf(stderr, "onewindow: the first window was not painted within 30 s\n");
                QCoreApplication::exit(3);
            });
        }
        first.show();
        return QApplication::exec();
    };

    const auto hall = accounts.hall();
    if (!hall)
        return fail(hall.error(), interactive);
    QString suggestedUser;
    if (!hall.value()) {
        ow::SetupDialog setup(accounts);
        if (options.exitAfterStartup)
            return showAndRun(setup);
        if (setup.exec() != QDialog::Accepted)
            return 0;
        suggestedUser = setup.adminName();
    }
    std::optional<ow::Session> session;
    if (!options.userName.isEmpty()) {
        auto signedIn =
            accounts.signIn(options.userName, qEnvironmentVariable("ONEWINDOW_PASSWORD"));
        if (!signedIn)
            return fail(signedIn.error(), interactive);
        session = signedIn.value();
        times.mark("signed in");
    } else {
        const auto current = accounts.hall();
        signIn->setAccounts(accounts);
        signIn->setHallText(current.ok() && current.value()
                                ? QCoreApplication::translate("main", "%1, window %2")
                                      .arg(current.value()->centerName)
                                      .arg(current.value()->window)
                                : QString());
        if (!suggestedUser.isEmpty())
            signIn->setUserName(suggestedUser);
        if (options.exitAfterStartup)
            return showAndRun(*signIn);
        if (signIn->exec() != QDialog::Accepted || !signIn->session())
            return 0;
        session = signIn->session();
    }

    if (!loadWorkspace())
        return fail(loadError, interactive);
    times.mark("workspace loaded");
    ow::QtDocumentPrinter printer;
    // Reloaded in place when the administrator publishes a calendar year (MainWindow).
    ow::WorkCalendar workCalendar = data.calendar;
    ow::CaseService cases(database, clock, workCalendar, accounts);
    // Personal files (scans, signatures) are encrypted at rest beside the database; without the
    // store intakes take no scans and signatures are not kept (the status bar says so).
    auto fileStore = ow::ScanService::openFileStore(location.path);
    std::unique_ptr<ow::ScanService> scans;
    std::unique_ptr<ow::CaseSignatureService> signatures;
    if (fileStore) {
        scans = std::make_unique<ow::ScanService>(database, *fileStore.value(), clock, accounts);
        signatures = std::make_unique<ow::CaseSignatureService>(database, clock, accounts,
                                                                *fileStore.value());
    } else {
        std::fprintf(stderr, "onewindow: %s\n", qUtf8Printable(fileStore.error()));
    }
    // Intake drafts are autosaved sealed with the same at-rest key; without it the counter
    // still works, it just keeps no drafts. The store outlives the window (closing the window
    // saves what is open).
    std::unique_ptr<ow::IntakeDraftStore> drafts;
    const QString databasePath = data.databasePath;
    ow::MainWindow window(std::move(data), printer, accounts, cases, *session, clock);
    window.setSignatureService(signatures.get());
    window.setCatalogDatabase(&database);
    window.setLiveCalendar(&workCalendar);
    ow::QtDocumentCamera camera;
    window.setScanning(scans.get(), &camera);
    const auto keyStore = ow::KeyStores::preferred(ow::ScanService::keyFileFor(location.path));
    if (const ow::Result<QByteArray> key = keyStore->loadOrCreateKey(); key.ok()) {
        drafts = std::make_unique<ow::IntakeDraftStore>(database, clock, key.value());
        window.setDraftStore(drafts.get());
    } else {
        std::fprintf(stderr, "onewindow: %s\n",
                     qUtf8Printable(
                         QCoreApplication::translate("main", "Intake drafts are not autosaved: %1")
                             .arg(key.error())));
    }
    window.offerUnfinishedIntake();
    // Every minute and on F5, on its own thread; the address comes from `owctl sync --central`.
    ow::SyncService sync(databasePath, 60);
    window.attachSync(sync);
    times.mark("main window built");
    // 好差评: a rating of 1 or 2 opens a rectification due this many working days later
    // (settings key ratings/rectificationDays, 1–60, default 5).
    ow::ReportService reports(database, clock, accounts);
    ow::RatingRecorder ratings(database, workCalendar);
    const int rectificationDays =
        std::clamp(QSettings()
                       .value(QStringLiteral("ratings/rectificationDays"),
                              ow::RatingRecorder::DefaultRectificationDays)
                       .toInt(),
                   1, 60);
    window.enableReportsAndRatings(reports, ratings, rectificationDays);
    // 交班: signing out (File › Sign out, or closing the window) shows what is left behind.
    window.enableSyncScreens(database);
    ow::HomeVisitRepository homeVisits(database, clock, accounts); // 上门服务 (F4)
    window.setHomeVisits(&homeVisits);
    ow::RectificationService rectifications(database, workCalendar, clock, accounts);
    window.enableRectifications(rectifications);
    const int code = showAndRun(window);
    if (!window.signedOut())
        accounts.signOut(window.session(), QCoreApplication::translate("main", "program closed"));
    return code;
}
