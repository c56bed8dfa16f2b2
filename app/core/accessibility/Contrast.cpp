#include "accessibility/Contrast.h"

#include <algorithm>
#include <cmath>

namespace ow::Contrast {

namespace {

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(quint32 rgb)
{
    return 0.2126 * linear(int((rgb >> 16) & 0xff)) + 0.7152 * linear(int((rgb >> 8) & 0xff)) +
           0.0722 * linear(int(rgb & 0xff));
}

double ratio(quint32 foreground, quint32 background)
{
    const double a = relativeLuminance(foreground);
    const double b = relativeLuminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace ow::Contrast
