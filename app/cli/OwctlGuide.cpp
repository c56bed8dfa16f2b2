// owctl guide …: show and print.
#include "Owctl.h"

#include "Database.h"
#include "GuideHtml.h"
#include "Localization.h"
#include "PdfWriter.h"
#include "catalog/CatalogRepository.h"
#include "guide/GuideRepository.h"
#include "search/CatalogSearch.h"
#include "search/SearchText.h"
#include "json/JsonWriter.h"

#include <QDate>

namespace ow {

namespace {} // namespace

std::optional<Owctl::GuideContext> Owctl::loadGuide(const QString& code, int& exitCode)
{
    const std::unique_ptr<Database> database = openExisting(exitCode);
    if (!database)
        return std::nullopt;
    const Result<Catalog> catalog = CatalogRepository(*database).load();
    if (!catalog) {
        exitCode = failure(catalog.error());
        return std::nullopt;
    }
    GuideContext context;
    context.subject = GuideSubject::fromCatalog(catalog.value(), code);
    if (!context.subject) {
        exitCode = failure(tr("%1 is not in the catalog").arg(code));
        return std::nullopt;
    }
    GuideRepository guides(*database);
    Result<std::optional<Guide>> guide = guides.latest(code);
    Result<GuideJson::Dictionary> dictionary = guides.dictionary();
    if (!guide || !dictionary) {
        exitCode = failure(!guide ? guide.error() : dictionary.error());
        return std::nullopt;
    }
    context.guide = std::move(guide).value();
    context.dictionary = std::move(dictionary).value();
    exitCode = 0;
    return context;
}

int Owctl::guideCommand(const QStringList& words)
{
    if (words.isEmpty())
        return usageError(tr("guide needs a subcommand: show, print, versions or diff"));
    const QString sub = words.first();
    if (sub != QLatin1String("show") && sub != QLatin1String("print") &&
        sub != QLatin1String("versions") && sub != QLatin1String("diff"))
        return usageError(tr("unknown guide subcommand '%1'").arg(sub));
    if (words.size() < 2 || words.at(1).startsWith(QLatin1Char('-')))
        return usageError(tr("guide %1 needs an item code, e.g. E001").arg(sub));
    const QString code = CatalogSearch::canonicalCode(SearchText::normalize(words.at(1)));
    if (code.isEmpty())
        return usageError(tr("'%1' is not an item code (E001…E106, P001…P115, or a sub-item "
                             "such as E001.1)")
                              .arg(words.at(1)));
    if (sub == QLatin1String("versions") || sub == QLatin1String("diff"))
        return guideHistoryCommand(sub, code, words.mid(2));
    return sub == QLatin1String("show") ? guideShow(code, words.mid(2))
                                        : guidePrint(code, words.mid(2));
}

int Owctl::guideShow(const QString& code, const QStringList& options)
{
    for (const QString& option : options) {
        if (option != QLatin1String("--json"))
            return usageError(tr("guide show: unknown argument '%1'").arg(option));
    }
    if (!options.contains(QStringLiteral("--json")))
        return usageError(tr("guide show needs --json (the only format so far)"));
    int exitCode = 0;
    const std::optional<GuideContext> loaded = loadGuide(code, exitCode);
    if (!loaded)
        return exitCode;
    const std::optional<GuideSubject>& subject = loaded->subject;
    const auto& guide = loaded->guide;
    const auto& dictionary = loaded->dictionary;

    JsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("code")).value(subject->code);
    out.key(QStringLiteral("name")).value(subject->name);
    out.key(QStringLiteral("type")).value(subject->type);
    out.key(QStringLiteral("place")).value(subject->place);
    out.key(QStringLiteral("city_lead")).value(subject->departments.cityLead);
    out.key(QStringLiteral("city_co")).value(subject->departments.cityCo);
    out.key(QStringLiteral("district_lead")).value(subject->departments.districtLead);
    out.key(QStringLiteral("district_co")).value(subject->departments.districtCo);
    out.key(QStringLiteral("published")).value(guide.has_value());
    out.key(QStringLiteral("guide"));
    if (guide) {
        out.beginObject();
        GuideJson::writeGuideFields(out, *guide, &dictionary);
        out.endObject();
    } else {
        out.null();
    }
    out.endObject();
    print(out.toUtf8() + '\n');
    return 0;
}

int Owctl::guidePrint(const QString& code, const QStringList& options)
{
    QString output;
    bool whatToBring = false;
    for (int i = 0; i < options.size(); ++i) {
        const QString& option = options.at(i);
        if (option == QLatin1String("-o") || option == QLatin1String("--output")) {
            if (i + 1 >= options.size())
                return usageError(tr("%1 needs a file name").arg(option));
            output = options.at(++i);
        } else if (option == QLatin1String("--what-to-bring")) {
            whatToBring = true;
        } else {
            return usageError(tr("guide print: unknown argument '%1'").arg(option));
        }
    }
    if (output.isEmpty())
        return usageError(tr("guide print needs -o FILE.pdf"));
    int exitCode = 0;
    const std::optional<GuideContext> loaded = loadGuide(code, exitCode);
    if (!loaded)
        return exitCode;
    const std::optional<GuideSubject>& subject = loaded->subject;
    const auto& guide = loaded->guide;
    const auto& dictionary = loaded->dictionary;
    // Documents are for applicants: Chinese, whatever language the shell speaks.
    const std::unique_ptr<QTranslator> documentLanguage =
        Localization::translator(m_documentLanguage);
    if (documentLanguage)
        QCoreApplication::installTranslator(documentLanguage.get());
    const QString html =
        whatToBring ? GuideHtml::whatToBring(*subject, guide, dictionary, QDate::currentDate())
                    : GuideHtml::guide(*subject, guide, dictionary);
    if (documentLanguage)
        QCoreApplication::removeTranslator(documentLanguage.get());
    if (const Status written = PdfWriter::write(
            html, output, QStringLiteral("%1 %2").arg(subject->code, subject->name));
        !written)
        return failure(written.error());
    print(tr("%1: %2 %3 (%4)\n")
              .arg(output, subject->code, subject->name,
                   guide ? (whatToBring ? tr("what-to-bring notice") : tr("guide"))
                         : tr("no published guide; the page says so"))
              .toUtf8());
    return 0;
}

} // namespace ow
