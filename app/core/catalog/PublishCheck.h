#pragma once

#include "catalog/Catalog.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace ow {

// What is checked before a catalog version is published (同源管理: every counter will use it):
// every guide names an item or sub-item of the catalog; its material keys are in the materials
// dictionary; its time limits are whole working days or 即办, the promise no longer than the
// law; and against the version before: no item or sub-item that had a guide loses it, and no
// scene (the chain handled together) loses an item. Each problem is one plain sentence.
class PublishCheck
{
    Q_DECLARE_TR_FUNCTIONS(ow::PublishCheck)

public:
    struct Previous
    {
        Catalog catalog;
        QStringList guidedCodes; // items and sub-items that had a guide
    };

    static QStringList problems(const Catalog& catalog, const QHash<QString, Guide>& guides,
                                const GuideJson::Dictionary& dictionary,
                                const std::optional<Previous>& previous);
};

} // namespace ow
