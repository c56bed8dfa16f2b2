#include "Localization.h"
#include "WorkspaceFixture.h"
#include "main/MainWindow.h"
#include "navigator/ItemDetailsPanel.h"
#include "navigator/NavigatorPanel.h"
#include "search/SearchPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsFolder;

    QString field(const char* objectName) const
    {
        auto* label = m_window->findChild<QLabel*>(QLatin1String(objectName));
        return label && label->isVisibleTo(m_window.get()) ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsFolder.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
        QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
        m_data = test::loadWorkspace();
        m_counter = std::make_unique<test::CounterFixture>();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(
            m_data, m_printer, *m_counter->accounts, *m_counter->cases,
            m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void isInChineseByDefault()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("一窗通 — 政务服务综合窗口"));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("navigatorTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("企业 (106)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("个人 (115)"));
        QTreeView* tree = m_window->navigator()->treeFor(QStringLiteral("E"));
        QCOMPARE(tree->model()->index(0, 0).data().toString(),
                 QStringLiteral("1 企业开办（7 项）"));
    }

    void keyboardAloneReachesAnItemAndItsDepartments()
    {
        QTreeView* tree = m_window->navigator()->treeFor(QStringLiteral("E"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(QApplication::focusWidget(), m_window->searchPanel()->edit()); // typing at once
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Home);  // stage 1 企业开办
        QTest::keyClick(tree, Qt::Key_Right); // open it
        QTest::keyClick(tree, Qt::Key_Down);  // scene 1.1
        QTest::keyClick(tree, Qt::Key_Right);
        QTest::keyClick(tree, Qt::Key_Down); // E001
        QTest::keyClick(tree, Qt::Key_Down); // E002 (E001 is closed)
        QCOMPARE(m_window->details()->shownCode(), QStringLiteral("E002"));
        QCOMPARE(field("detailsTitle"), QStringLiteral("公章刻制备案"));
        QCOMPARE(field("detailsType"), QStringLiteral("其他行政权力"));
        QCOMPARE(field("detailsCityLead"), QStringLiteral("市审批服务局、市市场监管局"));
        QCOMPARE(field("detailsCityCo"), QStringLiteral("市公安局"));
        QCOMPARE(field("detailsDistrictLead"), QStringLiteral("区审批服务局、区市场监管局"));
        QCOMPARE(field("detailsDistrictCo"), QStringLiteral("薛城公安分局"));
    }

    void subItemsAndGroupsAreShown()
    {
        QVERIFY(m_window->navigator()->select(QStringLiteral("E053")));
        QVERIFY(field("detailsContents").startsWith(QStringLiteral("5 个子项")));
        QVERIFY(field("detailsContents").contains(QStringLiteral("E053.5")));
        QVERIFY(m_window->navigator()->select(QStringLiteral("P042.1")));
        QCOMPARE(field("detailsType"), QStringLiteral("目录未列明"));
        QVERIFY(field("detailsContents").contains(QStringLiteral("P042")));
        QVERIFY(m_window->navigator()->select(QStringLiteral("P038")));
        QCOMPARE(field("detailsType"), QStringLiteral("子项类型不同"));
        QVERIFY(m_window->navigator()->select(QStringLiteral("P11.2")));
        QCOMPARE(field("detailsTitle"), QStringLiteral("场景 11.2 继承"));
        QVERIFY(field("detailsContents").contains(QStringLiteral("P115")));
        QVERIFY(m_window->navigator()->select(QStringLiteral("E6")));
        QCOMPARE(field("detailsTitle"), QStringLiteral("阶段 6 企业退出"));
        QCOMPARE(field("detailsType"), QString()); // hidden for a group
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("navigatorTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!m_window->navigator()->select(QStringLiteral("X999")));
    }

    void keyboardSwitchesLifecycleTabs()
    {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("navigatorTabs"));
        tabs->tabBar()->setFocus();
        QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
        QCOMPARE(tabs->currentIndex(), 1);
        m_window->navigator()->setFocus();
        QCOMPARE(QApplication::focusWidget(), m_window->navigator()->treeFor(QStringLiteral("P")));
        QTest::keyClick(tabs->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void everyControlHasAnAccessibleName()
    {
        const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
        QStringList unnamed;
        for (QWidget* widget : widgets) {
            const bool control = widget->focusPolicy() != Qt::NoFocus ||
                                 qobject_cast<QAbstractButton*>(widget) ||
                                 qobject_cast<QAbstractItemView*>(widget);
            if (!control || !widget->isVisibleTo(m_window.get()))
                continue;
            if (qobject_cast<QTabBar*>(widget) || qobject_cast<QScrollBar*>(widget))
                continue; // named by their tabs' text / their area's name
            if (widget->accessibleName().isEmpty())
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                               QLatin1Char(' ') + widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void languageChosenInTheMenuIsKeptForTheNextStart()
    {
        QCOMPARE(Localization::preferredLanguage(), QStringLiteral("zh_CN")); // nothing chosen
        auto* chinese = m_window->findChild<QAction*>(QStringLiteral("language_zh_CN"));
        auto* english = m_window->findChild<QAction*>(QStringLiteral("language_en"));
        QVERIFY(chinese && english);
        QVERIFY(chinese->isChecked());                        // the screens are in Chinese now
        QCOMPARE(english->text(), QStringLiteral("English")); // each named in itself
        english->trigger();
        QVERIFY(english->isChecked() && !chinese->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QCOMPARE(Localization::preferredLanguage(), QStringLiteral("en"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("下次启动")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // A setting that is not a language is ignored, not obeyed.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QCOMPARE(Localization::preferredLanguage(), QStringLiteral("zh_CN"));
        chinese->trigger();
        QCOMPARE(Localization::preferredLanguage(), QStringLiteral("zh_CN"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
