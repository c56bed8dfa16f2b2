// owctl catalog …: export and search.
#include "Owctl.h"

#include "Database.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "search/CatalogSearch.h"
#include "search/PinyinData.h"
#include "json/JsonWriter.h"

namespace ow {

int Owctl::catalogCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("catalog needs a subcommand: export, search, import, check, publish, "
                             "versions or ledger"));
    if (words.first() == QLatin1String("export"))
        return catalogExport(words.mid(1));
    if (words.first() == QLatin1String("search"))
        return catalogSearch(words.mid(1));
    for (const char* admin : {"import", "check", "publish", "versions", "ledger"})
        if (words.first() == QLatin1String(admin))
            return catalogAdminCommand(words.first(), words.mid(1));
    return usageError(tr("unknown catalog subcommand '%1'").arg(words.first()));
}

int Owctl::catalogExport(const QStringList& words)
{
    for (const QString& word : words) {
        if (word != QLatin1String("--json") && word != QLatin1String("--csv"))
            return usageError(tr("catalog export: unknown argument '%1'").arg(word));
    }
    const bool csv = words.contains(QStringLiteral("--csv"));
    if (words.contains(QStringLiteral("--json")) == csv)
        return usageError(tr("catalog export needs one format: --json or --csv"));
    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const Result<Catalog> catalog = CatalogRepository(*database).load();
    if (!catalog)
        return failure(catalog.error());
    print(csv ? CatalogCsv::write(catalog.value()) : CatalogJson::write(catalog.value()) + '\n');
    return 0;
}

int Owctl::catalogSearch(const QStringList& words)
{
    QString query;
    bool haveQuery = false;
    bool json = false;
    int limit = 20;
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (word == QLatin1String("--json")) {
            json = true;
        } else if (word == QLatin1String("--limit") || word.startsWith(QLatin1String("--limit="))) {
            const QString value = word.contains(QLatin1Char('='))
                                      ? word.section(QLatin1Char('='), 1)
                                  : i + 1 < words.size() ? words.at(++i)
                                                         : QString();
            bool ok = false;
            limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > 10000)
                return usageError(
                    tr("--limit takes a whole number from 1 to 10000, got '%1'").arg(value));
        } else if (word == QLatin1String("--")) {
            if (i + 1 < words.size() && !haveQuery) {
                query = words.at(++i);
                haveQuery = true;
            }
        } else if (!haveQuery) {
            query = word;
            haveQuery = true;
        } else {
            return usageError(
                tr("catalog search: unexpected argument '%1' (quote a query with spaces)")
                    .arg(word));
        }
    }
    if (!haveQuery)
        return usageError(tr("catalog search needs a query"));
    if (!json)
        return usageError(tr("catalog search needs --json (the only format so far)"));

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const Result<Catalog> catalog = CatalogRepository(*database).load();
    if (!catalog)
        return failure(catalog.error());
    const Result<PinyinTable> table = PinyinData::load();
    if (!table)
        return failure(table.error());
    CatalogSearch search(table.value());
    search.setCatalog(catalog.value());
    JsonWriter out;
    out.beginArray();
    for (const SearchHit& hit : search.search(query, limit)) {
        out.beginObject();
        out.key(QStringLiteral("code")).value(hit.code);
        out.key(QStringLiteral("name")).value(hit.name);
        out.key(QStringLiteral("kind")).value(SearchHit::kindName(hit.kind));
        out.key(QStringLiteral("score")).value(hit.score);
        out.endObject();
    }
    out.endArray();
    print(out.toUtf8() + '\n');
    return 0;
}

} // namespace ow
