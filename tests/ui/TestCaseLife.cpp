// A case's later life from the main window: the case opens on its timeline, offers exactly the
// steps its status and the user's role allow, records them (buttons and their Alt keys) in the
// database, asks for a withdrawal's reason in line, refreshes the case list; and the signature
// drawn at intake is kept, encrypted, with the case and printed on its receipt.
#include "CaseDocuments.h"
#include "Localization.h"
#include "SqlValues.h"
#include "WorkspaceFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseDetailView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSignatureService.h"
#include "cases/CaseTimelineModel.h"
#include "common/SignaturePad.h"
#include "files/SecureFileStore.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestCaseLife : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;

    Case takeIn(const QString& item, IntakeDraft::Decision decision)
    {
        IntakeDraft d;
        d.applicant.name = QStringLiteral("张三");
        d.applicant.identifier = QStringLiteral("11010519491231002X");
        d.applicant.phone = QStringLiteral("13812345678");
        d.itemCodes = {item};
        d.mergeChecklist(m_data.guides, m_data.dictionary);
        if (decision == IntakeDraft::Decision::Accept)
            for (CaseMaterial& m : d.materials)
                m.state = CaseMaterial::State::Received;
        Result<Case> taken = m_counter->cases->takeIn(m_counter->signIn(QStringLiteral("clerk")), d,
                                                      decision, QString(), m_data.guides);
        if (!taken)
            qFatal("%s", qPrintable(taken.error()));
        return taken.value();
    }

    QString stored(const QString& caseId, const QString& column)
    {
        QSqlQuery query(m_counter->database->connection());
        if (!execute(query, QStringLiteral("SELECT %1 FROM case_file WHERE id = ?").arg(column),
                     {caseId}) ||
            !query.next())
            return QStringLiteral("?");
        return query.value(0).toString();
    }

    QList<CaseEvent> events(const QString& caseId)
    {
        return CaseRepository(*m_counter->database).load(caseId).value().events;
    }

    static QStringList offered(const CaseDetailView* view)
    {
        QStringList keys;
        for (const CaseStatus status : view->offeredSteps())
            keys.append(CaseLifecycle::key(status));
        return keys;
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

    void stepsThroughTheLifeWithButtonsAndKeys()
    {
        const Case c = takeIn(QStringLiteral("P082"), IntakeDraft::Decision::Accept);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseListView* list = window.showCases();
        QVERIFY(list);
        const QModelIndex status = list->model()->index(0, CaseListModel::Status);
        const QModelIndex due = list->model()->index(0, CaseListModel::Due);
        QCOMPARE(status.data().toString(), QStringLiteral("受理"));
        const QVariant dueColour = due.data(Qt::ForegroundRole); // 即办: due today
        QVERIFY(dueColour.isValid());

        CaseDetailView* view = window.openCase(c.number);
        QVERIFY(view);
        QCOMPARE(window.workspace()->currentWidget(), view);
        // Opens on its timeline: 收件, 受理 — step in Chinese, time, user.
        QVERIFY(view->timeline()->hasFocus() || view->isAncestorOf(QApplication::focusWidget()));
        CaseTimelineModel* timeline = view->timelineModel();
        QCOMPARE(timeline->rowCount(), 2);
        QCOMPARE(timeline->index(0, CaseTimelineModel::Step).data().toString(),
                 QStringLiteral("收件"));
        QCOMPARE(timeline->index(1, CaseTimelineModel::Step).data().toString(),
                 QStringLiteral("受理"));
        QCOMPARE(timeline->index(1, CaseTimelineModel::User).data().toString(),
                 QStringLiteral("clerk"));
        QVERIFY(!timeline->index(1, CaseTimelineModel::Time).data().toString().isEmpty());
        // Exactly what 受理 allows next, for a clerk.
        QCOMPARE(offered(view),
                 (QStringList{QStringLiteral("under_review"), QStringLiteral("concluded"),
                              QStringLiteral("withdrawn")}));
        QVERIFY(!view->stepButton(CaseStatus::UnderReview)->accessibleName().isEmpty());

        // 审查 by mouse, with a note.
        m_counter->clock.advanceMinutes(10);
        view->findChild<QLineEdit*>(QStringLiteral("caseStepNote"))
            ->setText(QStringLiteral("转市场监管局审查"));
        QTest::mouseClick(view->stepButton(CaseStatus::UnderReview), Qt::LeftButton);
        QCOMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("under_review"));
        QList<CaseEvent> log = events(c.id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.last().note, QStringLiteral("转市场监管局审查"));
        QCOMPARE(log.last().userName, QStringLiteral("clerk"));
        QCOMPARE(log.last().at, m_counter->clock.now());
        QCOMPARE(timeline->rowCount(), 3);
        QCOMPARE(timeline->index(2, CaseTimelineModel::Step).data().toString(),
                 QStringLiteral("审查"));
        QCOMPARE(timeline->index(2, CaseTimelineModel::Note).data().toString(),
                 QStringLiteral("转市场监管局审查"));
        QCOMPARE(offered(view),
                 (QStringList{QStringLiteral("concluded"), QStringLiteral("withdrawn")}));
        // The list shows the new status; the deadline keeps its colour while the case is open.
        QCOMPARE(list->model()->index(0, CaseListModel::Status).data().toString(),
                 QStringLiteral("审查"));
        QCOMPARE(list->model()->index(0, CaseListModel::Due).data(Qt::ForegroundRole), dueColour);

        // 办结 and 送达 from the keyboard: Alt+N, Alt+D.
        m_counter->clock.advanceMinutes(10);
        QTest::keyClick(view->timeline(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("concluded"));
        QCOMPARE(list->model()->index(0, CaseListModel::Status).data().toString(),
                 QStringLiteral("办结"));
        QVERIFY(!list->model()->index(0, CaseListModel::Due).data(Qt::ForegroundRole).isValid());
        QCOMPARE(offered(view), QStringList{QStringLiteral("delivered")});
        m_counter->clock.advanceMinutes(10);
        QTest::keyClick(view->timeline(), Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("delivered"));
        QCOMPARE(events(c.id).size(), 5);
        // 归档 is the supervisor's: the clerk is offered nothing, and told why.
        QVERIFY(view->offeredSteps().isEmpty());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("caseNoStep"))
                    ->text()
                    .contains(QStringLiteral("归档")));
        QVERIFY(!view->step(CaseStatus::Archived));
        QCOMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("delivered"));
        int audited = 0;
        for (const AuditRecord& record : m_counter->accounts->auditLog().list().value())
            audited += record.action.startsWith(QLatin1String("case_")) &&
                               record.subject == c.number &&
                               (record.action == QLatin1String("case_under_review") ||
                                record.action == QLatin1String("case_concluded") ||
                                record.action == QLatin1String("case_delivered"))
                           ? 1
                           : 0;
        QCOMPARE(audited, 3);
    }

    void theSupervisorArchives()
    {
        const Case c = takeIn(QStringLiteral("P082"), IntakeDraft::Decision::Accept);
        const Session clerk = m_counter->signIn(QStringLiteral("clerk"));
        QVERIFY(m_counter->cases->advance(clerk, c.id, CaseStatus::Concluded, QString()).ok());
        QVERIFY(m_counter->cases->advance(clerk, c.id, CaseStatus::Delivered, QString()).ok());
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("boss")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDetailView* view = window.openCase(c.number);
        QCOMPARE(offered(view), QStringList{QStringLiteral("archived")});
        QTest::keyClick(view->timeline(), Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("archived"));
        QVERIFY(view->offeredSteps().isEmpty());
        QCOMPARE(view->timelineModel()->index(4, CaseTimelineModel::User).data().toString(),
                 QStringLiteral("boss"));
    }

    void withdrawalAsksForItsReasonInLine()
    {
        const Case c = takeIn(QStringLiteral("P082"), IntakeDraft::Decision::Accept);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("helper")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDetailView* view = window.openCase(c.number);
        QVERIFY(!view->reasonPanel()->isVisible());

        // Alt+W opens the reason line, no dialog; Esc closes it, nothing stored.
        QTest::keyClick(view->timeline(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(view->reasonPanel()->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(view->reasonEdit()->hasFocus());
        QTest::keyClick(view->reasonEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!view->reasonPanel()->isVisible());
        QCOMPARE(events(c.id).size(), 2);

        // Without a reason it is refused, with a message; the reason then withdraws the case.
        view->stepButton(CaseStatus::Withdrawn)->click();
        QVERIFY(view->reasonPanel()->isVisible());
        QTest::keyClick(view->reasonEdit(), Qt::Key_Return);
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("原因")) ||
                view->messageLabel()->text().contains(QStringLiteral("reason")));
        QCOMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("accepted"));
        m_counter->clock.advanceMinutes(3);
        view->reasonEdit()->setText(QStringLiteral("申请人决定暂不办理"));
        QTest::keyClick(view->reasonEdit(), Qt::Key_Return);
        QCOMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("withdrawn"));
        QCOMPARE(events(c.id).last().note, QStringLiteral("申请人决定暂不办理"));
        QCOMPARE(events(c.id).last().userName, QStringLiteral("helper"));
        QVERIFY(!view->reasonPanel()->isVisible());
        QCOMPARE(view->timelineModel()->index(2, CaseTimelineModel::Note).data().toString(),
                 QStringLiteral("申请人决定暂不办理"));
        // Withdrawn: only 归档 follows, and not for assisted staff.
        QVERIFY(view->offeredSteps().isEmpty());
    }

    void refusedStepLeavesTheCaseAsItWas()
    {
        const Case c = takeIn(QStringLiteral("P082"), IntakeDraft::Decision::Accept);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDetailView* view = window.openCase(c.number);
        // Another window concluded the case meanwhile; this view still offers 审查.
        QVERIFY(m_counter->cases
                    ->advance(m_counter->signIn(QStringLiteral("clerk")), c.id,
                              CaseStatus::Concluded, QString())
                    .ok());
        view->stepButton(CaseStatus::UnderReview)->click();
        QVERIFY2(view->messageLabel()->text().contains(c.number),
                 qPrintable(view->messageLabel()->text()));
        QCOMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("concluded"));
        QCOMPARE(events(c.id).size(), 3);
    }

    // 补正 → 受理 from the case view: the materials arrived; the receipt is printed.
    void suppliedMaterialsAcceptTheCase()
    {
        const Case c = takeIn(QStringLiteral("P082"), IntakeDraft::Decision::Supplement);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDetailView* view = window.openCase(c.number);
        QCOMPARE(offered(view), (QStringList{QStringLiteral("accepted"), QStringLiteral("refused"),
                                             QStringLiteral("withdrawn")}));
        m_counter->clock.advanceMinutes(60);
        QTest::keyClick(view->timeline(), Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("accepted"));
        QVERIFY(!stored(c.id, QStringLiteral("due_date")).isEmpty());
        QCOMPARE(m_printer.jobs.size(), 1);
        QCOMPARE(m_printer.jobs.first().kind, QStringLiteral("document"));
        QVERIFY(m_printer.jobs.first().title.contains(c.number));
        QVERIFY(
            CaseRepository(*m_counter->database).load(c.id).value().missingMaterials().isEmpty());
    }

    // A case still waiting for its materials is refused with reasons typed in line; the refusal
    // notice with them goes to the printer.
    void waitingCaseRefusedWithReasons()
    {
        const Case c = takeIn(QStringLiteral("P082"), IntakeDraft::Decision::Supplement);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseDetailView* view = window.openCase(c.number);
        view->stepButton(CaseStatus::Refused)->click();
        QVERIFY(view->reasonPanel()->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        view->reasonEdit()->setText(QStringLiteral("逾期未补正材料"));
        view->findChild<QPushButton*>(QStringLiteral("caseReasonConfirm"))->click();
        QCOMPARE(stored(c.id, QStringLiteral("status")), QStringLiteral("refused"));
        QCOMPARE(stored(c.id, QStringLiteral("decision_note")), QStringLiteral("逾期未补正材料"));
        QCOMPARE(m_printer.jobs.size(), 1);
        QVERIFY(m_printer.jobs.first().html.contains(QStringLiteral("逾期未补正材料")));
        QCOMPARE(offered(view), QStringList{}); // 归档 is the supervisor's
    }

    void signatureDrawnAtIntakeIsKeptAndPrinted()
    {
        SecureFileStore files(m_counter->m_dir.filePath(QStringLiteral("files")),
                              QByteArray(32, '\x11'));
        CaseSignatureService signatures(*m_counter->database, m_counter->clock,
                                        *m_counter->accounts, files);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.setSignatureService(&signatures);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IntakeView* intake = window.newIntake({QStringLiteral("P082")});
        QVERIFY(intake);
        intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))
            ->setText(QStringLiteral("张三"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
        for (int row = 0; row < intake->checklist()->rowCount(); ++row)
            intake->checklist()->cycleState(row); // all received
        SignaturePad* pad = intake->signatureField()->pad();
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(30, 90));
        QTest::mouseMove(pad, QPoint(120, 40));
        QTest::mouseMove(pad, QPoint(200, 100));
        QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(300, 50));
        QVERIFY(!pad->isEmpty());
        const QByteArray drawn = pad->toPng();
        intake->findChild<QPushButton*>(QStringLiteral("intakeAccept"))->click();
        QVERIFY2(intake->decided(), qPrintable(intake->messageLabel()->text()));

        const QList<CaseSummary> today =
            CaseRepository(*m_counter->database)
                .listForDay(m_counter->clock.now().toLocalTime().date(), QStringLiteral("XC01"))
                .value();
        QCOMPARE(today.size(), 1);
        QSqlQuery query(m_counter->database->connection());
        QVERIFY(execute(
            query, QStringLiteral("SELECT signer, sha256 FROM case_signature WHERE case_id = ?"),
            {today.first().id}));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("applicant"));
        const QString sha = query.value(1).toString();
        QVERIFY(files.contains(sha));
        QCOMPARE(files.load(sha).value(), drawn);
        // The receipt shows it on the applicant's line.
        QCOMPARE(m_printer.jobs.size(), 1);
        QVERIFY(m_printer.jobs.first().html.contains(
            QStringLiteral("src=\"%1\"").arg(CaseDocuments::SignatureResource)));
        // And the case view says who signed.
        CaseDetailView* view = window.openCase(today.first().number);
        QVERIFY2(view->text().contains(QStringLiteral("申请人签名")), qPrintable(view->text()));
    }

    // Without a store for personal files the case is still taken in; the clerk is told the
    // signature was not kept, and nothing claims otherwise.
    void withoutAFileStoreTheCaseIsKeptAndTheClerkTold()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IntakeView* intake = window.newIntake({QStringLiteral("P082")});
        intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))
            ->setText(QStringLiteral("张三"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
        SignaturePad* pad = intake->signatureField()->pad();
        QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, QPoint(30, 60));
        QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, QPoint(200, 40));
        intake->findChild<QPushButton*>(QStringLiteral("intakeSupplement"))->click();
        QVERIFY2(intake->decided(), qPrintable(intake->messageLabel()->text()));
        QCOMPARE(CaseRepository(*m_counter->database).count().value(), 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("签名未保存")),
                 qPrintable(window.statusBar()->currentMessage()));
        QSqlQuery query(m_counter->database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM case_signature")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(m_printer.jobs.size(), 1);
        QVERIFY(!m_printer.jobs.first().html.contains(
            QStringLiteral("src=\"%1\"").arg(CaseDocuments::SignatureResource)));
    }
};

QTEST_MAIN(TestCaseLife)
#include "TestCaseLife.moc"
