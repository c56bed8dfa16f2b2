#include "catalog/PlanLedger.h"

#include "catalog/CatalogRepository.h"
#include "guide/GuideRepository.h"

namespace ow {

QStringList PlanLedger::minimalReasons(const Guide& guide)
{
    QStringList why;
    const TimeLimit& legal = guide.legalLimit;
    const TimeLimit& promised = guide.promisedLimit;
    if (!legal.onTheSpot && legal.workingDays > 0 &&
        (promised.onTheSpot ||
         (promised.workingDays > 0 && promised.workingDays < legal.workingDays)))
        why.append(QStringLiteral("days"));
    for (const GuideMaterial& material : guide.materials)
        if (material.waivable) {
            why.append(QStringLiteral("materials"));
            break;
        }
    if (!guide.steps.isEmpty() && guide.steps.size() < LegalSteps)
        why.append(QStringLiteral("steps"));
    return why;
}

PlanLedger PlanLedger::compute(const Catalog& catalog, const QHash<QString, Guide>& guides)
{
    // A chain can be taken as one application (one merged list of materials) only when every
    // item of it has a guide in force, its own or one of its sub-items'.
    const auto guided = [&guides](const Scene& scene) {
        for (const Item& item : scene.items) {
            bool has = guides.contains(item.code);
            for (const SubItem& sub : item.subItems)
                has = has || guides.contains(sub.code);
            if (!has)
                return false;
        }
        return true;
    };
    PlanLedger ledger;
    for (const Lifecycle& lifecycle : catalog.lifecycles()) {
        Count count;
        count.lifecycle = lifecycle.code;
        count.name = lifecycle.name;
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items) {
                    Entry entry;
                    entry.lifecycle = lifecycle.code;
                    entry.code = item.code;
                    entry.name = item.name;
                    entry.scene = scene.code;
                    QStringList codes{item.code};
                    for (const SubItem& sub : item.subItems)
                        codes.append(sub.code);
                    for (const QString& code : codes) {
                        const auto guide = guides.constFind(code);
                        if (guide == guides.cend())
                            continue;
                        for (const QString& why : minimalReasons(guide.value()))
                            if (!entry.minimalWhy.contains(why))
                                entry.minimalWhy.append(why);
                    }
                    entry.minimal = !entry.minimalWhy.isEmpty();
                    entry.integrated = scene.items.size() >= 2 && guided(scene);
                    entry.anywhere = item.crossRegion;
                    ++count.items;
                    count.minimal += entry.minimal ? 1 : 0;
                    count.integrated += entry.integrated ? 1 : 0;
                    count.anywhere += entry.anywhere ? 1 : 0;
                    count.counted += entry.counted() ? 1 : 0;
                    ledger.entries.append(entry);
                }
        ledger.counts.append(count);
    }
    return ledger;
}

Result<PlanLedger> PlanLedger::load(Database& database)
{
    const Result<Catalog> catalog = CatalogRepository(database).load();
    if (!catalog)
        return Result<PlanLedger>::failure(catalog.error());
    const Result<QHash<QString, Guide>> guides = GuideRepository(database).latestAll();
    if (!guides)
        return Result<PlanLedger>::failure(guides.error());
    return Result<PlanLedger>::success(compute(catalog.value(), guides.value()));
}

} // namespace ow
