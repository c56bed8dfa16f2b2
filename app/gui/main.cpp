// onewindow: the counter clerk's desktop program.
#include "DatabaseSetup.h"
#include "Localization.h"
#include "StartupOptions.h"
#include "access/AccountService.h"
#include "access/SetupDialog.h"
#include "access/SignInDialog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/DocumentPrinter.h"
#include "config/DatabaseLocation.h"
#include "guide/GuideRepository.h"
#include "main/MainWindow.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"
#include "search/PinyinData.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

// Quits the application after the first paint of the watched window (--exit-after-startup).
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
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
    QApplication application(argc, argv);
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
    auto prepared = ow::DatabaseSetup::prepare(location.path, options.seedPath);
    if (!prepared)
        return fail(prepared.error(), interactive);
    ow::Database& database = *prepared.value().database;
    ow::WorkspaceData data;
    data.databasePath = location.path;
    ow::Result<ow::Catalog> catalog = ow::CatalogRepository(database).load();
    if (!catalog)
        return fail(catalog.error(), interactive);
    data.catalog = std::move(catalog).value();
    const ow::GuideRepository guides(database);
    auto latest = guides.latestAll();
    if (!latest)
        return fail(latest.error(), interactive);
    data.guides = std::move(latest).value();
    auto dictionary = guides.dictionary();
    if (!dictionary)
        return fail(dictionary.error(), interactive);
    data.dictionary = std::move(dictionary).value();
    auto pinyin = ow::PinyinData::load();
    if (!pinyin)
        return fail(pinyin.error(), interactive);
    data.pinyin = std::move(pinyin).value();
    auto calendar = ow::CalendarData::load();
    if (!calendar)
        return fail(calendar.error(), interactive);
    data.calendar = std::move(calendar).value();

    ow::SystemClock clock;
    ow::AccountService accounts(database, clock);
    FirstPaintWatcher watcher;
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
    } else {
        const auto current = accounts.hall();
        ow::SignInDialog signIn(accounts, current.ok() && current.value()
                                              ? QCoreApplication::translate("main", "%1, window %2")
                                                    .arg(current.value()->centerName)
                                                    .arg(current.value()->window)
                                              : QString());
        if (!suggestedUser.isEmpty())
            signIn.setUserName(suggestedUser);
        if (options.exitAfterStartup)
            return showAndRun(signIn);
        if (signIn.exec() != QDialog::Accepted || !signIn.session())
            return 0;
        session = signIn.session();
    }

    ow::QtDocumentPrinter printer;
    const ow::WorkCalendar workCalendar = data.calendar;
    ow::CaseService cases(database, clock, workCalendar, accounts);
    ow::MainWindow window(std::move(data), printer, accounts, cases, *session, clock);
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
    const int code = showAndRun(window);
    accounts.signOut(window.session(), QCoreApplication::translate("main", "program closed"));
    return code;
}
