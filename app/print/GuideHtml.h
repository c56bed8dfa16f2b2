#pragma once

#include "catalog/Catalog.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <optional>

namespace ow {

// What a guide page is about: an item or a sub-item as the catalog lists it.
struct GuideSubject
{
    QString code;
    QString name;
    QString type;
    QString place; // "企业开办 › 企业开办" (stage › scene)
    Departments departments;

    static std::optional<GuideSubject> fromCatalog(const Catalog& catalog, const QString& code);
};

// The guide as a document: shown in the guide view, printed, saved as PDF. An item without a
// guide says so plainly; a draft guide says it is a draft on every page.
class GuideHtml
{
    Q_DECLARE_TR_FUNCTIONS(ow::GuideHtml)

public:
    static QString guide(const GuideSubject& subject, const std::optional<Guide>& guide,
                         const GuideJson::Dictionary& dictionary);
    // 一次性告知书: everything to bring, on one page, to hand over at the counter.
    static QString whatToBring(const GuideSubject& subject, const std::optional<Guide>& guide,
                               const GuideJson::Dictionary& dictionary, const QDate& today);
    // The same content as plain text for reading aloud and for the clipboard.
    static QString materialLine(const GuideMaterial& material,
                                const GuideJson::Dictionary& dictionary);
};

} // namespace ow
