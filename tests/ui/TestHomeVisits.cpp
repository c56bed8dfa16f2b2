// 上门服务 by keyboard alone: F4 opens the appointments, the booking form says what is wrong
// beside each field, a booking shows masked in the list, "take the case" opens the intake
// prefilled with the applicant and items (the look audited), and the accepted case marks the
// visit visited and says it was taken at home. Every control of both screens has an accessible
// name and description, in the normal and the accessibility mode.
// With OW_SCREENSHOTS=DIR set, the list and the form are saved there as PNG (normal and F12).
#include "AccessibilityWalk.h"
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseDetailView.h"
#include "cases/CaseRepository.h"
#include "cases/HomeVisitRepository.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "visits/HomeVisitView.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestHomeVisits : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<HomeVisitRepository> m_visits;

    static QWidget* focused() { return QApplication::focusWidget(); }
    static QString focusedName() { return focused() ? focused()->objectName() : QString(); }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
    }
    static void type(const QString& text) { QTest::keyClicks(focused(), text); }
    // Chinese comes from the input method as committed text.
    static void commit(const QString& text)
    {
        auto* edit = qobject_cast<QLineEdit*>(focused());
        QVERIFY(edit);
        edit->insert(text);
    }
    static int tabTo(const QString& objectName, int most)
    {
        for (int i = 1; i <= most; ++i) {
            press(Qt::Key_Tab);
            if (focusedName() == objectName)
                return i;
        }
        return -1;
    }
    static void shoot(QWidget* window, const QString& name)
    {
        const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
    static void requireDescribed(QWidget* screen, const char* which)
    {
        const QStringList problems =
            test::accessibilityProblems(screen, test::Require::NameAndDescription);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1:\n  %2")
                                                    .arg(QString::fromLatin1(which),
                                                         problems.join(QStringLiteral("\n  ")))));
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
        m_visits = std::make_unique<HomeVisitRepository>(*m_counter->database, m_counter->clock,
                                                         *m_counter->accounts);
    }

    void bookVisitAndTakeTheCaseByKeys_data()
    {
        QTest::addColumn<bool>("accessibilityMode");
        QTest::newRow("normal") << false;
        QTest::newRow("accessibility mode (F12)") << true;
    }

    void bookVisitAndTakeTheCaseByKeys()
    {
        QFETCH(bool, accessibilityMode);
        const QString suffix = accessibilityMode ? QStringLiteral("-a11y") : QString();
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("helper")), m_counter->clock);
        window.setHomeVisits(m_visits.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("homeVisitsAction"))->isVisible());
        if (accessibilityMode)
            press(Qt::Key_F12);

        // F4: the appointments, the focus in the table.
        press(Qt::Key_F4);
        auto* view = qobject_cast<HomeVisitView*>(window.workspace()->currentWidget());
        QVERIFY(view);
        QCOMPARE(focusedName(), QStringLiteral("homeVisitTable"));
        requireDescribed(view, "home-visit list, empty");

        // The booking form; saved empty, every field says what is missing.
        QVERIFY(tabTo(QStringLiteral("homeVisitNew"), 8) > 0);
        press(Qt::Key_Return);
        QTRY_VERIFY(view->isBookingFormShown());
        QTRY_COMPARE(focusedName(), QStringLiteral("visitIdentifier"));
        QVERIFY2(tabTo(QStringLiteral("visitSave"), 30) > 0, qPrintable(focusedName()));
        press(Qt::Key_Return);
        QTRY_VERIFY(!view->fieldMessage(QStringLiteral("identifier")).isEmpty());
        for (const char* field : {"name", "phone", "address", "items"})
            QVERIFY2(!view->fieldMessage(QString::fromLatin1(field)).isEmpty(), field);
        QCOMPARE(focusedName(), QStringLiteral("visitIdentifier")); // the first to correct
        QCOMPARE(
            m_visits->list(window.session(), QDate(2026, 1, 1), QDate(2027, 12, 31)).value().size(),
            0);
        requireDescribed(view, "booking form with problems");

        // Filled field by field with Tab.
        type(QStringLiteral("11010519491231002X"));
        QCOMPARE(tabTo(QStringLiteral("visitName"), 1), 1);
        commit(QStringLiteral("张三"));
        QCOMPARE(tabTo(QStringLiteral("visitPhone"), 1), 1);
        type(QStringLiteral("13812345678"));
        QCOMPARE(tabTo(QStringLiteral("visitAddress"), 1), 1);
        commit(QStringLiteral("薛城区临山路 12 号 3 单元 402 室"));
        QCOMPARE(tabTo(QStringLiteral("visitReason"), 1), 1);
        press(Qt::Key_Down); // 残疾
        QCOMPARE(tabTo(QStringLiteral("visitItems"), 1), 1);
        type(QStringLiteral("p082"));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("visitItemNames"))
                    ->text()
                    .startsWith(QStringLiteral("P082 ")));
        QVERIFY(tabTo(QStringLiteral("visitNotes"), 12) > 0);
        shoot(&window, QStringLiteral("home-visit-form") + suffix);
        QVERIFY(tabTo(QStringLiteral("visitSave"), 2) > 0);
        press(Qt::Key_Return);
        QTRY_VERIFY(!view->isBookingFormShown());
        QCOMPARE(focusedName(), QStringLiteral("homeVisitTable"));

        // Listed, masked.
        QTableView* table = view->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QString row;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            row += table->model()->index(0, column).data().toString() + u'|';
        QVERIFY2(row.contains(QStringLiteral("张* 110105********002X")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("138****5678")), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("19491231")), qPrintable(row));
        QVERIFY(row.contains(QStringLiteral("P082")));
        requireDescribed(view, "home-visit list");
        shoot(&window, QStringLiteral("home-visit-list") + suffix);

        // Enter on the row: the intake, prefilled; the look at the full details is audited.
        press(Qt::Key_Return);
        auto* intake = qobject_cast<IntakeView*>(window.workspace()->currentWidget());
        QVERIFY(intake);
        QCOMPARE(intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))->text(),
                 QStringLiteral("11010519491231002X"));
        QCOMPARE(intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))->text(),
                 QStringLiteral("张三"));
        QCOMPARE(intake->draft().itemCodes, QStringList{QStringLiteral("P082")});
        QVERIFY(intake->findChild<QLabel*>(QStringLiteral("intakeHomeVisit")));
        int looks = 0;
        for (const AuditRecord& r : m_counter->accounts->auditLog().list().value())
            looks += r.action == QLatin1String("home_visit_viewed");
        QCOMPARE(looks, 1);

        // The intake by keys: the checklist received, Accept.
        intake->setFocus();
        QVERIFY2(tabTo(QStringLiteral("intakeChecklist"), 30) > 0, qPrintable(focusedName()));
        for (int r = 0; r < intake->checklist()->rowCount(); ++r) {
            press(Qt::Key_Space);
            press(Qt::Key_Down);
        }
        QVERIFY2(tabTo(QStringLiteral("intakeAccept"), 12) > 0, qPrintable(focusedName()));
        press(Qt::Key_Return);
        QVERIFY2(intake->decided(), qPrintable(intake->messageLabel()->text()));

        // The visit is visited and linked to the case; the case says it was taken at home.
        const QList<HomeVisit> visits =
            m_visits->list(window.session(), QDate(2026, 1, 1), QDate(2027, 12, 31)).value();
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().state, HomeVisit::State::Visited);
        QCOMPARE(visits.first().reason, HomeVisit::Reason::Disabled);
        QVERIFY(!visits.first().caseNumber.isEmpty());
        CaseDetailView* detail = window.openCase(visits.first().caseNumber);
        QVERIFY(detail);
        QVERIFY(detail->findChild<QLabel*>(QStringLiteral("caseHomeVisit")));
        // The list of booked visits no longer holds it.
        press(Qt::Key_F4);
        QCOMPARE(view->table()->model()->rowCount(), 0);
        if (accessibilityMode)
            press(Qt::Key_F12);
    }

    void aClerkHasNoHomeVisits()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.setHomeVisits(m_visits.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("homeVisitsAction"))->isVisible());
        press(Qt::Key_F4);
        QVERIFY(!qobject_cast<HomeVisitView*>(window.workspace()->currentWidget()));
    }
};

QTEST_MAIN(TestHomeVisits)
#include "TestHomeVisits.moc"
