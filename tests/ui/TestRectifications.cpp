// 整改 for supervisors: the fixture hall's two bad ratings (case 3 rated 2, case 5 rated 1, both
// opened Friday 2026-11-20 and due five working days later, 11-27) listed as due today and then
// overdue (in red); the call-back (day, whom, what was said) and the closing note recorded through
// the screen's own fields and buttons, refused with a message when incomplete, stored and audited;
// a clerk gets no list; the main window offers the screen to supervisors only.
#include "Localization.h"
#include "ReportFixture.h"
#include "WorkspaceFixture.h"
#include "main/MainWindow.h"
#include "ratings/RectificationService.h"
#include "ratings/RectificationView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace ow;
using test::ReportFixture;

class TestRectifications : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CounterFixture> m_counter;
    // Friday 2026-11-27, 09:00 Beijing time: the day both rectifications are due.
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<RectificationService> m_service;
    std::unique_ptr<RectificationView> m_view;

    QString number(int window, int sequence) const
    {
        return QStringLiteral("XC01-%1-20261120-%2")
            .arg(window, 2, 10, QLatin1Char('0'))
            .arg(sequence, 4, 10, QLatin1Char('0'));
    }
    QStringList column(int column) const
    {
        auto* table = m_view->findChild<QTableWidget*>(QStringLiteral("rectificationTable"));
        QStringList list;
        for (int row = 0; row < table->rowCount(); ++row)
            list.append(table->item(row, column)->text());
        return list;
    }
    QString stored(const QString& sql, const QString& caseNumber) const
    {
        QSqlQuery query(m_counter->database->connection());
        query.prepare(sql);
        query.addBindValue(caseNumber);
        if (!query.exec() || !query.next())
            return QStringLiteral("(none)");
        return query.value(0).toString();
    }
    template <typename T>
    T* child(const char* name) const
    {
        return m_view->findChild<T*>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
        m_counter = std::make_unique<test::CounterFixture>();
        AuditLog audit = m_counter->accounts->auditLog();
        const Status loaded = ReportFixture::load(*m_counter->database, m_counter->calendar, audit);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_service = std::make_unique<RectificationService>(
            *m_counter->database, m_counter->calendar, m_clock, *m_counter->accounts);
        m_view = std::make_unique<RectificationView>(*m_service,
                                                     m_counter->signIn(QStringLiteral("boss")));
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void bothAreDueTodayThenOverdueInRed()
    {
        QVERIFY(m_view->refresh());
        // Case 3 is window 3's third, case 5 window 5's second of the day.
        QCOMPARE(column(0), (QStringList{number(3, 3), number(5, 2)}));
        QCOMPARE(column(1), (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(column(3),
                 (QStringList{QStringLiteral("2026-11-27 (5)"), QStringLiteral("2026-11-27 (5)")}));
        QCOMPARE(column(4),
                 (QStringList{QStringLiteral("due today"), QStringLiteral("due today")}));
        m_view->setFilter(RectificationService::Filter::Overdue);
        QVERIFY(column(0).isEmpty());
        m_view->setFilter(RectificationService::Filter::DueToday);
        QCOMPARE(column(0).size(), 2);

        m_clock.advanceMinutes(24 * 60); // Saturday: both overdue
        m_view->setFilter(RectificationService::Filter::Overdue);
        QCOMPARE(column(0), (QStringList{number(3, 3), number(5, 2)}));
        QCOMPARE(column(4), (QStringList{QStringLiteral("overdue"), QStringLiteral("overdue")}));
        auto* table = child<QTableWidget>("rectificationTable");
        QCOMPARE(table->item(0, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(child<QLabel>("rectificationCount")->text(),
                 QStringLiteral("2 rectifications, 2 overdue"));
        m_view->setFilter(RectificationService::Filter::Open);
    }

    void theCallBackAndTheClosingAreRecordedAndAudited()
    {
        QVERIFY(m_view->select(number(5, 2)));
        auto* close = child<QPushButton>("closeRectification");
        auto* record = child<QPushButton>("recordCallBack");
        QVERIFY(record->isEnabled() && close->isEnabled());
        // Closing first is refused: the call-back comes first.
        child<QPlainTextEdit>("closingNote")->setPlainText(QStringLiteral("已整改"));
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(m_view->message(),
                 QStringLiteral("Record the call-back before closing the rectification."));
        // Nobody reached: refused, nothing stored.
        child<QDateEdit>("callBackDate")->setDate(QDate(2026, 11, 23));
        child<QLineEdit>("callBackReached")->clear();
        child<QPlainTextEdit>("callBackSaid")->setPlainText(QStringLiteral("说明了不予受理的原因"));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY2(m_view->message().startsWith(QStringLiteral("Say whom the call-back reached")),
                 qPrintable(m_view->message()));
        const QString callBackSql = QStringLiteral(
            "SELECT r.callback_record FROM rectification r JOIN case_file f ON f.id = r.case_id "
            "WHERE f.number = ?");
        QCOMPARE(stored(callBackSql, number(5, 2)), QString());
        // Complete: stored as day, person and text; the list shows it.
        child<QLineEdit>("callBackReached")->setText(QStringLiteral("申请人本人"));
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(m_view->message(),
                 QStringLiteral("Call-back of case %1 recorded.").arg(number(5, 2)));
        QCOMPARE(stored(callBackSql, number(5, 2)),
                 QStringLiteral("2026-11-23\n申请人本人\n说明了不予受理的原因"));
        QCOMPARE(column(5).at(1), QStringLiteral("2026-11-23, 申请人本人: 说明了不予受理的原因"));
        QCOMPARE(stored(QStringLiteral("SELECT user_name FROM audit_log WHERE action = "
                                       "'rectification_called_back' AND subject = (SELECT id FROM "
                                       "case_file WHERE number = ?)"),
                        number(5, 2)),
                 QStringLiteral("boss"));
        // The same rectification stays selected; now it closes with its note.
        QVERIFY(m_view->select(number(5, 2)));
        QCOMPARE(child<QLineEdit>("callBackReached")->text(), QStringLiteral("申请人本人"));
        child<QPlainTextEdit>("closingNote")
            ->setPlainText(QStringLiteral("窗口已重新讲解材料要求"));
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(m_view->message(),
                 QStringLiteral("Rectification of case %1 closed.").arg(number(5, 2)));
        QCOMPARE(stored(QStringLiteral("SELECT r.status || ' ' || r.closed_by || ' ' || "
                                       "r.closing_note FROM rectification r JOIN case_file f ON "
                                       "f.id = r.case_id WHERE f.number = ?"),
                        number(5, 2)),
                 QStringLiteral("closed boss 窗口已重新讲解材料要求"));
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'rectification_closed' AND subject = (SELECT id FROM "
                                       "case_file WHERE number = ?)"),
                        number(5, 2)),
                 QStringLiteral("1"));
        // Open: only case 3 left; closed: case 5, read-only.
        QCOMPARE(column(0), QStringList{number(3, 3)});
        m_view->setFilter(RectificationService::Filter::Closed);
        QCOMPARE(column(0), QStringList{number(5, 2)});
        QCOMPARE(column(4), QStringList{QStringLiteral("closed")});
        QVERIFY(m_view->select(number(5, 2)));
        QVERIFY(!record->isEnabled() && !close->isEnabled());
    }

    void aClerkGetsNoList()
    {
        RectificationView clerkView(*m_service, m_counter->signIn(QStringLiteral("clerk")));
        QVERIFY(clerkView.rectifications().isEmpty());
        QVERIFY2(!clerkView.message().isEmpty(), "the refusal is on screen");
    }

    void theMainWindowOffersItToSupervisorsOnly()
    {
        const WorkspaceData data = test::loadWorkspace();
        test::RecordingPrinter printer;
        for (const auto& [user, offered] : QList<QPair<QString, bool>>{
                 {QStringLiteral("boss"), true}, {QStringLiteral("clerk"), false}}) {
            MainWindow window(data, printer, *m_counter->accounts, *m_counter->cases,
                              m_counter->signIn(user), m_counter->clock);
            window.enableRectifications(*m_service);
            auto* action = window.findChild<QAction*>(QStringLiteral("rectificationAction"));
            QVERIFY(action);
            QCOMPARE(action->isVisible(), offered);
            QCOMPARE(window.showRectifications() != nullptr, offered);
        }
    }
};

QTEST_MAIN(TestRectifications)
#include "TestRectifications.moc"
