#include "Owctl.h"

#include "DatabaseSetup.h"
#include "Localization.h"
#include "ManPage.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "config/DatabaseLocation.h"
#include "migrations/Migrator.h"

#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "security/PersonalData.h"

#include <QFileInfo>

#include <cstdio>

namespace ow {

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

namespace {

bool isOption(const QString& argument, const QString& name)
{
    return argument == name || argument.startsWith(name + QLatin1Char('='));
}

} // namespace

QString Owctl::helpText()
{
    // One translatable line per command, so that a new command adds two strings, not a new page.
    struct Line
    {
        const char* usage;
        const char* what;
    };
    static const QList<QPair<const char*, QList<Line>>> sections = {
        {QT_TR_NOOP("Setting up:"),
         {{"init", QT_TR_NOOP("create or update the local database; load the catalog and guides on "
                              "first use (safe to run again)")},
          {"init --center CODE --center-name NAME --window N --admin NAME [--admin-name DISPLAY] "
           "[--idle-lock MINUTES]",
           QT_TR_NOOP("also set up the hall, this window and its administrator (password: "
                      "OWCTL_PASSWORD or prompt)")},
          {"init --demo", QT_TR_NOOP("a demo hall with one demo user per role; their generated "
                                     "passwords are printed this once")}}},
        {QT_TR_NOOP("Reference data (no user needed):"),
         {{"catalog export --json", QT_TR_NOOP("print the whole catalog as one JSON document")},
          {"catalog export --csv",
           QT_TR_NOOP("the catalog as CSV (UTF-8 with BOM, opens in Excel), one row per item "
                      "and sub-item")},
          {"catalog versions [--json]",
           QT_TR_NOOP("the published versions of the catalog and guides, and what waits as a "
                      "draft")},
          {"catalog ledger [--json]",
           QT_TR_NOOP(
               "the plan ledger: items offered as 极简办, 集成办 and 全域办, counted against "
               "the target of 100 enterprise and 100 individual items")},
          {"catalog check",
           QT_TR_NOOP("what would stop publishing the drafts now (exit 1 when anything)")},
          {"guide versions CODE", QT_TR_NOOP("every version of an item's guide")},
          {"guide diff CODE V1 V2 [--json]",
           QT_TR_NOOP("two versions of a guide side by side, field by field")},
          {"catalog search QUERY [--limit N] --json",
           QT_TR_NOOP("find items by Chinese, pinyin, initials, code or department; prints the "
                      "ranked hits")},
          {"guide show CODE --json", QT_TR_NOOP("print the guide of an item (or say it has none)")},
          {"guide print CODE -o FILE.pdf [--what-to-bring]",
           QT_TR_NOOP("save the guide, or the one-page what-to-bring notice, as PDF")},
          {"chain materials CODE... --json",
           QT_TR_NOOP("one merged list of materials for items, sub-items or whole scenes (E1.1)")},
          {"calendar due --from YYYY-MM-DD --working-days N",
           QT_TR_NOOP("the N-th working day after a date, on the official holiday calendar")},
          {"calendar is-workday YYYY-MM-DD",
           QT_TR_NOOP("workday, weekend or holiday (with its name)")},
          {"validate id|uscc|phone VALUE",
           QT_TR_NOOP("check a resident ID number, unified social credit code or phone number")},
          {"workstation show", QT_TR_NOOP("the hall, window and idle lock of this database")},
          {"demo generate --cases N --days D --seed S [--end YYYY-MM-DD] [--force]",
           QT_TR_NOOP("fill the database with a synthetic history of D days ending at --end "
                      "(default: today); refuses a database with real cases unless --force")}}},
        {QT_TR_NOOP("Accounts and audit (need --user; password: OWCTL_PASSWORD or prompt):"),
         {{"user add NAME --role clerk|assisted|supervisor|admin [--display-name TEXT]",
           QT_TR_NOOP("add an account; its password: OWCTL_NEW_PASSWORD or prompt")},
          {"user list [--json]", QT_TR_NOOP("list the accounts")},
          {"catalog import FILE",
           QT_TR_NOOP("a catalog (JSON or CSV) or one guide (JSON) as a draft; checked in full "
                      "first, a bad file changes nothing")},
          {"catalog publish --note TEXT [--effective YYYY-MM-DD] [--json] [--central URL]",
           QT_TR_NOOP("check the drafts and put them in force as the next numbered version; "
                      "with --central also send it to every hall through the central store")},
          {"receipt render CASE_NO -o FILE.pdf [--paper a4|80mm]",
           QT_TR_NOOP("the case's receipt, supplement notice or refusal notice as PDF")},
          {"audit export [--from YYYY-MM-DD] [--to YYYY-MM-DD] --json",
           QT_TR_NOOP("print the audit log")},
          {"audit verify", QT_TR_NOOP("check the audit log's hash chain")},
          {"case show CASE_NO --json",
           QT_TR_NOOP("print a case: applicant (identifiers masked), items, materials, events and "
                      "deadline")},
          {"case list --date YYYY-MM-DD [--json]",
           QT_TR_NOOP("the hall's cases of a day, names and identifiers masked")},
          {"case export [--from YYYY-MM-DD] [--to YYYY-MM-DD] --json -o FILE",
           QT_TR_NOOP("write every case received in the range, complete and unmasked, to FILE "
                      "(docs/case-json.md; audited)")},
          {"case import FILE.json",
           QT_TR_NOOP("store the cases of an exported document, all or none; cases already "
                      "present are skipped")},
          {"case archive CASE_NO -o DIR [--force]",
           QT_TR_NOOP("the case's electronic archive: DIR/CASE_NO.pdf (form, receipt or notice, "
                      "every scan) and DIR/CASE_NO.manifest.json (SHA-256 of each part)")},
          {"report daily --date YYYY-MM-DD [--window N] [--clerk NAME] --json",
           QT_TR_NOOP("the supervisor's figures of a day (or --from/--to a range): cases by hour, "
                      "stage and item, decisions, handling time, deadlines, ratings, assisted "
                      "cases, the plan's ledger")},
          {"visit list --date YYYY-MM-DD [--to YYYY-MM-DD] [--state booked|visited|cancelled|all] "
           "[--json]",
           QT_TR_NOOP("the home-visit appointments (上门服务) of a day or period, applicants "
                      "masked (assisted-service role)")},
          {"workstation set --idle-lock MINUTES",
           QT_TR_NOOP("lock the screen after 1 to 120 idle minutes")}}},
        {QT_TR_NOOP("Central store and sync (URL: postgresql://USER@HOST:PORT/DB?sslmode=…; "
                    "password: PGPASSWORD or ~/.pgpass):"),
         {{"central init --central URL",
           QT_TR_NOOP("create or upgrade the central store's schema (administrator's login; safe "
                      "to run again)")},
          {"central add-center CODE NAME --central URL",
           QT_TR_NOOP("a hall and its login ow_<code>; its password: OWCTL_NEW_PASSWORD or "
                      "prompt")},
          {"central allow-publish CODE --central URL",
           QT_TR_NOOP("let the hall's own login publish the catalog and the holiday calendar "
                      "from its administrator screen")},
          {"central publish catalog|guide|materials|calendar KEY FILE.json --central URL",
           QT_TR_NOOP("publish a new version of reference data to every hall (checked first: "
                      "what a counter would refuse is not sent)")},
          {"central publish catalog release --central URL",
           QT_TR_NOOP("send the newest catalog version published in the database to every "
                      "hall")},
          {"sync [--central URL] [--save-password] [--verbose]",
           QT_TR_NOOP("one sync round with the central store (the URL is remembered); prints "
                      "what moved and the reference data it refused; --save-password keeps the "
                      "login's password (from OWCTL_CENTRAL_PASSWORD or prompt) in the system "
                      "keychain, or without one in an owner-only file beside the database; "
                      "--verbose reports each page pulled on stderr")},
          {"shift summary|close --user NAME",
           QT_TR_NOOP(
               "what the user leaves for the next shift (交班): cases not yet in the central "
               "store, 补正 waiting; close also records the hand-over")},
          {"sync status", QT_TR_NOOP("the central address, pending changes, last success and "
                                     "last error")}}},
        {QT_TR_NOOP("Options:"),
         {{"--db PATH", QT_TR_NOOP("the local database (else $ONEWINDOW_DB, else the "
                                   "application-data folder)")},
          {"--user NAME", QT_TR_NOOP("who runs a command that needs a role")},
          {"--seed FILE", QT_TR_NOOP("catalog seed for a new database (default: built in)")},
          {"--lang zh_CN|en", QT_TR_NOOP("language of messages (default: the system's) and of "
                                         "documents (default: Chinese)")},
          {"--help, --version", QT_TR_NOOP("show this text, or the version")}}},
    };
    QString text = tr("Usage: owctl [--db PATH] [--user NAME] [--lang zh_CN|en] COMMAND") + u'\n';
    for (const auto& [title, lines] : sections) {
        text += u'\n' + tr(title) + u'\n';
        for (const Line& line : lines)
            text +=
                QStringLiteral("  %1\n      %2\n").arg(QLatin1String(line.usage), tr(line.what));
    }
    text += u'\n' +
            tr("Exit status: 0 done, 1 the work failed (or: invalid), 2 bad command line, 3 valid "
               "with a warning, 4 not signed in or not allowed.") +
            u'\n';
    return text;
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
        if (argument == QLatin1String("--man")) {
            print(ManPage::render(helpText(), QCoreApplication::applicationVersion()).toUtf8());
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
        } else if (isOption(argument, QStringLiteral("--user"))) {
            if (!takeValue(arguments, i, QStringLiteral("--user"), m_userName, error))
                return usageError(error);
        } else if (isOption(argument, QStringLiteral("--seed")) &&
                   words.value(0) != QLatin1String("demo")) { // demo generate --seed is its own
            if (!takeValue(arguments, i, QStringLiteral("--seed"), m_seedPath, error))
                return usageError(error);
        } else {
            words.append(argument);
        }
    }
    if (words.isEmpty())
        return usageError(tr("no command given"));
    const QString command = words.takeFirst();
    if (command == QLatin1String("init"))
        return init(words);
    if (command == QLatin1String("user"))
        return userCommand(words);
    if (command == QLatin1String("audit"))
        return auditCommand(words);
    if (command == QLatin1String("workstation"))
        return workstationCommand(words);
    if (command == QLatin1String("validate"))
        return validateCommand(words);
    if (command == QLatin1String("calendar"))
        return calendarCommand(words);
    if (command == QLatin1String("chain"))
        return chainCommand(words);
    if (command == QLatin1String("receipt"))
        return receiptCommand(words);
    if (command == QLatin1String("case"))
        return caseCommand(words);
    if (command == QLatin1String("report"))
        return reportCommand(words);
    if (command == QLatin1String("visit"))
        return visitCommand(words);
    if (command == QLatin1String("catalog"))
        return catalogCommand(words);
    if (command == QLatin1String("central"))
        return centralCommand(words);
    if (command == QLatin1String("sync"))
        return syncCommand(words);
    if (command == QLatin1String("shift"))
        return shiftCommand(words);
    if (command == QLatin1String("guide"))
        return guideCommand(words);
    if (command == QLatin1String("demo"))
        return demoCommand(words);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option '%1'").arg(command));
    return usageError(tr("unknown command '%1'").arg(command));
}

int Owctl::init(const QStringList& words)
{
    // Options of init: --center CODE --center-name NAME --window N --admin NAME
    // [--admin-name DISPLAY] [--idle-lock MINUTES], or --demo.
    QMap<QString, QString> options;
    bool demo = false;
    static const QStringList valued = {
        QStringLiteral("--center"), QStringLiteral("--center-name"), QStringLiteral("--window"),
        QStringLiteral("--admin"),  QStringLiteral("--admin-name"),  QStringLiteral("--idle-lock")};
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (word == QLatin1String("--demo")) {
            demo = true;
            continue;
        }
        const QString name = word.section(QLatin1Char('='), 0, 0);
        if (!valued.contains(name))
            return usageError(tr("init: unknown argument '%1'").arg(word));
        QString value;
        QString error;
        if (!takeValue(words, i, name, value, error))
            return usageError(error);
        options.insert(name, value);
    }
    if (demo && !options.isEmpty())
        return usageError(tr("init: --demo sets up its own hall; give it no --center or --admin"));
    if (!options.isEmpty()) {
        for (const char* required : {"--center", "--center-name", "--window", "--admin"}) {
            if (!options.contains(QLatin1String(required)))
                return usageError(tr("init: setting up a hall needs --center, --center-name, "
                                     "--window and --admin (missing %1)")
                                      .arg(QLatin1String(required)));
        }
    }

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
    if (demo)
        if (const int code = initDemo(*prepared.value().database); code != 0)
            return code;
    if (!options.isEmpty())
        if (const int code = initHall(*prepared.value().database, options); code != 0)
            return code;
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
