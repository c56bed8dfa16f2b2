// F1: the key sheet lists every key of the window, read from its actual actions and shortcuts,
// opens beside the work without blocking it, and no key is bound twice on any screen.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "accessibility/AccessibilitySupport.h"
#include "accessibility/ShortcutSheet.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTest>

using namespace ow;

class TestShortcutSheet : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;

    static QString plain(QString text)
    {
        return text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")))
            .remove(u'&')
            .remove(QStringLiteral("…"))
            .trimmed();
    }

    static bool listed(const QStandardItemModel* model, const QKeySequence& key,
                       const QString& what)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row, 0)->text() == key.toString(QKeySequence::NativeText) &&
                (what.isEmpty() ||
                 model->item(row, 1)->data(ShortcutSheet::WhatRole).toString() == what) &&
                !model->item(row, 1)->text().isEmpty())
                return true;
        }
        return false;
    }

    static void requireNoClash(const QWidget* window, const char* where)
    {
        const QStringList clashes = ShortcutSheet::clashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(QString::fromLatin1(where) + QStringLiteral(": ") +
                                               clashes.join(QStringLiteral("; "))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        m_counter = std::make_unique<test::CounterFixture>();
    }

    void f1ListsEveryKeyOfTheWindowWithoutBlockingIt()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("helper")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openGuide(QStringLiteral("P082")); // its buttons have keys too (Ctrl+P)
        ShortcutSheet* sheet = window.accessibility()->shortcutSheet();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        QTRY_VERIFY(sheet->isVisible());
        QVERIFY(!QApplication::activeModalWidget());

        int actions = 0;
        for (const QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut().isEmpty() || !action->isVisible())
                continue;
            ++actions;
            QVERIFY2(listed(sheet->model(), action->shortcut(), plain(action->text())),
                     qPrintable(action->shortcut().toString() + u' ' + action->text()));
        }
        QVERIFY(actions >= 10); // F2, F3, Ctrl+K, Ctrl+L, Quit, F12 …, F8 …, F1
        for (const QShortcut* shortcut : window.findChildren<QShortcut*>())
            QVERIFY2(listed(sheet->model(), shortcut->key(), {}),
                     qPrintable(shortcut->key().toString()));
        QVERIFY(listed(sheet->model(), QKeySequence::Print, {}));
        QVERIFY(listed(sheet->model(), QKeySequence(Qt::Key_F12), {}));

        // Not modal: the clerk types on while it is open; F1 again closes it.
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("searchBox"));
        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("gjj"));
        QCOMPARE(box->text(), QStringLiteral("gjj"));
        QTest::keyClick(box, Qt::Key_F1);
        QTRY_VERIFY(!sheet->isVisible());
    }

    void noKeyIsBoundTwiceOnAnyScreen()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("boss")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        requireNoClash(&window, "start");
        window.openGuide(QStringLiteral("P082"));
        window.openGuide(QStringLiteral("P083")); // two guides: only the visible one's Ctrl+P
        requireNoClash(&window, "guides");
        QVERIFY(window.newIntake({QStringLiteral("P082")}));
        requireNoClash(&window, "intake");
        QVERIFY(window.showCases());
        requireNoClash(&window, "cases");
        window.accessibility()->shortcutSheet()->showAction()->trigger();
        requireNoClash(&window, "key sheet");

        // The check finds a clash when there is one.
        auto* second = new QAction(QStringLiteral("Another F2"), &window);
        second->setShortcut(QKeySequence(Qt::Key_F2));
        window.addAction(second);
        QCOMPARE(ShortcutSheet::clashes(&window).size(), 1);
    }
};

QTEST_MAIN(TestShortcutSheet)
#include "TestShortcutSheet.moc"
