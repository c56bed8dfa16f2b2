#pragma once

#include <QtGlobal>

namespace ow {

// WCAG 2.x contrast of two sRGB colours given as 0xRRGGBB: relative luminance
// (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance) and the ratio (L1 + 0.05) / (L2 + 0.05),
// from 1:1 (same colour) to 21:1 (black on white). Normal text needs 4.5:1 (AA), the
// high-contrast theme 7:1 (AAA).
namespace Contrast {

constexpr double NormalMinimum = 4.5;
constexpr double HighContrastMinimum = 7.0;

double relativeLuminance(quint32 rgb);
double ratio(quint32 foreground, quint32 background);

} // namespace Contrast

} // namespace ow
