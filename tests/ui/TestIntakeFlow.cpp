// From the main window: F2 on an item opens an intake for it; the decision stores the case with its
// number and deadline, and the right document goes to the printer.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "navigator/NavigatorPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestIntakeFlow : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;

    void fillApplicant(IntakeView* view)
    {
        view->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        view->findChild<QLineEdit*>(QStringLiteral("intakeName"))->setText(QStringLiteral("张三"));
        view->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
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

    void acceptPrintsAReceiptWithADeadline()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.navigator()->select(QStringLiteral("P082")));
        QTest::keyClick(&window, Qt::Key_F2);
        auto* view = qobject_cast<IntakeView*>(window.workspace()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->draft().itemCodes, QStringList{QStringLiteral("P082")});
        fillApplicant(view);
        for (int row = 0; row < view->checklist()->rowCount(); ++row)
            view->checklist()->cycleState(row); // all received
        view->findChild<QPushButton*>(QStringLiteral("intakeAccept"))->click();
        QVERIFY2(view->decided(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(m_printer.jobs.size(), 1);
        QCOMPARE(m_printer.jobs.first().kind, QStringLiteral("document"));
        QVERIFY(m_printer.jobs.first().html.contains(QStringLiteral("110105********002X")));
        QVERIFY(!m_printer.jobs.first().html.contains(QStringLiteral("11010519491231002X")));

        CaseRepository cases(*m_counter->database);
        const QList<CaseSummary> today =
            cases.listForDay(m_counter->clock.now().toLocalTime().date(), QStringLiteral("XC01"))
                .value();
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.first().number, QStringLiteral("XC01-03-20261130-0001"));
        QCOMPARE(today.first().status, CaseStatus::Accepted);
        const Case stored = cases.load(today.first().id).value();
        QCOMPARE(stored.acceptedOn, QDate(2026, 11, 30));
        QVERIFY(stored.dueDate >= stored.acceptedOn); // P082 is 即办: due the same day
        QVERIFY(stored.greenChannel);
    }

    void casesOfTodayAndAScannedReceiptOpenTheCase()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IntakeView* view = window.newIntake({QStringLiteral("P082")});
        fillApplicant(view);
        view->findChild<QPlainTextEdit*>(QStringLiteral("intakeReason"))
            ->setPlainText(QStringLiteral("材料不符合法定形式"));
        view->findChild<QPushButton*>(QStringLiteral("intakeRefuse"))->click();
        QVERIFY(view->decided());

        QTest::keyClick(&window, Qt::Key_F3);
        auto* list = qobject_cast<CaseListView*>(window.workspace()->currentWidget());
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        const QString shown = list->model()->index(0, CaseListModel::Applicant).data().toString();
        QVERIFY2(shown.startsWith(QStringLiteral("张*")), qPrintable(shown)); // masked in lists
        QVERIFY(!shown.contains(QStringLiteral("11010519491231002X")));
        QCOMPARE(list->model()->index(0, CaseListModel::Status).data().toString(),
                 QStringLiteral("不予受理"));
        QTest::keyClick(list->table(), Qt::Key_Return);
        auto* detail = qobject_cast<CaseDetailView*>(window.workspace()->currentWidget());
        QVERIFY(detail);
        QVERIFY(detail->text().contains(QStringLiteral("材料不符合法定形式")));
        QVERIFY(detail->text().contains(QStringLiteral("110105********002X")));

        // A scanner reads the receipt's QR code into the search box and presses Enter.
        const Case stored = CaseRepository(*m_counter->database).load(detail->caseId()).value();
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("searchBox"));
        box->setFocus();
        QTest::keyClicks(box, CaseNumber::qrPayload(stored.id, stored.number));
        QTest::keyClick(box, Qt::Key_Return);
        auto* scanned = qobject_cast<CaseDetailView*>(window.workspace()->currentWidget());
        QVERIFY(scanned && scanned != detail);
        QCOMPARE(scanned->caseId(), stored.id);
        int views = 0;
        for (const AuditRecord& record : m_counter->accounts->auditLog().list().value())
            views += record.action == QLatin1String("case_viewed") ? 1 : 0;
        QCOMPARE(views, 2);
    }

    void aKnownApplicantIsFilledFromTheArchive()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IntakeView* first = window.newIntake({QStringLiteral("P082")});
        fillApplicant(first);
        first->findChild<QPushButton*>(QStringLiteral("intakeSupplement"))->click();
        QVERIFY(first->decided());

        IntakeView* second = window.newIntake({QStringLiteral("P083")});
        auto* id = second->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"));
        id->setFocus();
        QTest::keyClicks(id, QStringLiteral("11010519491231002x"));
        QTest::keyClick(id, Qt::Key_Tab); // editing finished: look the ID up
        QCOMPARE(second->findChild<QLineEdit*>(QStringLiteral("intakeName"))->text(),
                 QStringLiteral("张三"));
        QCOMPARE(second->findChild<QLineEdit*>(QStringLiteral("intakePhone"))->text(),
                 QStringLiteral("13812345678"));
        QVERIFY(second->findChild<QLabel*>(QStringLiteral("intakeArchive"))
                    ->text()
                    .contains(QStringLiteral("1")));
        const QList<AuditRecord> records = m_counter->accounts->auditLog().list().value();
        QCOMPARE(records.last().action, QStringLiteral("applicant_looked_up"));
        QCOMPARE(records.last().subject, QStringLiteral("110105********002X"));
        // An unknown ID fills nothing.
        IntakeView* third = window.newIntake({QStringLiteral("P083")});
        auto* otherId = third->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"));
        otherId->setFocus();
        QTest::keyClicks(otherId, QStringLiteral("440524188001010014"));
        QTest::keyClick(otherId, Qt::Key_Tab);
        QVERIFY(third->findChild<QLineEdit*>(QStringLiteral("intakeName"))->text().isEmpty());
    }

    void supplementPrintsTheOneTimeNotice()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IntakeView* view = window.newIntake({QStringLiteral("P1.1")});
        QVERIFY(view);
        fillApplicant(view);
        // Keyboard alone: Alt+O is the supplement button's key, clashing with no menu.
        QTest::keyClick(view->findChild<QLineEdit*>(QStringLiteral("intakePhone")), Qt::Key_O,
                        Qt::AltModifier);
        QTRY_VERIFY2(view->decided(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(m_printer.jobs.size(), 1);
        QVERIFY(m_printer.jobs.first().html.contains(QStringLiteral("第三十二条")));
        CaseRepository cases(*m_counter->database);
        QCOMPARE(cases.count().value(), 1);
    }

    void administratorsTakeNoCases()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("admin")), m_counter->clock);
        QVERIFY(!window.newIntake({QStringLiteral("P082")}));
        // Even a view made some other way cannot store: the service asks the policy again.
        IntakeDraft draft;
        draft.applicant.name = QStringLiteral("张三");
        const Result<Case> refused = m_counter->cases->takeIn(
            m_counter->signIn(QStringLiteral("admin")), draft, IntakeDraft::Decision::Refuse,
            QStringLiteral("x"), m_data.guides);
        QVERIFY(!refused.ok());
        QCOMPARE(CaseRepository(*m_counter->database).count().value(), 0);
    }
};

QTEST_MAIN(TestIntakeFlow)
#include "TestIntakeFlow.moc"
