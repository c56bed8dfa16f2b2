// Keyboard only: an intake from finding the item to the accepted case with key presses alone —
// Ctrl+K and typing to find the item, Enter to open its guide, Ctrl+P, its preview and PDF by
// Tab and Enter, F2 for the intake, Tab from field to field, Space on the checklist, Enter on the
// Accept button — no mouse and no direct calls.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "cases/CaseListView.h"
#include "cases/CaseRepository.h"
#include "guide/GuideView.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace ow;

class TestKeyboardOnly : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;

    static QWidget* focused() { return QApplication::focusWidget(); }
    static QString focusedName() { return focused() ? focused()->objectName() : QString(); }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
    }
    static void type(const QString& text) { QTest::keyClicks(focused(), text); }
    // Tab until `objectName` has the focus, at most `most` presses; how many it took, or -1.
    static int tabTo(const QString& objectName, int most)
    {
        for (int i = 1; i <= most; ++i) {
            press(Qt::Key_Tab);
            if (focusedName() == objectName)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
    }

    void init()
    {
        m_printer.jobs.clear();
        m_counter = std::make_unique<test::CounterFixture>();
    }

    void anIntakeFromSearchToAcceptedCase_data()
    {
        QTest::addColumn<bool>("accessibilityMode");
        QTest::newRow("normal") << false;
        QTest::newRow("accessibility mode (F12)") << true;
    }

    void anIntakeFromSearchToAcceptedCase()
    {
        QFETCH(bool, accessibilityMode);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("helper")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        if (accessibilityMode)
            press(Qt::Key_F12);

        // Find the item: Ctrl+K, its code, Enter opens the guide.
        press(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(focusedName(), QStringLiteral("searchBox"));
        type(QStringLiteral("p082"));
        press(Qt::Key_Return);
        auto* guide = qobject_cast<GuideView*>(window.workspace()->currentWidget());
        QVERIFY(guide);
        QCOMPARE(guide->subject().code, QStringLiteral("P082"));
        // The guide prints with Ctrl+P (the applicant takes it home).
        press(Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(m_printer.jobs.size(), 1); // a button's key animates the press first
        QCOMPARE(m_printer.jobs.last().kind, QStringLiteral("print"));
        // Its print preview and the PDF: Tab to the button, Enter (no modal dialog on the way).
        QVERIFY2(tabTo(QStringLiteral("guidePreview"), 10) > 0, qPrintable(focusedName()));
        press(Qt::Key_Return);
        QTRY_COMPARE(m_printer.jobs.size(), 2);
        QCOMPARE(m_printer.jobs.last().kind, QStringLiteral("preview"));
        QVERIFY2(tabTo(QStringLiteral("guidePdf"), 3) > 0, qPrintable(focusedName()));
        press(Qt::Key_Return);
        QTRY_COMPARE(m_printer.jobs.size(), 3);
        QCOMPARE(m_printer.jobs.last().kind, QStringLiteral("pdf"));

        // F2: the intake for the guide on screen, the focus in the first field that matters.
        press(Qt::Key_F2);
        auto* intake = qobject_cast<IntakeView*>(window.workspace()->currentWidget());
        QVERIFY(intake);
        QCOMPARE(intake->draft().itemCodes, QStringList{QStringLiteral("P082")});
        QTRY_COMPARE(focusedName(), QStringLiteral("intakeIdentifier"));
        type(QStringLiteral("11010519491231002X"));
        // Tab goes down the form in reading order: name, then phone.
        QCOMPARE(tabTo(QStringLiteral("intakeName"), 1), 1);
        type(QStringLiteral("Zhang San"));
        QCOMPARE(tabTo(QStringLiteral("intakePhone"), 1), 1);
        type(QStringLiteral("13812345678"));

        // On to the checklist: every material received with Space, row by row.
        QVERIFY2(tabTo(QStringLiteral("intakeChecklist"), 8) > 0, qPrintable(focusedName()));
        ChecklistModel* checklist = intake->checklist();
        QVERIFY(checklist->rowCount() > 0);
        for (int row = 0; row < checklist->rowCount(); ++row) {
            press(Qt::Key_Space);
            press(Qt::Key_Down);
        }
        for (const CaseMaterial& material : std::as_const(intake->draft().materials))
            QCOMPARE(material.state, CaseMaterial::State::Received);

        // The decision: Tab to Accept (past the reason and the signature pad), Enter presses it.
        QVERIFY2(tabTo(QStringLiteral("intakeAccept"), 12) > 0, qPrintable(focusedName()));
        press(Qt::Key_Return);
        QVERIFY2(intake->decided(), qPrintable(intake->messageLabel()->text()));

        const QList<CaseSummary> today =
            CaseRepository(*m_counter->database)
                .listForDay(m_counter->clock.now().toLocalTime().date(), QStringLiteral("XC01"))
                .value();
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.first().status, CaseStatus::Accepted);
        QCOMPARE(today.first().applicantName, QStringLiteral("Zhang San"));
        QVERIFY(today.first().greenChannel); // born 1949: elderly
        QCOMPARE(m_printer.jobs.size(), 4);  // the receipt went to the printer's preview
        QCOMPARE(m_printer.jobs.last().kind, QStringLiteral("document"));

        // F3: the day's cases, the green channel counted apart.
        press(Qt::Key_F3);
        auto* list = qobject_cast<CaseListView*>(window.workspace()->currentWidget());
        QVERIFY(list);
        QCOMPARE(focusedName(), QStringLiteral("caseListTable"));
        QVERIFY(list->findChild<QLabel*>(QStringLiteral("caseListSummary"))
                    ->text()
                    .contains(CaseListView::tr(", %n green channel", nullptr, 1)));
        // Enter opens the case, with its deadline.
        press(Qt::Key_Return);
        auto* detail = qobject_cast<CaseDetailView*>(window.workspace()->currentWidget());
        QVERIFY(detail);
        QCOMPARE(detail->caseId(), today.first().id);
        if (accessibilityMode)
            press(Qt::Key_F12);
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "TestKeyboardOnly.moc"
