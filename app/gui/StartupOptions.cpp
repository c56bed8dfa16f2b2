#include "StartupOptions.h"

#include "Localization.h"
#include "catalog/CatalogSeed.h"

#include <QCommandLineParser>

namespace ow {

StartupOptions StartupOptions::parse(const QStringList& arguments)
{
    StartupOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OneWindow — single-window counter client."));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Local database file (else ONEWINDOW_DB, else the "
                                   "application-data folder)."),
                                tr("path"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Catalog seed file for a new database (default: the "
                                     "built-in catalog)."),
                                  tr("file"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        tr("Language of the screens: zh_CN (default) or en; without it, the one chosen "
           "in File > Language."),
        tr("language"));
    const QCommandLineOption exitAfterStartup(
        QStringLiteral("exit-after-startup"),
        tr("Show the main window, wait for its first paint, and exit 0."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        tr("Sign in as this user without the sign-in window; the password "
           "comes from ONEWINDOW_PASSWORD (for kiosks, tests and benchmarks)."),
        tr("name"));
    parser.addOptions({db, seed, lang, user, exitAfterStartup});
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    if (!parser.parse(arguments)) {
        options.action = Action::Fail;
        options.message = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = Action::Fail;
        options.message = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return options;
    }
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.message =
            QStringLiteral("onewindow %1").arg(QCoreApplication::applicationVersion());
        return options;
    }
    options.databasePath = parser.value(db);
    options.seedPath = parser.isSet(seed) ? parser.value(seed) : CatalogSeed::embeddedPath();
    options.language = parser.isSet(lang) ? parser.value(lang) : Localization::preferredLanguage();
    options.exitAfterStartup = parser.isSet(exitAfterStartup);
    options.userName = parser.value(user);
    // "--db --exit-after-startup" would otherwise take the next option as the path.
    if (parser.isSet(db) &&
        (options.databasePath.trimmed().isEmpty() || options.databasePath.startsWith(u'-'))) {
        options.action = Action::Fail;
        options.message = tr("--db needs a file path.");
    } else if (!Localization::isSupported(options.language)) {
        options.action = Action::Fail;
        options.message = tr("Unknown language \"%1\": use zh_CN or en.").arg(options.language);
    }
    return options;
}

} // namespace ow
