#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace ow {

// The two looks of the counter screens: the normal theme (the platform's palette with a
// placeholder text dark enough to read) and the high-contrast theme of the accessibility mode
// (black on white, navy selection, a yellow focus fill and a thick frame on the focused control,
// large click targets). Both are values a test can check: colourPairs() lists every text colour
// with the background it is drawn on, and the test demands 4.5:1 and 7:1 (WCAG AA / AAA).
namespace AccessibilityTheme {

struct ColourPair
{
    QString what; // for a failing test's message, e.g. "Text on Base"
    QColor text;
    QColor background;
};

// Status colours the screens draw text in (overdue deadline, missing material, error messages),
// on both themes: dark enough for 7:1 on white.
inline const QColor ErrorText{0xa6, 0x1b, 0x1b};
inline const QColor WarningText{0x8a, 0x45, 0x00};

QPalette normalPalette(const QPalette& platform);
QPalette highContrastPalette();
// Every (text, background) pair the palette draws, in the active and the disabled group
// (disabled text is exempt in WCAG but we hold it to the same bar), plus the status colours.
QList<ColourPair> colourPairs(const QPalette& palette);

// The style sheet of the accessibility mode: click targets at least `targetPixels` high, a
// visible focus frame, tabs in the scaled type (`fontPoints`: tab bars keep a font of their own);
// with `highContrast` the colours of highContrastPalette() too.
QString styleSheet(bool highContrast, int targetPixels, double fontPoints);

} // namespace AccessibilityTheme

} // namespace ow
