// The accessibility mode's pure parts: WCAG contrast arithmetic (checked against the W3C's own
// examples) and the per-user setting as stored in the user's JSON settings.
#include "accessibility/AccessibilitySettings.h"
#include "accessibility/Contrast.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;

class TestAccessibilitySettings : public QObject
{
    Q_OBJECT

private slots:
    void contrastOfKnownPairs_data()
    {
        QTest::addColumn<quint32>("foreground");
        QTest::addColumn<quint32>("background");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << 0x000000u << 0xffffffu << 21.0;
        QTest::newRow("same colour") << 0x336699u << 0x336699u << 1.0;
        QTest::newRow("white on black (order does not matter)") << 0xffffffu << 0x000000u << 21.0;
        // The usual limit cases: #767676 is the lightest grey passing AA on white, #777777 fails.
        QTest::newRow("#767676 on white") << 0x767676u << 0xffffffu << 4.54;
        QTest::newRow("#777777 on white") << 0x777777u << 0xffffffu << 4.48;
        QTest::newRow("#595959 on white") << 0x595959u << 0xffffffu << 7.0;
        QTest::newRow("pure red on white") << 0xff0000u << 0xffffffu << 4.0;
    }

    void contrastOfKnownPairs()
    {
        QFETCH(quint32, foreground);
        QFETCH(quint32, background);
        QFETCH(double, expected);
        const double ratio = Contrast::ratio(foreground, background);
        QVERIFY2(qAbs(ratio - expected) < 0.01, qPrintable(QString::number(ratio)));
    }

    void luminanceEnds()
    {
        QCOMPARE(Contrast::relativeLuminance(0x000000), 0.0);
        QCOMPARE(Contrast::relativeLuminance(0xffffff), 1.0);
        // Green weighs most, blue least (the eye's sensitivity).
        QVERIFY(Contrast::relativeLuminance(0x00ff00) > Contrast::relativeLuminance(0xff0000));
        QVERIFY(Contrast::relativeLuminance(0xff0000) > Contrast::relativeLuminance(0x0000ff));
    }

    void settingsDefaultToOff()
    {
        const AccessibilitySettings settings = AccessibilitySettings::fromUserSettings({});
        QVERIFY(!settings.enabled);
        QCOMPARE(settings.fontScale(), 1.0);
        QCOMPARE(settings.scalePercent, 150);
        QVERIFY(settings.highContrast);
    }

    void settingsRoundTripAndKeepOtherMembers()
    {
        AccessibilitySettings chosen;
        chosen.enabled = true;
        chosen.scalePercent = AccessibilitySettings::ScaleLargest;
        chosen.highContrast = false;
        const QJsonObject stored =
            chosen.mergedInto(QJsonObject{{QStringLiteral("other"), QStringLiteral("kept")}});
        QCOMPARE(stored.value(QStringLiteral("other")).toString(), QStringLiteral("kept"));
        const AccessibilitySettings read = AccessibilitySettings::fromUserSettings(stored);
        QCOMPARE(read, chosen);
        QCOMPARE(read.fontScale(), 2.0);
    }

    void damagedSettingsFallBackToDefaults()
    {
        // A scale other than 150 or 200 (a hand-edited database) gives 150, never 37 % type.
        const QJsonObject odd{
            {AccessibilitySettings::Key,
             QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("scale"), 37}}}};
        const AccessibilitySettings read = AccessibilitySettings::fromUserSettings(odd);
        QVERIFY(read.enabled);
        QCOMPARE(read.scalePercent, 150);
        const QJsonObject wrongType{{AccessibilitySettings::Key, QJsonArray{1, 2}}};
        QCOMPARE(AccessibilitySettings::fromUserSettings(wrongType), AccessibilitySettings());
    }
};

QTEST_GUILESS_MAIN(TestAccessibilitySettings)
#include "TestAccessibilitySettings.moc"
