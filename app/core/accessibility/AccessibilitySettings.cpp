#include "accessibility/AccessibilitySettings.h"

namespace ow {

AccessibilitySettings AccessibilitySettings::fromUserSettings(const QJsonObject& settings)
{
    AccessibilitySettings result;
    const QJsonObject a = settings.value(Key).toObject();
    result.enabled = a.value(QStringLiteral("enabled")).toBool(false);
    const int scale = a.value(QStringLiteral("scale")).toInt(ScaleLarge);
    result.scalePercent = scale == ScaleLargest ? ScaleLargest : ScaleLarge;
    result.highContrast = a.value(QStringLiteral("highContrast")).toBool(true);
    return result;
}

QJsonObject AccessibilitySettings::mergedInto(QJsonObject settings) const
{
    settings.insert(Key, QJsonObject{{QStringLiteral("enabled"), enabled},
                                     {QStringLiteral("scale"), scalePercent},
                                     {QStringLiteral("highContrast"), highContrast}});
    return settings;
}

} // namespace ow
