#pragma once

#include "catalog/Catalog.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// One material of a chain's single list (一套材料): what every item of the chain that needs the
// document asks for, merged so the applicant brings it once.
struct MergedMaterial
{
    QString key;
    QString name;                               // from the dictionary (the key if it has none)
    MaterialForm form = MaterialForm::Original; // the strictest: Original > Copy > Electronic
    int copies = 1;                             // the largest
    bool required = false;                      // some item requires it unconditionally
    QStringList conditions; // distinct conditions of the items that need it only conditionally
                            // (empty when required)
    bool waivable = false;  // every item that asks for it allows waiving it
    MaterialDefinition::Replacement replaceableBy = MaterialDefinition::Replacement::None;
    QStringList itemCodes; // the items that need it, in chain order
    QStringList notes;     // distinct non-empty notes, in chain order

    bool operator==(const MergedMaterial&) const = default;
};

// 一件事: several items handled together, with their materials asked for once.
struct MergedChain
{
    QStringList itemCodes;           // the chosen codes, duplicates removed, in the clerk's order
    QStringList itemsWithoutGuide;   // chosen codes with no guide: their materials are unknown
    QList<MergedMaterial> materials; // each key once, in order of first appearance
    int materialsBeforeMerge = 0;    // the sum of the material counts of the items' guides
    TimeLimit longestPromisedLimit;  // the slowest item's promise (即办 counts as 0 days);
                                     // invalid (TimeLimit{}) when no item has a guide
    int visits = 0;                  // the most visits any one item needs

    bool operator==(const MergedChain&) const = default;
};

// Merges the guides of a chain of items into one list of materials (一套材料、一次告知).
// Pure functions over values: no database.
class ChainMerger
{
public:
    // ITEMCODES are catalog codes in the clerk's order (E001, E001.1 …); GUIDES the newest guide
    // of each item that has one, by code. A sub-item without a guide of its own uses its item's.
    static MergedChain merge(const QStringList& itemCodes, const QHash<QString, Guide>& guides,
                             const GuideJson::Dictionary& dictionary);

    // The item codes of a scene (E1.1, P11.2) in catalog order; empty for an unknown scene.
    static QList<QString> sceneItems(const Catalog& catalog, const QString& sceneCode);

    // The guide that applies to CODE: its own, else (for a sub-item) its item's; null if none.
    static const Guide* guideFor(const QString& code, const QHash<QString, Guide>& guides);

    // 原件 is stricter than 复印件, which is stricter than 电子.
    static MaterialForm stricter(MaterialForm a, MaterialForm b);
};

} // namespace ow
