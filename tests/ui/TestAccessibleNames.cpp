// Screen readers: every screen a clerk or an assisted-service helper uses — main window, search,
// guide, intake, decision, case list and case, home visits, sign-in, lock screen, the key sheet,
// the dashboard, the customer window, the administrator's dialogs — has a name and a
// description on each control the keyboard reaches and on each interactive element of its
// accessibility tree, and its tables name their columns.
#include "AccessibilityWalk.h"
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "access/LockScreen.h"
#include "access/SignInDialog.h"
#include "accessibility/AccessibilitySupport.h"
#include "accessibility/ShortcutSheet.h"
#include "admin/AuditDialog.h"
#include "admin/UsersDialog.h"
#include "audit/AuditLog.h"
#include "cases/CaseListView.h"
#include "cases/HomeVisitRepository.h"
#include "customer/RatingWindow.h"
#include "dashboard/DashboardView.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"
#include "search/SearchPanel.h"
#include "visits/HomeVisitView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;

    static void requireNamed(QWidget* screen, const char* which)
    {
        const QStringList problems =
            test::accessibilityProblems(screen, test::Require::NameAndDescription);
        for (const QString& problem : problems) // the whole list (the failure message is cut)
            qInfo("%s: %s", which, qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1:\n  %2")
                                                    .arg(QString::fromLatin1(which),
                                                         problems.join(QStringLiteral("\n  ")))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        m_counter = std::make_unique<test::CounterFixture>();
    }

    void everyScreenOfTheCounterIsNamed()
    {
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("helper")), m_counter->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        requireNamed(&window, "main window");

        auto* box = window.findChild<QLineEdit*>(QStringLiteral("searchBox"));
        QTest::keyClicks(box, QStringLiteral("gjj"));
        requireNamed(&window, "search results");

        window.openGuide(QStringLiteral("P082"));
        requireNamed(&window, "guide");

        IntakeView* intake = window.newIntake({QStringLiteral("P1.1")});
        QVERIFY(intake);
        requireNamed(&window, "intake");

        intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))
            ->setText(QStringLiteral("张三"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
        QVERIFY(intake->decide(IntakeDraft::Decision::Supplement));
        CaseListView* list = window.showCases();
        QVERIFY(list);
        requireNamed(&window, "cases of today");

        QTest::keyClick(list->table(), Qt::Key_Return);
        QVERIFY(qobject_cast<CaseDetailView*>(window.workspace()->currentWidget()));
        requireNamed(&window, "case");

        window.accessibility()->shortcutSheet()->showAction()->trigger();
        QTRY_VERIFY(window.accessibility()->shortcutSheet()->isVisible());
        requireNamed(&window, "key sheet");

        // The same screens in the accessibility mode (the status bar button, larger widgets).
        QTest::keyClick(&window, Qt::Key_F12);
        requireNamed(&window, "case, accessibility mode");

        window.lock();
        requireNamed(&window, "lock screen");
        QTest::keyClick(&window, Qt::Key_F12);
    }

    void theHomeVisitsAndTheDashboardAreNamed()
    {
        HomeVisitRepository visits(*m_counter->database, m_counter->clock, *m_counter->accounts);
        ReportService reports(*m_counter->database, m_counter->clock, *m_counter->accounts);
        RatingRecorder ratings(*m_counter->database, m_counter->calendar);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("boss")), m_counter->clock);
        window.setHomeVisits(&visits);
        window.enableReportsAndRatings(reports, ratings, 5);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        HomeVisitView* list = window.showHomeVisits();
        QVERIFY(list);
        requireNamed(&window, "home visits");
        list->showBookingForm();
        requireNamed(&window, "home-visit booking form");
        QVERIFY(window.showDashboard());
        requireNamed(&window, "dashboard");

        // The customer window the applicant rates on.
        RatingWindow* customer = nullptr;
        IntakeView* intake = window.newIntake({QStringLiteral("P1.1")});
        QVERIFY(intake);
        intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))
            ->setText(QStringLiteral("张三"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
        QVERIFY(intake->decide(IntakeDraft::Decision::Supplement));
        customer = window.ratingWindow();
        QVERIFY(customer);
        customer->show();
        QVERIFY(QTest::qWaitForWindowExposed(customer));
        requireNamed(customer, "customer window");
    }

    void theAdministratorsDialogsAreNamed()
    {
        UsersDialog users(*m_counter->accounts, m_counter->signIn(QStringLiteral("admin")),
                          m_counter->clock);
        users.show();
        QVERIFY(QTest::qWaitForWindowExposed(&users));
        requireNamed(&users, "user accounts");
        AuditDialog audit(*m_counter->accounts, m_counter->signIn(QStringLiteral("boss")));
        audit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&audit));
        requireNamed(&audit, "audit log");
    }

    void signInIsNamed()
    {
        SignInDialog dialog(*m_counter->accounts, QStringLiteral("XC01"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        requireNamed(&dialog, "sign-in");
    }

    void theWalkFindsAnUnnamedControl()
    {
        // The check itself: a button without text or name, and a table without headers, fail.
        QWidget screen;
        screen.setObjectName(QStringLiteral("screen"));
        auto* button = new QPushButton(&screen);
        button->setObjectName(QStringLiteral("mute"));
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        const QStringList problems = test::accessibilityProblems(&screen);
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("mute")),
                 qPrintable(problems.join(u'\n')));
        button->setAccessibleName(QStringLiteral("Mute"));
        QVERIFY(test::accessibilityProblems(&screen).isEmpty());
        // Named but not described: the description check fails until it has one.
        const QStringList undescribed =
            test::accessibilityProblems(&screen, test::Require::NameAndDescription);
        QVERIFY2(
            undescribed.join(u'\n').contains(QStringLiteral("without a description: screen/mute")),
            qPrintable(undescribed.join(u'\n')));
        button->setAccessibleDescription(QStringLiteral("Silences the reading aloud"));
        screen.setAccessibleDescription(QStringLiteral("A test screen"));
        QVERIFY(test::accessibilityProblems(&screen, test::Require::NameAndDescription).isEmpty());
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
