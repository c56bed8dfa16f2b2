// The clerk's path: Ctrl+K, type, choose with the arrow keys, Enter opens the guide, print it.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "guide/GuideView.h"
#include "main/MainWindow.h"
#include "navigator/NavigatorPanel.h"
#include "search/SearchPanel.h"
#include "search/SearchResultsModel.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ow;

class TestSearchAndGuide : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<MainWindow> m_window;

    QLineEdit* box() const { return m_window->searchPanel()->edit(); }
    QStringList resultCodes() const
    {
        QStringList codes;
        for (const SearchHit& hit : m_window->searchPanel()->model()->hits())
            codes.append(hit.code);
        return codes;
    }
    // Latin letters as key presses; Chinese as an input method commits it.
    void type(const QString& text)
    {
        box()->clear();
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClick(box(), c.toLatin1());
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(box(), &commit);
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        m_counter = std::make_unique<test::CounterFixture>();
        QVERIFY(!m_data.guides.isEmpty());
    }

    void init()
    {
        m_printer.jobs.clear();
        m_window = std::make_unique<MainWindow>(
            m_data, m_printer, *m_counter->accounts, *m_counter->cases,
            m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void searchBoxHasFocusAtStartAndOnCtrlK()
    {
        QCOMPARE(QApplication::focusWidget(), box());
        m_window->navigator()->setFocus();
        QVERIFY(QApplication::focusWidget() != box());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), box());
    }

    void resultsFollowTyping_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("code") << QStringLiteral("E053") << QStringLiteral("E053");
        QTest::newRow("sub-item code") << QStringLiteral("p63.2") << QStringLiteral("P063.2");
        QTest::newRow("initials in context") << QStringLiteral("yyyhkh") << QStringLiteral("E007");
        QTest::newRow("two characters") << QStringLiteral("失业") << QString();
    }

    void resultsFollowTyping()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        type(query);
        QVERIFY(m_window->searchPanel()->results()->isVisible());
        QVERIFY(!m_window->navigator()->isVisible());
        QVERIFY(!resultCodes().isEmpty());
        if (!expectedFirst.isEmpty())
            QCOMPARE(resultCodes().first(), expectedFirst);
        auto* summary = m_window->findChild<QLabel*>(QStringLiteral("searchSummary"));
        QVERIFY(summary->text().contains(QString::number(resultCodes().size())));
    }

    void arrowKeysAndEnterOpenTheGuide()
    {
        type(QStringLiteral("公积金"));
        const QStringList codes = resultCodes();
        QVERIFY(codes.size() >= 2);
        QTest::keyClick(box(), Qt::Key_Down);
        QCOMPARE(m_window->searchPanel()->results()->currentIndex().row(), 1);
        QCOMPARE(QApplication::focusWidget(), box()); // still typing-ready
        QTest::keyClick(box(), Qt::Key_Return);
        GuideView* view = m_window->currentGuide();
        QVERIFY(view);
        QCOMPARE(view->subject().code, codes.at(1));
        QCOMPARE(m_window->workspace()->count(), 2);
        // Opening it again reuses the tab.
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTest::keyClick(box(), Qt::Key_Return); // current is still row 1
        QCOMPARE(m_window->workspace()->count(), 2);
        // Ctrl+W closes it; the catalog tab stays.
        QTest::keyClick(m_window->currentGuide(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(m_window->workspace()->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->workspace()->count(), 1);
    }

    void escapeClearsAndBringsBackTheNavigator()
    {
        type(QStringLiteral("gjj"));
        QVERIFY(!m_window->navigator()->isVisible());
        QTest::keyClick(box(), Qt::Key_Escape);
        QVERIFY(box()->text().isEmpty());
        QVERIFY(m_window->navigator()->isVisible());
        QVERIFY(!m_window->searchPanel()->results()->isVisible());
    }

    void nothingFoundSaysSo()
    {
        type(QStringLiteral("zzzzqqqxxx"));
        auto* summary = m_window->findChild<QLabel*>(QStringLiteral("searchSummary"));
        QVERIFY(resultCodes().isEmpty());
        QCOMPARE(summary->text(), QStringLiteral("未找到。请减少字数，或输入首字母、编码。"));
        QTest::keyClick(box(), Qt::Key_Return); // nothing to open, nothing happens
        QCOMPARE(m_window->workspace()->count(), 1);
    }

    void guideShowsItsContentAndPrints()
    {
        const QString code = m_data.guides.keys().first();
        GuideView* view = m_window->openGuide(code);
        QVERIFY(view);
        QVERIFY(view->hasGuide());
        const QString text = view->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("办事指南")));
        QVERIFY(text.contains(QStringLiteral("申请材料")));
        QVERIFY(text.contains(QStringLiteral("示范稿"))); // a draft says so
        const Guide& guide = m_data.guides.value(code);
        const QString firstMaterial = m_data.dictionary.value(guide.materials.first().key).name;
        QVERIFY2(text.contains(firstMaterial), qPrintable(firstMaterial));

        view->findChild<QPushButton*>(QStringLiteral("guidePrint"))->click();
        view->findChild<QPushButton*>(QStringLiteral("guidePreview"))->click();
        view->findChild<QPushButton*>(QStringLiteral("guidePdf"))->click();
        view->findChild<QPushButton*>(QStringLiteral("guideWhatToBring"))->click();
        QCOMPARE(m_printer.jobs.size(), 4);
        QCOMPARE(m_printer.jobs.at(0).kind, QStringLiteral("print"));
        QCOMPARE(m_printer.jobs.at(2).kind, QStringLiteral("pdf"));
        QVERIFY(m_printer.jobs.at(3).html.contains(QStringLiteral("一次性告知书")));
        QVERIFY(m_printer.jobs.at(3).html.contains(firstMaterial.toHtmlEscaped()));
        // Ctrl+P prints the guide on screen.
        view->browser()->setFocus();
        QTest::keyClick(view->browser(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(m_printer.jobs.size(), 5); // a button's shortcut animates its click
        QCOMPARE(m_printer.jobs.last().kind, QStringLiteral("print"));
    }

    void itemWithoutGuideSaysSoPlainly()
    {
        QString code;
        for (const Lifecycle& lifecycle : m_data.catalog.lifecycles())
            for (const Stage& stage : lifecycle.stages)
                for (const Scene& scene : stage.scenes)
                    for (const Item& item : scene.items)
                        if (code.isEmpty() && !m_data.guides.contains(item.code))
                            code = item.code;
        GuideView* view = m_window->openGuide(code);
        QVERIFY(view);
        QVERIFY(!view->hasGuide());
        QVERIFY(view->browser()->toPlainText().contains(QStringLiteral("尚未发布")));
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("guideWhatToBring"))->isEnabled());
    }

    void enterInTheNavigatorOpensTheGuide()
    {
        QVERIFY(m_window->navigator()->select(QStringLiteral("P001")));
        m_window->navigator()->setFocus();
        QCOMPARE(QApplication::focusWidget(), m_window->navigator()->treeFor(QStringLiteral("P")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_window->currentGuide());
        QCOMPARE(m_window->currentGuide()->subject().code, QStringLiteral("P001"));
    }
};

QTEST_MAIN(TestSearchAndGuide)
#include "TestSearchAndGuide.moc"
