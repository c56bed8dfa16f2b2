#include "Owctl.h"

#include "DatabaseSetup.h"
#include "Localization.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "config/DatabaseLocation.h"
#include "migrations/Migrator.h"

#include <QFileInfo>

#include <cstdio>

namespace ow {

namespace {

// Reads "--name VALUE" or "--name=VALUE"; advances i past what it used.
bool takeValue(const QStringList& arguments, int& i, const QString& name, QString& value,
               QString& error)
{
    const QString& argument = arguments.at(i);
    if (argument.startsWith(name + QLatin1Char('='))) {
        value = argument.mid(name.size() + 1);
    } else if (i + 1 < arguments.size()) {
        value = arguments.at(++i);
    } else {
        error = Owctl::tr("%1 needs a value").arg(name);
        return false;
    }
    if (value.trimmed().isEmpty()) {
        error = Owctl::tr("%1 needs a non-empty value").arg(name);
        return false;
    }
    return true;
}

bool isOption(const QString& argument, const QString& name)
{
    return argument == name || argument.startsWith(name + QLatin1Char('='));
}

} // namespace

QString Owctl::helpText()
{
    return tr("Usage: owctl [--db PATH] [--seed FILE] COMMAND\n"
              "\n"
              "Commands:\n"
              "  init                     create or update the local database and load the\n"
              "                           catalog on first use (safe to run again)\n"
              "  catalog export --json    print the whole catalog as one JSON document\n"
              "  catalog search QUERY [--limit N] --json\n"
              "                           find items by Chinese, pinyin, initials, code or\n"
              "                           department; prints the ranked hits\n"
              "  guide show CODE --json   print the guide of an item (or say it has none)\n"
              "  guide print CODE -o FILE.pdf [--what-to-bring]\n"
              "                           save the guide, or the one-page what-to-bring\n"
              "                           notice, as PDF\n"
              "\n"
              "Options:\n"
              "  --db PATH      the local database (else $ONEWINDOW_DB, else the\n"
              "                 application-data folder)\n"
              "  --seed FILE    catalog seed for a new database (default: built in)\n"
              "  --lang LANG    zh_CN or en: the language of messages and documents\n"
              "                 (messages follow the system, documents are Chinese)\n"
              "  --help         show this text\n"
              "  --version      show the version\n"
              "\n"
              "Exit status: 0 done, 1 the work failed, 2 bad command line.\n");
}

int Owctl::run(const QStringList& arguments)
{
    m_seedPath = CatalogSeed::embeddedPath();
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString error;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            print(helpText().toUtf8());
            return 0;
        }
        if (argument == QLatin1String("--version")) {
            print(
                QStringLiteral("owctl %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
            return 0;
        }
        if (isOption(argument, QStringLiteral("--db"))) {
            if (!takeValue(arguments, i, QStringLiteral("--db"), m_databasePath, error))
                return usageError(error);
        } else if (isOption(argument, QStringLiteral("--lang"))) {
            QString language;
            if (!takeValue(arguments, i, QStringLiteral("--lang"), language, error))
                return usageError(error);
            if (!Localization::isSupported(language))
                return usageError(tr("unknown language '%1': use zh_CN or en").arg(language));
            m_documentLanguage = language;
        } else if (isOption(argument, QStringLiteral("--seed"))) {
            if (!takeValue(arguments, i, QStringLiteral("--seed"), m_seedPath, error))
                return usageError(error);
        } else {
            words.append(argument);
        }
    }
    if (words.isEmpty())
        return usageError(tr("no command given"));
    const QString command = words.takeFirst();
    if (command == QLatin1String("init")) {
        if (!words.isEmpty())
            return usageError(tr("init takes no argument, got '%1'").arg(words.first()));
        return init();
    }
    if (command == QLatin1String("catalog"))
        return catalogCommand(words);
    if (command == QLatin1String("guide"))
        return guideCommand(words);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option '%1'").arg(command));
    return usageError(tr("unknown command '%1'").arg(command));
}

int Owctl::init()
{
    const DatabaseLocation location = DatabaseLocation::fromEnvironment(m_databasePath);
    if (!DatabaseLocation::ensureFolder(location))
        return failure(tr("cannot create the folder of %1").arg(location.path));
    const auto prepared = DatabaseSetup::prepare(location.path, m_seedPath);
    if (!prepared)
        return failure(prepared.error());
    const Result<Catalog> catalog = CatalogRepository(*prepared.value().database).load();
    if (!catalog)
        return failure(catalog.error());
    const int from = prepared.value().migratedFrom;
    const QString schema =
        from == Migrator::latestVersion()
            ? tr("schema version %1 (up to date)").arg(from)
            : tr("schema version %1 (updated from %2)").arg(Migrator::latestVersion()).arg(from);
    print(tr("%1: %2; catalog: %3 items, %4 sub-items (%5)\n")
              .arg(location.path, schema)
              .arg(catalog.value().itemCount())
              .arg(catalog.value().subItemCount())
              .arg(prepared.value().seeded ? (m_seedPath == CatalogSeed::embeddedPath()
                                                  ? tr("loaded from the built-in catalog")
                                                  : tr("loaded from %1").arg(m_seedPath))
                                           : tr("already present"))
              .toUtf8());
    return 0;
}

std::unique_ptr<Database> Owctl::openExisting(int& exitCode)
{
    const DatabaseLocation location = DatabaseLocation::fromEnvironment(m_databasePath);
    if (!QFileInfo::exists(location.path)) {
        exitCode = failure(
            tr("the database %1 does not exist; run 'owctl init' first").arg(location.path));
        return nullptr;
    }
    auto prepared = DatabaseSetup::prepare(location.path, m_seedPath);
    if (!prepared) {
        exitCode = failure(prepared.error());
        return nullptr;
    }
    exitCode = 0;
    return std::move(prepared.value().database);
}

int Owctl::usageError(const QString& message)
{
    std::fprintf(stderr, "owctl: %s (see owctl --help)\n", qUtf8Printable(message));
    return 2;
}

int Owctl::failure(const QString& message)
{
    std::fprintf(stderr, "owctl: %s\n", qUtf8Printable(message));
    return 1;
}

void Owctl::print(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace ow
