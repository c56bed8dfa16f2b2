// The accessibility mode on a 1280×800 screen (the halls' usual one): at 150 % and 200 % the
// search box's hint is whole (a shorter one when the long one would be cut, the long one its
// tool tip), the status bar's 无障碍 switch is whole and inside the window whatever the length of
// the labels beside it, the dashboard's date, window and clerk fields take the large type like
// every other control, and the shift-close panel speaks Chinese by default.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "accessibility/AccessibilityMode.h"
#include "accessibility/AccessibilitySupport.h"
#include "common/ElidedLabel.h"
#include "dashboard/DashboardView.h"
#include "main/MainWindow.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"
#include "search/SearchPanel.h"
#include "sync/ShiftClosePanel.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace ow;

class TestAccessibilityLayout : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    qreal m_basePointSize = 0;

    std::unique_ptr<MainWindow> windowFor(const QString& user)
    {
        auto window =
            std::make_unique<MainWindow>(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                                         m_counter->signIn(user), m_counter->clock);
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not shown");
        return window;
    }

    static void switchTo(MainWindow& window, int percent)
    {
        AccessibilitySettings settings = window.accessibility()->mode()->settings();
        settings.enabled = percent > 100;
        if (percent > 100)
            settings.scalePercent = percent;
        window.accessibility()->mode()->change(settings);
        QApplication::processEvents();
        QTest::qWait(50); // the layouts follow the new type
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        // As installed: the database in the user's data folder, a long path in the status bar.
        m_data.databasePath =
            QStringLiteral("/home/xuecheng-window-03/.local/share/OneWindow/onewindow.sqlite");
        m_basePointSize = QApplication::font().pointSizeF();
    }

    void init() { m_counter = std::make_unique<test::CounterFixture>(); }

    void theSearchHintIsWhole_data()
    {
        QTest::addColumn<int>("percent");
        QTest::newRow("normal") << 100;
        QTest::newRow("150 %") << 150;
        QTest::newRow("200 %") << 200;
    }

    void theSearchHintIsWhole()
    {
        QFETCH(int, percent);
        auto window = windowFor(QStringLiteral("helper"));
        switchTo(*window, percent);
        auto* box = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
        QVERIFY(box);
        QTRY_VERIFY2(QFontMetrics(box->font()).horizontalAdvance(box->placeholderText()) <=
                         box->contentsRect().width() - 8,
                     qPrintable(QStringLiteral("%1 in %2 px")
                                    .arg(box->placeholderText())
                                    .arg(box->contentsRect().width())));
        QVERIFY(box->placeholderText().contains(QStringLiteral("Ctrl+K")));
        // Nothing of the long hint is lost: it is the tool tip.
        QCOMPARE(box->toolTip(),
                 SearchPanel::tr("Search items: Chinese, pinyin, initials or code (Ctrl+K)"));
        if (percent == 100) // normal type: the whole hint
            QCOMPARE(box->placeholderText(), box->toolTip());
        switchTo(*window, 100);
        QTRY_COMPARE(box->placeholderText(), box->toolTip());
    }

    void theAccessibilitySwitchIsWhole_data() { theSearchHintIsWhole_data(); }

    void theAccessibilitySwitchIsWhole()
    {
        QFETCH(int, percent);
        // A long name beside it (a helper of the assisted-service group, as halls name them).
        const Session admin = m_counter->signIn(QStringLiteral("admin"));
        QVERIFY(m_counter->accounts
                    ->addUser(admin,
                              UserAccount{QStringLiteral("ouyang"),
                                          QStringLiteral("欧阳明华（帮办代办服务组 · 综合受理）"),
                                          Role::Assisted,
                                          {},
                                          false,
                                          true,
                                          0,
                                          {}},
                              test::CounterFixture::Password)
                    .ok());
        auto window = windowFor(QStringLiteral("ouyang"));
        switchTo(*window, percent);
        window->statusBar()->clearMessage();
        auto* button = window->findChild<QToolButton*>(QStringLiteral("accessibilityButton"));
        QVERIFY(button && button->isVisible());
        QStatusBar* bar = window->statusBar();
        QTRY_VERIFY(bar->width() > 0);
        const QRect inBar(button->mapTo(bar, QPoint(0, 0)), button->size());
        QVERIFY2(bar->rect().contains(inBar),
                 qPrintable(QStringLiteral("button %1,%2 %3×%4 in a bar of %5×%6")
                                .arg(inBar.x())
                                .arg(inBar.y())
                                .arg(inBar.width())
                                .arg(inBar.height())
                                .arg(bar->width())
                                .arg(bar->height())));
        QVERIFY(window->rect().contains(
            QRect(button->mapTo(window.get(), QPoint(0, 0)), button->size())));
        // The labels beside it give way, ending with "…"; their whole text is the tool tip.
        for (const char* name : {"statusCatalog", "statusUser"}) {
            auto* label = bar->findChild<ElidedLabel*>(QLatin1String(name));
            QVERIFY2(label, name);
            QCOMPARE(label->toolTip(), label->text());
            QCOMPARE(label->isElided(), label->width() < label->sizeHint().width());
        }
        if (percent == 200) // the long name does not fit whole at 200 %
            QVERIFY(bar->findChild<ElidedLabel*>(QStringLiteral("statusUser"))->isElided() ||
                    bar->findChild<ElidedLabel*>(QStringLiteral("statusCatalog"))->isElided());
        // Its whole text fits in it.
        QVERIFY(button->width() >= button->sizeHint().width());
        QVERIFY(button->height() >= button->sizeHint().height());
        switchTo(*window, 100);
    }

    void theDashboardFieldsTakeTheLargeType()
    {
        ReportService reports(*m_counter->database, m_counter->clock, *m_counter->accounts);
        RatingRecorder ratings(*m_counter->database, m_counter->calendar);
        auto window = windowFor(QStringLiteral("boss"));
        window->enableReportsAndRatings(reports, ratings, 5);
        DashboardView* dashboard = window->showDashboard();
        QVERIFY(dashboard);
        switchTo(*window, 150);
        const qreal large = QApplication::font().pointSizeF();
        QCOMPARE(large, m_basePointSize * 1.5);
        QStringList small;
        for (const char* name : {"dashboardFrom", "dashboardTo", "dashboardWindow",
                                 "dashboardClerk", "dashboardScope", "dashboardShow"}) {
            auto* field = dashboard->findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(field, name);
            if (qAbs(QFontInfo(field->font()).pointSizeF() - large) >= 1.0)
                small.append(QStringLiteral("%1: %2 pt")
                                 .arg(QLatin1String(name))
                                 .arg(QFontInfo(field->font()).pointSizeF()));
            // The text inside is whole: 2026-11-29 and the window number are not cut.
            QVERIFY2(field->width() >= field->minimumSizeHint().width(), name);
        }
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", ")) +
                                             QStringLiteral("; the type is %1 pt").arg(large)));
        auto* window3 = dashboard->findChild<QSpinBox*>(QStringLiteral("dashboardWindow"));
        QVERIFY(window3->width() >= window3->sizeHint().width());
        auto* from = dashboard->findChild<QDateEdit*>(QStringLiteral("dashboardFrom"));
        QVERIFY(from->width() >= from->sizeHint().width());
        switchTo(*window, 100);
    }

    void theShiftClosePanelSpeaksChineseByDefault()
    {
        ShiftHandover handover;
        handover.clerk = QStringLiteral("clerk");
        ShiftClosePanel panel(handover, QString());
        QCOMPARE(panel.windowTitle(), QStringLiteral("交班"));
        QCOMPARE(panel.signOutButton()->text(), QStringLiteral("交班并退出(&S)"));
        QCOMPARE(panel.cancelButton()->text(), QStringLiteral("取消，继续办理(&C)"));
        const QString intro = panel.findChild<QLabel*>(QStringLiteral("shiftCloseIntro"))->text();
        QVERIFY2(intro.startsWith(QStringLiteral("没有遗留事项")), qPrintable(intro));
        QVERIFY2(intro.contains(QStringLiteral("上次成功同步：从未")), qPrintable(intro));
    }
};

QTEST_MAIN(TestAccessibilityLayout)
#include "TestAccessibilityLayout.moc"
