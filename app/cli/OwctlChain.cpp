// owctl chain …: the single list of materials of a chain of items (一件事).
#include "Owctl.h"

#include "Database.h"
#include "catalog/CatalogRepository.h"
#include "chain/ChainMerger.h"
#include "guide/GuideRepository.h"
#include "search/CatalogSearch.h"
#include "search/SearchText.h"
#include "json/JsonWriter.h"

#include <QRegularExpression>

namespace ow {

namespace {

// "p11.2" → "P11.2" when the text has the shape of a scene code (stage and scene numbers
// without leading zeros), else "". A scene code wins over the sub-item code it resembles:
// E1.1 is the scene 企业开办; its first item's first sub-item is written E001.1.
QString sceneCodeOf(const QString& normalized)
{
    static const QRegularExpression pattern(QStringLiteral("^([ep])([1-9]\\d?)\\.([1-9]\\d?)$"));
    const QRegularExpressionMatch match = pattern.match(normalized);
    if (!match.hasMatch())
        return QString();
    return match.captured(1).toUpper() + match.captured(2) + QLatin1Char('.') + match.captured(3);
}

QString replacementName(MaterialDefinition::Replacement replacement)
{
    switch (replacement) {
    case MaterialDefinition::Replacement::ELicence:
        return QStringLiteral("e_licence");
    case MaterialDefinition::Replacement::SharedData:
        return QStringLiteral("shared_data");
    case MaterialDefinition::Replacement::None:
        break;
    }
    return QString();
}

QByteArray chainJson(const MergedChain& chain)
{
    JsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("items")).value(chain.itemCodes);
    out.key(QStringLiteral("items_without_guide")).value(chain.itemsWithoutGuide);
    out.key(QStringLiteral("materials_before_merge")).value(chain.materialsBeforeMerge);
    out.key(QStringLiteral("materials")).beginArray();
    for (const MergedMaterial& material : chain.materials) {
        out.beginObject();
        out.key(QStringLiteral("key")).value(material.key);
        out.key(QStringLiteral("name")).value(material.name);
        out.key(QStringLiteral("form")).value(GuideJson::formName(material.form));
        out.key(QStringLiteral("copies")).value(material.copies);
        out.key(QStringLiteral("required")).value(material.required);
        out.key(QStringLiteral("conditions")).value(material.conditions);
        out.key(QStringLiteral("waivable")).value(material.waivable);
        out.key(QStringLiteral("replaceable_by"));
        const QString replacement = replacementName(material.replaceableBy);
        if (replacement.isEmpty())
            out.null();
        else
            out.value(replacement);
        out.key(QStringLiteral("items")).value(material.itemCodes);
        out.key(QStringLiteral("notes")).value(material.notes);
        out.endObject();
    }
    out.endArray();
    // No item of the chain has a guide: nothing can be promised.
    out.key(QStringLiteral("promised_limit"));
    const TimeLimit& limit = chain.longestPromisedLimit;
    if (!limit.isValid())
        out.null();
    else if (limit.onTheSpot)
        out.beginObject().key(QStringLiteral("on_the_spot")).value(true).endObject();
    else
        out.beginObject().key(QStringLiteral("working_days")).value(limit.workingDays).endObject();
    out.key(QStringLiteral("visits")).value(chain.visits);
    out.endObject();
    return out.toUtf8() + '\n';
}

} // namespace

int Owctl::chainCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("chain needs a subcommand: materials"));
    if (words.first() != QLatin1String("materials"))
        return usageError(tr("unknown chain subcommand '%1'").arg(words.first()));
    QStringList typed;
    bool json = false;
    for (const QString& word : words.mid(1)) {
        if (word == QLatin1String("--json"))
            json = true;
        else if (word.startsWith(QLatin1Char('-')))
            return usageError(tr("chain materials: unknown argument '%1'").arg(word));
        else
            typed.append(word);
    }
    if (typed.isEmpty())
        return usageError(
            tr("chain materials needs item, sub-item or scene codes, e.g. E001 E002 or P1.1"));
    if (!json)
        return usageError(tr("chain materials needs --json (the only format so far)"));
    // What cannot be a code is refused before the database is opened.
    for (const QString& word : std::as_const(typed)) {
        const QString normalized = SearchText::normalize(word);
        if (sceneCodeOf(normalized).isEmpty() && CatalogSearch::canonicalCode(normalized).isEmpty())
            return usageError(tr("'%1' is not an item, sub-item or scene code (E001, E001.1, "
                                 "P1.1 …)")
                                  .arg(word));
    }

    int exitCode = 0;
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return exitCode;
    const Result<Catalog> catalog = CatalogRepository(*database).load();
    if (!catalog)
        return failure(catalog.error());

    QStringList codes;
    for (const QString& word : std::as_const(typed)) {
        const QString normalized = SearchText::normalize(word);
        if (const QString scene = sceneCodeOf(normalized); !scene.isEmpty()) {
            const QStringList items = ChainMerger::sceneItems(catalog.value(), scene);
            if (!items.isEmpty()) {
                codes += items;
                continue;
            }
        }
        const QString code = CatalogSearch::canonicalCode(normalized);
        if (!catalog.value().item(code) && !catalog.value().subItem(code))
            return usageError(
                tr("'%1' is neither an item, a sub-item nor a scene of the catalog").arg(word));
        codes.append(code);
    }

    GuideRepository repository(*database);
    const auto guides = repository.latestAll();
    if (!guides)
        return failure(guides.error());
    const auto dictionary = repository.dictionary();
    if (!dictionary)
        return failure(dictionary.error());
    print(chainJson(ChainMerger::merge(codes, guides.value(), dictionary.value())));
    return 0;
}

} // namespace ow
