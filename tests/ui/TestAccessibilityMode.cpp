// 无障碍模式: F12 and the status bar switch turn on large type and the high-contrast theme for the
// whole program, the choice is remembered for the user (and only that user), and both themes
// meet their WCAG contrast: 4.5:1 normal, 7:1 high contrast, over every colour pair they draw.
#include "LargePrint.h"
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "access/SignInDialog.h"
#include "accessibility/AccessibilityMode.h"
#include "accessibility/AccessibilitySupport.h"
#include "accessibility/AccessibilityTheme.h"
#include "accessibility/Contrast.h"
#include "cases/CaseListModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace ow;

namespace {

quint32 rgbOf(const QColor& colour)
{
    return quint32(colour.rgb() & 0xffffff);
}

void requireContrast(const QPalette& palette, double minimum)
{
    for (const AccessibilityTheme::ColourPair& pair : AccessibilityTheme::colourPairs(palette)) {
        const double ratio = Contrast::ratio(rgbOf(pair.text), rgbOf(pair.background));
        QVERIFY2(ratio >= minimum,
                 qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
                                .arg(pair.what, pair.text.name(), pair.background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(minimum)));
    }
}

} // namespace

class TestAccessibilityMode : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    double m_basePointSize = 0;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto window =
            std::make_unique<MainWindow>(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                                         m_counter->signIn(user), m_counter->clock);
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not shown");
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        m_basePointSize = QApplication::font().pointSizeF();
        // The machine's settings (the last user's mode) in the test location, starting empty.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("accessibility"));
    }

    void init()
    {
        m_printer.jobs.clear();
        m_counter = std::make_unique<test::CounterFixture>();
    }

    void highContrastPaletteReachesSevenToOne()
    {
        requireContrast(AccessibilityTheme::highContrastPalette(), Contrast::HighContrastMinimum);
        // Disabled controls too (WCAG exempts them; an elderly applicant still has to read them).
        const QPalette p = AccessibilityTheme::highContrastPalette();
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            const double ratio =
                Contrast::ratio(rgbOf(p.color(QPalette::Disabled, role)),
                                rgbOf(p.color(QPalette::Disabled, QPalette::Base)));
            QVERIFY2(ratio >= Contrast::HighContrastMinimum, qPrintable(QString::number(ratio)));
        }
    }

    void normalPaletteReachesFourAndAHalfToOne()
    {
        requireContrast(AccessibilityTheme::normalPalette(QApplication::style()->standardPalette()),
                        Contrast::NormalMinimum);
    }

    void statusColoursOfTheScreensAreTheThemesOnes()
    {
        // The case list draws deadlines in the theme's error and warning colours (checked above).
        CaseListModel model;
        const QDate today(2026, 11, 30);
        CaseSummary overdue;
        overdue.number = QStringLiteral("XC01-03-20261120-0001");
        overdue.status = CaseStatus::Accepted;
        overdue.dueDate = today.addDays(-1);
        CaseSummary soon = overdue;
        soon.dueDate = today.addDays(1);
        model.setCases({overdue, soon}, today);
        QCOMPARE(
            model.index(0, CaseListModel::Due).data(Qt::ForegroundRole).value<QBrush>().color(),
            AccessibilityTheme::ErrorText);
        QCOMPARE(
            model.index(1, CaseListModel::Due).data(Qt::ForegroundRole).value<QBrush>().color(),
            AccessibilityTheme::WarningText);
    }

    void f12SwitchesTheWholeProgramAndBack()
    {
        auto window = windowFor(QStringLiteral("helper"));
        AccessibilityMode* mode = window->accessibility()->mode();
        QVERIFY(!mode->settings().enabled);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);

        QTest::keyClick(window.get(), Qt::Key_F12);
        QVERIFY(mode->settings().enabled);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.5);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0x00, 0x00, 0x80));
        auto* button = window->findChild<QToolButton*>(QStringLiteral("accessibilityButton"));
        QVERIFY(button && button->isChecked());
        // Click targets grow with the type: the decision buttons of an intake are tall.
        IntakeView* intake = window->newIntake({QStringLiteral("P082")});
        auto* accept = intake->findChild<QPushButton*>(QStringLiteral("intakeAccept"));
        QTRY_VERIFY(accept->height() >= 36);

        QTest::keyClick(window.get(), Qt::Key_F12, Qt::ShiftModifier); // 200 %
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2.0);

        button->click(); // the status bar switch: off again
        QVERIFY(!mode->settings().enabled);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
        QVERIFY(qApp->styleSheet().isEmpty());
    }

    void theFocusedFieldIsFilledYellow()
    {
        auto window = windowFor(QStringLiteral("helper"));
        IntakeView* intake = window->newIntake({QStringLiteral("P082")});
        auto* id = intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"));
        id->setFocus();
        QTRY_VERIFY(id->hasFocus());
        const auto centre = [id] {
            const QImage image = id->grab().toImage();
            return image.pixelColor(image.width() / 2, image.height() / 2);
        };
        QVERIFY(centre() != QColor(0xff, 0xff, 0x80));
        QTest::keyClick(window.get(), Qt::Key_F12);
        QTRY_COMPARE(centre(), QColor(0xff, 0xff, 0x80));
        QTest::keyClick(window.get(), Qt::Key_F12);
    }

    void theReceiptIsPrintedLargeInTheMode()
    {
        auto window = windowFor(QStringLiteral("helper"));
        const auto takeCase = [&] {
            IntakeView* intake = window->newIntake({QStringLiteral("P082")});
            intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
                ->setText(QStringLiteral("11010519491231002X"));
            intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))
                ->setText(QStringLiteral("张三"));
            intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
                ->setText(QStringLiteral("13812345678"));
            QVERIFY(intake->decide(IntakeDraft::Decision::Supplement));
        };
        takeCase();
        QCOMPARE(m_printer.jobs.size(), 1);
        QVERIFY(LargePrint::smallestFontPt(m_printer.jobs.last().html) < LargePrint::MinimumPt);
        QTest::keyClick(window.get(), Qt::Key_F12);
        takeCase();
        QCOMPARE(m_printer.jobs.size(), 2);
        QVERIFY(LargePrint::smallestFontPt(m_printer.jobs.last().html) >= LargePrint::MinimumPt);
        QTest::keyClick(window.get(), Qt::Key_F12);
    }

    void theChoiceIsRememberedPerUser()
    {
        {
            auto window = windowFor(QStringLiteral("helper"));
            QTest::keyClick(window.get(), Qt::Key_F12);
            QTest::keyClick(window.get(), Qt::Key_F12, Qt::ShiftModifier);
        }
        // Closing the window brings the normal theme back for whatever comes next.
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
        {
            auto clerk = windowFor(QStringLiteral("clerk"));
            QVERIFY(!clerk->accessibility()->mode()->settings().enabled);
            QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
            // The helper signs in at this window: their own mode comes with them.
            clerk->switchTo(m_counter->signIn(QStringLiteral("helper")));
            QVERIFY(clerk->accessibility()->mode()->settings().enabled);
            QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2.0);
        }
        auto again = windowFor(QStringLiteral("helper"));
        QVERIFY(again->accessibility()->mode()->settings().enabled);
        QCOMPARE(again->accessibility()->mode()->settings().scalePercent, 200);
        const QJsonObject stored =
            m_counter->accounts->userSettings(m_counter->signIn(QStringLiteral("helper"))).value();
        QVERIFY(stored.contains(AccessibilitySettings::Key));
    }

    void theSignInFollowsTheLastUsersMode()
    {
        {
            auto window = windowFor(QStringLiteral("helper"));
            QTest::keyClick(window.get(), Qt::Key_F12);
        }
        QVERIFY(AccessibilityMode::lastUsed().enabled);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize); // no main window now
        {
            // The next sign-in, before anyone is signed in: large type, high contrast, and the
            // focused field filled yellow inside its frame.
            SignInDialog dialog(*m_counter->accounts, QStringLiteral("XC01"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QCOMPARE(dialog.userEdit()->font().pointSizeF(), m_basePointSize * 1.5);
            QCOMPARE(dialog.palette().color(QPalette::Window),
                     AccessibilityTheme::highContrastPalette().color(QPalette::Window));
            QTRY_VERIFY(dialog.userEdit()->hasFocus());
            const QImage image = dialog.userEdit()->grab().toImage();
            QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2),
                     QColor(0xff, 0xff, 0x80));
            QVERIFY(dialog.userEdit()->height() >= 36);
        }
        {
            // A user without the mode signs in: the next sign-in is normal again.
            auto clerk = windowFor(QStringLiteral("clerk"));
            QVERIFY(!AccessibilityMode::lastUsed().enabled);
        }
        SignInDialog dialog(*m_counter->accounts, QStringLiteral("XC01"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.userEdit()->font().pointSizeF(), m_basePointSize);
    }
};

QTEST_MAIN(TestAccessibilityMode)
#include "TestAccessibilityMode.moc"
