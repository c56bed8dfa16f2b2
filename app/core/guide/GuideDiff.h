#pragma once

#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

// Two versions of a guide side by side: one row per field (and one per material, condition and
// step), the text of each side, and whether it changed. The administrator reads it before
// publishing; `owctl guide diff` prints it.
class GuideDiff
{
    Q_DECLARE_TR_FUNCTIONS(ow::GuideDiff)

public:
    struct Row
    {
        QString field; // translated label: 承诺办结时限, 材料 3 …
        QString left;
        QString right;
        bool changed() const { return left != right; }
    };

    static QList<Row> compare(const Guide& left, const Guide& right,
                              const GuideJson::Dictionary& dictionary);
    static int changedCount(const QList<Row>& rows);
};

} // namespace ow
