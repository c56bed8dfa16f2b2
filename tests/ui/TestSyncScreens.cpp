// The sync screens of the main window, driven as people use them: the supervisor's conflicts
// screen (both versions side by side, personal data masked, an audited look at it unmasked, a
// review with a note), 交班 at sign-out (what the clerk leaves behind, the hand-over recorded,
// nothing blocks), and the status bar's progress bar for long transfers.
#include "AccessibilityWalk.h"
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "audit/AuditLog.h"
#include "common/SyncStatusWidget.h"
#include "main/MainWindow.h"
#include "sync/ShiftClosePanel.h"
#include "sync/SyncConflictsView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ow;

namespace {

const QString FullId = QStringLiteral("11010519491231002X");
const QString FullPhone = QStringLiteral("13812345678");

void exec(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QVariant value(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QString tableText(const QTableWidget* table)
{
    QString text;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            text +=
                (table->item(row, column) ? table->item(row, column)->text() : QString()) + u'|';
        text += u'\n';
    }
    return text;
}

QStringList lines(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; list && i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

int auditCount(Database& database, const QString& action)
{
    return value(database,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action))
        .toInt();
}

} // namespace

class TestSyncScreens : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;

    // An applicant edited at two windows: the store kept window 1's phone, window 2's lost.
    static void addConflict(Database& database, const QString& id, const QString& at)
    {
        exec(database,
             QStringLiteral(
                 "INSERT INTO sync_conflict (id, table_name, row_key, kept, lost, lost_client, "
                 "op_id, at) VALUES ('%1', 'applicant', '[\"%2\"]', '{\"identifier\":\"%2\","
                 "\"name\":\"张三\",\"phone\":\"%3\",\"address\":\"薛城区光明路1号\","
                 "\"kind\":\"person\"}', '{\"identifier\":\"%2\",\"name\":\"张三\",\"phone\":"
                 "\"13900001111\",\"address\":\"薛城区光明路1号\",\"kind\":\"person\"}', "
                 "'0b7d3a2e-1111-4222-8333-944455556666', 'op-%1', '%4')")
                 .arg(id, FullId, FullPhone, at));
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
        m_data = test::loadWorkspace();
    }

    void supervisorsReviewConflictsSideBySide()
    {
        test::CounterFixture counter;
        addConflict(*counter.database, QStringLiteral("c-1"),
                    QStringLiteral("2026-11-30T08:00:00.000Z"));
        MainWindow window(m_data, m_printer, *counter.accounts, *counter.cases,
                          counter.signIn(QStringLiteral("boss")), counter.clock);
        window.enableSyncScreens(*counter.database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("syncConflictsAction"));
        QVERIFY(action);
        QVERIFY(action->isVisible());
        action->trigger();
        auto* view = qobject_cast<SyncConflictsView*>(window.workspace()->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->list()->rowCount(), 1);
        QCOMPARE(view->list()->item(0, 1)->text(), QStringLiteral("Applicant"));
        QVERIFY(!tableText(view->list()).contains(FullId)); // the record key is masked
        QCOMPARE(view->list()->item(0, 4)->text(), QStringLiteral("not yet"));

        // Both versions, field by field, masked; the phone differs and is marked.
        const QString fields = tableText(view->fields());
        QVERIFY2(!fields.contains(FullId) && !fields.contains(FullPhone) &&
                     !fields.contains(QStringLiteral("光明路")),
                 qPrintable(fields));
        QVERIFY2(
            fields.contains(QStringLiteral("Phone (phone) — differs|138****5678|139****1111|")),
            qPrintable(fields));
        QVERIFY2(fields.contains(QStringLiteral("Kind (kind)|person|person|")), qPrintable(fields));
        QVERIFY(fields.contains(QStringLiteral("110105********002X")));

        // A look at the full data: allowed for a supervisor, recorded before it is shown.
        const int looksBefore =
            auditCount(*counter.database, QStringLiteral("sync_conflict_unmasked"));
        QVERIFY(view->unmaskButton()->isEnabled());
        QTest::mouseClick(view->unmaskButton(), Qt::LeftButton);
        QCOMPARE(auditCount(*counter.database, QStringLiteral("sync_conflict_unmasked")),
                 looksBefore + 1);
        QVERIFY(tableText(view->fields()).contains(FullPhone));
        QVERIFY(!view->unmaskButton()->isEnabled());

        // A review needs a note; then who and when are recorded, with an audit record.
        QTest::mouseClick(view->reviewButton(), Qt::LeftButton);
        QVERIFY2(view->message()->text().contains(QStringLiteral("Write a note")),
                 qPrintable(view->message()->text()));
        QCOMPARE(value(*counter.database, QStringLiteral("SELECT count(*) FROM "
                                                         "sync_conflict_review"))
                     .toInt(),
                 0);
        view->noteEdit()->setPlainText(QStringLiteral("已与申请人核实，保留中心版本。"));
        QTest::mouseClick(view->reviewButton(), Qt::LeftButton);
        QCOMPARE(view->message()->text(), QStringLiteral("Conflict marked reviewed."));
        QCOMPARE(value(*counter.database,
                       QStringLiteral("SELECT reviewed_by || ' ' || reviewed_at || ' ' || note "
                                      "FROM sync_conflict_review WHERE conflict_id = 'c-1'"))
                     .toString(),
                 QStringLiteral("boss 2026-11-30T09:00:00.000Z 已与申请人核实，保留中心版本。"));
        QCOMPARE(auditCount(*counter.database, QStringLiteral("sync_conflict_reviewed")), 1);
        QCOMPARE(view->list()->rowCount(), 0); // reviewed ones leave the default list
        view->showReviewed()->setChecked(true);
        QCOMPARE(view->list()->rowCount(), 1);
        QVERIFY(view->list()->item(0, 4)->text().startsWith(QStringLiteral("boss, ")));
        QVERIFY(!view->reviewButton()->isEnabled()); // reviewed once
        // A second review of the same conflict is refused by the service too.
        AuditLog audit = counter.accounts->auditLog();
        SyncConflicts conflicts(*counter.database);
        QVERIFY(!conflicts
                     .markReviewed(QStringLiteral("c-1"), QStringLiteral("again"),
                                   QStringLiteral("boss"), counter.clock.now(), audit)
                     .ok());
        QVERIFY(!conflicts
                     .markReviewed(QStringLiteral("nope"), QStringLiteral("x"),
                                   QStringLiteral("boss"), counter.clock.now(), audit)
                     .ok());

        // Every control a screen reader meets is named; the list columns have headers.
        const QStringList problems = test::accessibilityProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        view->resize(900, 620);
        view->grab().save(QStringLiteral("/tmp/syncui-conflicts.png"));
    }

    void administratorsSeeConflictsMaskedOnlyAndClerksNotAtAll()
    {
        test::CounterFixture counter;
        addConflict(*counter.database, QStringLiteral("c-2"),
                    QStringLiteral("2026-11-30T08:00:00.000Z"));
        MainWindow admin(m_data, m_printer, *counter.accounts, *counter.cases,
                         counter.signIn(QStringLiteral("admin")), counter.clock);
        admin.enableSyncScreens(*counter.database);
        SyncConflictsView* view = admin.showSyncConflicts();
        QVERIFY(view);
        QVERIFY(!view->unmaskButton()->isEnabled()); // administrators do not see applicants

        MainWindow clerk(m_data, m_printer, *counter.accounts, *counter.cases,
                         counter.signIn(QStringLiteral("clerk")), counter.clock);
        clerk.enableSyncScreens(*counter.database);
        QVERIFY(!clerk.findChild<QAction*>(QStringLiteral("syncConflictsAction"))->isVisible());
        QVERIFY(!clerk.showSyncConflicts());
        QVERIFY(clerk.statusBar()->currentMessage().contains(QStringLiteral("may not")));
    }

    void signingOutShowsWhatIsLeftAndRecordsTheHandOver()
    {
        test::CounterFixture counter;
        Database& db = *counter.database;
        // The clerk's cases: one waiting for 补正, one with an open 整改; all still in the outbox.
        exec(db, QStringLiteral("INSERT INTO applicant (identifier, kind, name, phone, updated_at) "
                                "VALUES ('%1', 'person', '张三', '%2', "
                                "'2026-11-30T01:00:00.000Z')")
                     .arg(FullId, FullPhone));
        for (int n : {1, 2})
            exec(db, QStringLiteral("INSERT INTO case_file (id, number, center_code, window_no, "
                                    "received_on, sequence, clerk, received_at, "
                                    "applicant_identifier, status, due_date) VALUES "
                                    "('00000000-0000-4000-8000-00000000000%1', "
                                    "'XC01-03-20261130-000%1', 'XC01', 3, '2026-11-30', %1, "
                                    "'clerk', '2026-11-30T01:00:00.000Z', '%2', '%3', "
                                    "'2026-12-07')")
                         .arg(n)
                         .arg(FullId, n == 1 ? QStringLiteral("supplement_requested")
                                             : QStringLiteral("concluded")));
        exec(db, QStringLiteral("INSERT INTO evaluation (case_id, score, channel, at) VALUES "
                                "('00000000-0000-4000-8000-000000000002', 1, 'window', "
                                "'2026-11-30T02:00:00.000Z')"));
        exec(db, QStringLiteral("INSERT INTO rectification (case_id, opened_on, working_days, "
                                "due_date) VALUES ('00000000-0000-4000-8000-000000000002', "
                                "'2026-11-30', 5, '2026-12-07')"));
        const Session clerkSession = counter.signIn(QStringLiteral("clerk"));
        QVERIFY(counter.accounts
                    ->audit(clerkSession, QStringLiteral("print"),
                            QStringLiteral("XC01-03-20261130-0002"), QStringLiteral("受理通知书"))
                    .ok());

        MainWindow window(m_data, m_printer, *counter.accounts, *counter.cases, clerkSession,
                          counter.clock);
        window.enableSyncScreens(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Closing the window while signed in: the panel comes, the window stays.
        window.close();
        auto* panel = window.findChild<ShiftClosePanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(window.isVisible());
        QCOMPARE(lines(panel->section(QStringLiteral("shiftNotInCentral"))),
                 QStringList({QStringLiteral("XC01-03-20261130-0001"),
                              QStringLiteral("XC01-03-20261130-0002")}));
        QCOMPARE(lines(panel->section(QStringLiteral("shiftSupplements"))),
                 QStringList{QStringLiteral("XC01-03-20261130-0001 — due 2026-12-07")});
        QCOMPARE(lines(panel->section(QStringLiteral("shiftRectifications"))),
                 QStringList{QStringLiteral("XC01-03-20261130-0002 — due 2026-12-07")});
        const QStringList printed = lines(panel->section(QStringLiteral("shiftPrintedOffline")));
        QCOMPARE(printed.size(), 1);
        QVERIFY2(printed.first().startsWith(QStringLiteral("XC01-03-20261130-0002 — 受理通知书")),
                 qPrintable(printed.first()));
        const QString allText = [&] {
            QString t;
            for (auto* l : panel->findChildren<QLabel*>())
                t += l->text();
            for (auto* l : panel->findChildren<QListWidget*>())
                t += lines(l).join(u' ');
            return t;
        }();
        QVERIFY(!allText.contains(FullId) && !allText.contains(FullPhone));
        const QStringList problems = test::accessibilityProblems(panel);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Keyboard: the panel opens with the hand-over button focused (Space or Enter).
        QTRY_COMPARE(QApplication::focusWidget(), panel->signOutButton());
        panel->grab().save(QStringLiteral("/tmp/syncui-shiftclose.png"));

        // Cancel: back to work, nothing recorded.
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ShiftClosePanel*>());
        QVERIFY(window.isVisible());
        QVERIFY(!window.signedOut());
        QCOMPARE(auditCount(db, QStringLiteral("shift_closed")), 0);

        // File › Sign out, then the one button: recorded, signed out, the window closes.
        auto* signOut = window.findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isVisible());
        signOut->trigger();
        panel = window.findChild<ShiftClosePanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QTest::keyClick(panel->signOutButton(), Qt::Key_Space); // keyboard reachable
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(window.signedOut());
        QCOMPARE(auditCount(db, QStringLiteral("shift_closed")), 1);
        const QString detail =
            value(db, QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                     "'shift_closed'"))
                .toString();
        QVERIFY2(detail.contains(QStringLiteral("not_in_central_store=2 supplements_running=1")) &&
                     detail.contains(QStringLiteral("rectifications_open=1 printed_offline=1")),
                 qPrintable(detail));
        QCOMPARE(value(db, QStringLiteral("SELECT user_name FROM audit_log WHERE action = "
                                          "'shift_closed'"))
                     .toString(),
                 QStringLiteral("clerk"));
    }

    void longTransfersShowAProgressBarThatGoesAway()
    {
        QWidget bar;
        auto* widget = new SyncStatusWidget(&bar);
        QProgressBar* progress = widget->progressBar();
        bar.show();
        widget->showProgress(0, 150); // a short round: no bar
        QVERIFY(progress->isHidden());
        widget->showProgress(120, 900);
        QVERIFY(!progress->isHidden());
        QCOMPARE(progress->maximum(), 900);
        QCOMPARE(progress->value(), 120);
        QCOMPARE(progress->format(), QStringLiteral("Sending 120 of 900"));
        QVERIFY(!progress->accessibleName().isEmpty());
        SyncStatus done;
        done.configured = true;
        done.online = true;
        widget->show(done); // the round ended
        QVERIFY(progress->isHidden());
    }
};

QTEST_MAIN(TestSyncScreens)
#include "TestSyncScreens.moc"
