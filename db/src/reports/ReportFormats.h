#pragma once

#include "reports/DailyFigures.h"

#include <QByteArray>
#include <QString>

namespace ow {

// The figures as files: the JSON of `owctl report daily --json` and the CSV of the dashboard's
// export (one "section,key,name,value" row per figure, UTF-8 with a byte-order mark so that
// spreadsheet programs read the Chinese names).
class ReportFormats
{
public:
    static QByteArray json(const DailyFigures& figures);
    static QByteArray csv(const DailyFigures& figures);

    static QString modeKey(PlanLedgerLine::Mode mode); // minimal, integrated, anywhere
    static double rounded(double value) { return double(qRound64(value * 10000)) / 10000; }
};

} // namespace ow
