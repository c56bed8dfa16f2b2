// onewindow: the counter clerk's desktop program.
#include "DatabaseSetup.h"
#include "Localization.h"
#include "StartupOptions.h"
#include "catalog/CatalogRepository.h"
#include "common/DocumentPrinter.h"
#include "config/DatabaseLocation.h"
#include "guide/GuideRepository.h"
#include "main/MainWindow.h"
#include "search/PinyinData.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

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

    ow::QtDocumentPrinter printer;
    ow::MainWindow window(std::move(data), printer);
    FirstPaintWatcher watcher;
    if (options.exitAfterStartup) {
        window.installEventFilter(&watcher);
        QTimer::singleShot(30000, &application, [] {
            std::fprintf(stderr, "onewindow: the main window was not painted within 30 s\n");
            QCoreApplication::exit(3);
        });
    }
    window.show();
    return QApplication::exec();
}
