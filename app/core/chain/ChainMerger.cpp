#include "chain/ChainMerger.h"

#include <algorithm>

namespace ow {

namespace {

int strictness(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Original:
        return 2;
    case MaterialForm::Copy:
        return 1;
    case MaterialForm::Electronic:
        break;
    }
    return 0;
}

void appendOnce(QStringList& list, const QString& text)
{
    if (!text.isEmpty() && !list.contains(text))
        list.append(text);
}

// 即办 is due the same day: no working days.
int daysOf(const TimeLimit& limit)
{
    return limit.onTheSpot ? 0 : limit.workingDays;
}

} // namespace

MaterialForm ChainMerger::stricter(MaterialForm a, MaterialForm b)
{
    return strictness(b) > strictness(a) ? b : a;
}

const Guide* ChainMerger::guideFor(const QString& code, const QHash<QString, Guide>& guides)
{
    if (const auto own = guides.constFind(code); own != guides.constEnd())
        return &own.value();
    const qsizetype dot = code.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        if (const auto item = guides.constFind(code.left(dot)); item != guides.constEnd())
            return &item.value();
    }
    return nullptr;
}

MergedChain ChainMerger::merge(const QStringList& itemCodes, const QHash<QString, Guide>& guides,
                               const GuideJson::Dictionary& dictionary)
{
    MergedChain chain;
    for (const QString& code : itemCodes)
        appendOnce(chain.itemCodes, code);

    QHash<QString, qsizetype> position; // material key → index in chain.materials
    bool anyGuide = false;
    int longestDays = 0;
    for (const QString& code : std::as_const(chain.itemCodes)) {
        const Guide* guide = guideFor(code, guides);
        if (!guide) {
            chain.itemsWithoutGuide.append(code);
            continue;
        }
        anyGuide = true;
        longestDays = std::max(longestDays, daysOf(guide->promisedLimit));
        chain.visits = std::max(chain.visits, guide->visits);
        chain.materialsBeforeMerge += int(guide->materials.size());

        for (const GuideMaterial& material : guide->materials) {
            const bool conditional = !material.required;
            const auto found = position.constFind(material.key);
            if (found == position.constEnd()) {
                MergedMaterial merged;
                merged.key = material.key;
                const auto definition = dictionary.constFind(material.key);
                merged.name = definition != dictionary.constEnd() ? definition->name : material.key;
                if (definition != dictionary.constEnd())
                    merged.replaceableBy = definition->replaceableBy;
                merged.form = material.form;
                merged.copies = material.copies;
                merged.required = material.required;
                if (conditional)
                    appendOnce(merged.conditions, material.condition);
                merged.waivable = material.waivable;
                merged.itemCodes.append(code);
                appendOnce(merged.notes, material.note);
                position.insert(material.key, chain.materials.size());
                chain.materials.append(merged);
                continue;
            }
            MergedMaterial& merged = chain.materials[found.value()];
            merged.form = stricter(merged.form, material.form);
            merged.copies = std::max(merged.copies, material.copies);
            merged.waivable = merged.waivable && material.waivable;
            if (material.required) {
                merged.required = true;
                merged.conditions.clear();
            } else if (!merged.required) {
                appendOnce(merged.conditions, material.condition);
            }
            appendOnce(merged.itemCodes, code);
            appendOnce(merged.notes, material.note);
        }
    }
    if (anyGuide)
        chain.longestPromisedLimit =
            longestDays == 0 ? TimeLimit{true, 0} : TimeLimit{false, longestDays};
    return chain;
}

QList<QString> ChainMerger::sceneItems(const Catalog& catalog, const QString& sceneCode)
{
    QList<QString> codes;
    for (const Lifecycle& lifecycle : catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes) {
                if (scene.code != sceneCode)
                    continue;
                for (const Item& item : scene.items)
                    codes.append(item.code);
                return codes;
            }
    return codes;
}

} // namespace ow
