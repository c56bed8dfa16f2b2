#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "guide/Guide.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace ow {

class Database;

// 台账: which items the catalog offers as 极简办, 集成办 and 全域办, counted against the plan's
// target of 100 enterprise (E) and 100 individual (P) items. Nothing is ticked by hand:
//  - 极简办 (minimal): the guide in force of the item, or of one of its sub-items, asks less than
//    the law in at least one of
//      days:      the promised limit is shorter than the legal one (legal N working days and
//                 promised 即办 or fewer than N; a legal 即办 cannot be beaten);
//      materials: at least one material is waivable (免提交: an e-licence or shared data
//                 replaces it), so fewer are handed in than the legal list names;
//      steps:     fewer than the 4 steps of the statutory procedure (申请、受理、审查、决定).
//  - 集成办 (integrated): the item is in a scene (一件事, the chain) with at least one other item,
//    and every item of that scene has a guide in force (its own or a sub-item's), so the chain can
//    be taken as one application with one merged list of materials (ChainMerger). Without the
//    second condition nearly every item would count by the catalog's shape alone.
//  - 全域办 (anywhere): the catalog's cross_region flag (全省通办) of the item.
// An item counts towards the target when it has at least one of the three marks.
class PlanLedger
{
    Q_DECLARE_TR_FUNCTIONS(ow::PlanLedger)

public:
    static constexpr int Target = 100;   // per lifecycle (E and P)
    static constexpr int LegalSteps = 4; // 申请、受理、审查、决定

    struct Entry
    {
        QString lifecycle; // E or P
        QString code;
        QString name;
        QString scene; // scene code
        bool minimal = false;
        bool integrated = false;
        bool anywhere = false;
        QStringList minimalWhy; // "days", "materials", "steps" (what made it 极简办)
        bool counted() const { return minimal || integrated || anywhere; }
    };

    struct Count
    {
        QString lifecycle;
        QString name;
        int items = 0;
        int minimal = 0;
        int integrated = 0;
        int anywhere = 0;
        int counted = 0; // items with at least one mark
        int target = Target;
    };

    QList<Entry> entries; // catalog order
    QList<Count> counts;  // one per lifecycle, catalog order

    // The ledger of a catalog and the guides in force (by item or sub-item code).
    static PlanLedger compute(const Catalog& catalog, const QHash<QString, Guide>& guides);
    // The ledger of what the counters use now: the catalog in force and each guide in force.
    static Result<PlanLedger> load(Database& database);
    // Which of days / materials / steps a guide asks less of than the law (empty: none).
    static QStringList minimalReasons(const Guide& guide);
};

} // namespace ow
