#pragma once

#include <QJsonObject>

namespace ow {

// 无障碍模式: what one user chose for the screen — the mode on or off, the type scale
// (150 % or 200 %) and the high-contrast theme. Kept in the user's settings (the JSON column of
// user_account) under the key "accessibility", so it follows the user from window to window.
struct AccessibilitySettings
{
    static constexpr int ScaleLarge = 150;
    static constexpr int ScaleLargest = 200;
    static inline const QString Key = QStringLiteral("accessibility");

    bool enabled = false;
    int scalePercent = ScaleLarge; // 150 or 200, used when enabled
    bool highContrast = true;      // used when enabled

    // Reads the "accessibility" member of a user's settings; anything unknown or out of range
    // falls back to the default, so a damaged setting never stops a sign-in.
    static AccessibilitySettings fromUserSettings(const QJsonObject& settings);
    // The user's settings with the "accessibility" member replaced (other members kept).
    QJsonObject mergedInto(QJsonObject settings) const;

    // The factor the type is multiplied by: 1.0 when the mode is off.
    double fontScale() const { return enabled ? scalePercent / 100.0 : 1.0; }

    friend bool operator==(const AccessibilitySettings&, const AccessibilitySettings&) = default;
};

} // namespace ow
