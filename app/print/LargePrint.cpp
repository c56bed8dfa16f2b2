#include "LargePrint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ow::LargePrint {

namespace {

const QRegularExpression& fontSize()
{
    static const QRegularExpression pattern(
        QStringLiteral("font-size:\\s*([0-9]+(?:\\.[0-9]+)?)pt"));
    return pattern;
}

} // namespace

double smallestFontPt(const QString& html)
{
    double smallest = 0;
    for (auto it = fontSize().globalMatch(html); it.hasNext();) {
        const double pt = it.next().captured(1).toDouble();
        if (smallest == 0 || pt < smallest)
            smallest = pt;
    }
    return smallest;
}

PrintableDocument enlarge(PrintableDocument document, double minimumPt)
{
    const double smallest = smallestFontPt(document.html);
    // Every size grows by the same factor, so headings stay larger than the text.
    const double factor = smallest > 0 && smallest < minimumPt ? minimumPt / smallest : 1.0;
    QString html;
    qsizetype last = 0;
    for (auto it = fontSize().globalMatch(document.html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += QStringView(document.html).mid(last, match.capturedStart() - last);
        const double pt = std::max(minimumPt, match.captured(1).toDouble() * factor);
        html += QStringLiteral("font-size:%1pt").arg(pt, 0, 'f', 1);
        last = match.capturedEnd();
    }
    html += QStringView(document.html).mid(last);
    if (smallest == 0) // no sizes at all: give the body one
        html.replace(QStringLiteral("<body>"),
                     QStringLiteral("<body style=\"font-size:%1pt;\">").arg(minimumPt, 0, 'f', 1));
    // Grey labels (#555 and the like) are printed black: faint print is the first thing lost.
    // Colours that mean something (red) stay.
    static const QRegularExpression colour(
        QStringLiteral("color:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-fA-F])"));
    QString dark;
    last = 0;
    for (auto it = colour.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString hex = match.captured(1).toLower();
        const int step = hex.size() == 3 ? 1 : 2;
        const bool grey = hex.mid(0, step) == hex.mid(step, step) &&
                          hex.mid(step, step) == hex.mid(2 * step, step);
        dark += QStringView(html).mid(last, match.capturedStart() - last);
        dark += grey ? QStringLiteral("color:#000") : match.captured(0);
        last = match.capturedEnd();
    }
    dark += QStringView(html).mid(last);
    document.html = dark;
    document.paper = QPageSize::A4;
    document.title += QCoreApplication::translate("ow::LargePrint", " (large print)");
    return document;
}

} // namespace ow::LargePrint
