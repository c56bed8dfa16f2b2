// 好差评 by the applicant's spoken answer: in the accessibility mode an assisted-service helper
// takes an intake to its decision and records the applicant's rating with key presses alone —
// F9 opens the panel, which reads the question and the five answers aloud, a number chooses
// (read back), Enter records it with the channel 'spoken' and the helper in the audit log; a
// case is rated once. Outside the accessibility mode (and for a role without assisted service)
// the command is there but off, and says why. The panel passes the screen-reader walk.
#include "AccessibilityWalk.h"
#include "Localization.h"
#include "RecordingSpeech.h"
#include "WorkspaceFixture.h"
#include "accessibility/AccessibilitySupport.h"
#include "accessibility/ReadAloud.h"
#include "accessibility/ShortcutSheet.h"
#include "accessibility/SpokenRatingPanel.h"
#include "audit/AuditLog.h"
#include "customer/RatingWindow.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace ow;

class TestSpokenRating : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<RatingRecorder> m_ratings;
    QStringList m_said;

    static QWidget* focused() { return QApplication::focusWidget(); }
    static QString focusedName() { return focused() ? focused()->objectName() : QString(); }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), Qt::Key(key), modifiers);
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

    std::unique_ptr<MainWindow> windowFor(const QString& user,
                                          std::unique_ptr<SpeechEngine> engine = nullptr)
    {
        auto window =
            std::make_unique<MainWindow>(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                                         m_counter->signIn(user), m_counter->clock);
        window->enableReportsAndRatings(*m_reports, *m_ratings, 5);
        window->accessibility()->readAloud()->setEngine(
            engine ? std::move(engine) : std::make_unique<test::RecordingSpeech>(&m_said));
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not shown");
        window->activateWindow();
        return window;
    }

    // With keys alone: Ctrl+K, the item's code, Enter, F2, the applicant, every material with
    // Space, Tab to Accept and Enter. Returns the decided intake.
    IntakeView* acceptAnIntakeByKeys(MainWindow& window)
    {
        press(Qt::Key_K, Qt::ControlModifier);
        if (focusedName() != QLatin1String("searchBox"))
            return nullptr;
        QTest::keyClicks(focused(), QStringLiteral("p082"));
        press(Qt::Key_Return);
        press(Qt::Key_F2);
        auto* intake = qobject_cast<IntakeView*>(window.workspace()->currentWidget());
        if (!intake)
            return nullptr;
        if (!QTest::qWaitFor([] { return focusedName() == QLatin1String("intakeIdentifier"); }))
            return nullptr;
        QTest::keyClicks(focused(), QStringLiteral("11010519491231002X"));
        tabTo(QStringLiteral("intakeName"), 1);
        QTest::keyClicks(focused(), QStringLiteral("Zhang San"));
        tabTo(QStringLiteral("intakePhone"), 1);
        QTest::keyClicks(focused(), QStringLiteral("13812345678"));
        if (tabTo(QStringLiteral("intakeChecklist"), 8) < 0)
            return nullptr;
        for (int row = 0; row < intake->checklist()->rowCount(); ++row) {
            press(Qt::Key_Space);
            press(Qt::Key_Down);
        }
        if (tabTo(QStringLiteral("intakeAccept"), 12) < 0)
            return nullptr;
        press(Qt::Key_Return);
        return intake->decided() ? intake : nullptr;
    }

    QStringList evaluations()
    {
        QStringList rows;
        QSqlQuery query(m_counter->database->connection());
        query.exec(QStringLiteral("SELECT score, channel FROM evaluation ORDER BY case_id"));
        while (query.next())
            rows.append(
                QStringLiteral("%1 %2").arg(query.value(0).toInt()).arg(query.value(1).toString()));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
    }

    void init()
    {
        m_said.clear();
        m_printer.jobs.clear();
        m_ratings.reset();
        m_reports.reset();
        m_counter = std::make_unique<test::CounterFixture>();
        m_reports = std::make_unique<ReportService>(*m_counter->database, m_counter->clock,
                                                    *m_counter->accounts);
        m_ratings = std::make_unique<RatingRecorder>(*m_counter->database, m_counter->calendar);
    }

    void intakeDecisionAndSpokenRatingByKeysAlone()
    {
        auto window = windowFor(QStringLiteral("helper"));
        press(Qt::Key_F12);
        QVERIFY(window->accessibility()->mode()->settings().enabled);
        QVERIFY(window->spokenRatingAction()->isEnabled());

        IntakeView* intake = acceptAnIntakeByKeys(*window);
        QVERIFY2(intake, qPrintable(focusedName()));
        // The customer window asks too; the applicant beside the helper cannot use it.
        QVERIFY(window->ratingWindow());
        QVERIFY(window->ratingWindow()->button(5)->isEnabled());

        // F9: the panel for the case just decided, the question and the answers read aloud.
        m_said.clear();
        press(Qt::Key_F9);
        auto* panel = qobject_cast<SpokenRatingPanel*>(window->workspace()->currentWidget());
        QVERIFY(panel);
        QVERIFY(panel->isAncestorOf(focused()) || focused() == panel);
        QCOMPARE(m_said.size(), 1);
        QCOMPARE(m_said.first(), panel->questionText());
        for (int score = 1; score <= 5; ++score)
            QVERIFY2(m_said.first().contains(SpokenRatingPanel::levelName(score)),
                     qPrintable(m_said.first()));
        QVERIFY(m_said.first().contains(panel->caseNumber()));

        // Enter before a number: nothing stored, the panel says what to do.
        press(Qt::Key_Return);
        QVERIFY(!panel->recorded());
        QVERIFY(!panel->message().isEmpty());
        QVERIFY(evaluations().isEmpty());

        // The applicant says 4, then changes their mind: 2. Each choice is read back and shown.
        press(Qt::Key_4);
        QCOMPARE(panel->chosen(), 4);
        QVERIFY(m_said.last().contains(SpokenRatingPanel::levelName(4)));
        QVERIFY(panel->findChild<QRadioButton*>(QStringLiteral("spokenRating4"))->isChecked());
        press(Qt::Key_2);
        QCOMPARE(panel->chosen(), 2);
        QVERIFY(m_said.last().contains(SpokenRatingPanel::levelName(2)));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("spokenRatingChoice"))
                    ->text()
                    .contains(SpokenRatingPanel::levelName(2)));
        QVERIFY(evaluations().isEmpty()); // nothing before Enter

        // Enter records it: channel spoken, the helper in the audit log, a 2 opens 整改.
        press(Qt::Key_Return);
        QVERIFY2(panel->recorded(), qPrintable(panel->message()));
        QCOMPARE(evaluations(), QStringList{QStringLiteral("2 spoken")});
        const QList<AuditRecord> audited = m_counter->accounts->auditLog()
                                               .list({{}, {}, {}, QStringLiteral("case_rated")})
                                               .value();
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().userName, QStringLiteral("helper"));
        QCOMPARE(audited.first().detail, QStringLiteral("2 spoken"));
        QCOMPARE(audited.first().subject, panel->caseNumber());
        QSqlQuery query(m_counter->database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM rectification")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The customer window no longer takes an answer for that case.
        QVERIFY(!window->ratingWindow()->button(5)->isEnabled());
        // The dashboard counts it with the others (a rating of 2, satisfaction 0 %).
        QVERIFY(query.exec(QStringLiteral("SELECT n FROM daily_summary WHERE window_no = 0 AND "
                                          "clerk = '' AND kind = 'rating' AND key = '2'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);

        // Once per case: F9 again is refused with a message that says so.
        press(Qt::Key_F9);
        QVERIFY2(window->statusBar()->currentMessage().contains(panel->caseNumber()),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(window->statusBar()->currentMessage(),
                 MainWindow::tr("The case %1 has already been rated (%2); a case is rated once.")
                     .arg(panel->caseNumber())
                     .arg(2));
        QCOMPARE(evaluations().size(), 1);

        // Esc closes the panel.
        const int tabs = window->workspace()->count();
        press(Qt::Key_Escape);
        QTRY_COMPARE(window->workspace()->count(), tabs - 1);
        press(Qt::Key_F12);
    }

    void escapeCancelsWithoutRecording()
    {
        auto window = windowFor(QStringLiteral("helper"));
        press(Qt::Key_F12);
        QVERIFY(acceptAnIntakeByKeys(*window));
        press(Qt::Key_F9);
        auto* panel = qobject_cast<SpokenRatingPanel*>(window->workspace()->currentWidget());
        QVERIFY(panel);
        press(Qt::Key_5);
        const int tabs = window->workspace()->count();
        press(Qt::Key_Escape);
        QTRY_COMPARE(window->workspace()->count(), tabs - 1);
        QVERIFY(evaluations().isEmpty());
        // Nothing of the case on the lock screen: F9 does not open it there.
        window->lock();
        m_said.clear();
        press(Qt::Key_F9);
        QCOMPARE(window->workspace()->count(), tabs - 1);
        QVERIFY(m_said.isEmpty());
        QVERIFY(window->unlock(test::CounterFixture::Password));
        // Still unrated: F9 opens it again, and 5 + Enter records it.
        press(Qt::Key_F9);
        panel = qobject_cast<SpokenRatingPanel*>(window->workspace()->currentWidget());
        QVERIFY(panel);
        press(Qt::Key_5);
        press(Qt::Key_Return);
        QCOMPARE(evaluations(), QStringList{QStringLiteral("5 spoken")});
        QVERIFY(panel->message().contains(SpokenRatingPanel::levelName(5)));
        press(Qt::Key_F12);
    }

    void theCommandIsOffOutsideTheAccessibilityMode()
    {
        auto window = windowFor(QStringLiteral("helper"));
        QVERIFY(!window->accessibility()->mode()->settings().enabled);
        QVERIFY(acceptAnIntakeByKeys(*window));
        QAction* action = window->spokenRatingAction();
        // There, in the 无障碍 menu and on the key sheet, but off, and its text says why.
        QVERIFY(action->isVisible());
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->text(), MainWindow::tr("Spoken rating (accessibility mode only)"));
        QVERIFY(window->accessibility()->menu()->actions().contains(action));
        const int tabs = window->workspace()->count();
        press(Qt::Key_F9);
        QCOMPARE(window->workspace()->count(), tabs);
        QVERIFY(!window->openSpokenRating()); // not by a call either
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("F12")));
        QVERIFY(evaluations().isEmpty());

        // The mode on: the helper may.
        press(Qt::Key_F12);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), MainWindow::tr("Record the applicant's spoken &rating…"));
        press(Qt::Key_F12);
        QVERIFY(!action->isEnabled());
    }

    void aClerkWithoutAssistedServiceCannotRecordOne()
    {
        auto window = windowFor(QStringLiteral("clerk"));
        press(Qt::Key_F12);
        QVERIFY(acceptAnIntakeByKeys(*window));
        QAction* action = window->spokenRatingAction();
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->text(),
                 MainWindow::tr("Spoken rating (assisted-service helpers and supervisors only)"));
        QVERIFY(!window->openSpokenRating());
        QVERIFY(!window->statusBar()->currentMessage().isEmpty());
        QVERIFY(evaluations().isEmpty());
        press(Qt::Key_F12);
    }

    void withoutASpeechEngineThePanelSaysSo()
    {
        auto window = windowFor(QStringLiteral("helper"),
                                std::make_unique<test::RecordingSpeech>(
                                    &m_said, QStringLiteral("speech-dispatcher is not running")));
        press(Qt::Key_F12);
        QVERIFY(acceptAnIntakeByKeys(*window));
        press(Qt::Key_F9);
        auto* panel = qobject_cast<SpokenRatingPanel*>(window->workspace()->currentWidget());
        QVERIFY(panel);
        QVERIFY(m_said.isEmpty());
        auto* speech = panel->findChild<QLabel*>(QStringLiteral("spokenRatingSpeech"));
        QVERIFY(speech->isVisible());
        QVERIFY(speech->text().contains(QStringLiteral("speech-dispatcher is not running")));
        // The question is on screen for the helper to read out.
        QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("spokenRatingQuestion"))->text(),
                 panel->questionText());
        press(Qt::Key_3);
        press(Qt::Key_Return);
        QCOMPARE(evaluations(), QStringList{QStringLiteral("3 spoken")});
        press(Qt::Key_F12);
    }

    void thePanelIsNamedAndOnTheKeySheet()
    {
        auto window = windowFor(QStringLiteral("helper"));
        press(Qt::Key_F12);
        QVERIFY(acceptAnIntakeByKeys(*window));
        press(Qt::Key_F9);
        auto* panel = qobject_cast<SpokenRatingPanel*>(window->workspace()->currentWidget());
        QVERIFY(panel);
        const QStringList problems =
            test::accessibilityProblems(window.get(), test::Require::NameAndDescription);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
        QVERIFY(!panel->accessibleName().isEmpty());
        QVERIFY(!panel->accessibleDescription().isEmpty());

        // F9 on the sheet, bound once.
        QString what = MainWindow::tr("Record the applicant's spoken &rating…");
        what.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // 评价(&R)
        what.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        bool listed = false;
        for (const ShortcutSheet::Entry& entry : ShortcutSheet::collect(window.get()))
            listed =
                listed || (entry.key == QKeySequence(Qt::Key_F9) && entry.what == what.trimmed());
        QVERIFY(listed);
        QVERIFY2(ShortcutSheet::clashes(window.get()).isEmpty(),
                 qPrintable(ShortcutSheet::clashes(window.get()).join(u'\n')));
        press(Qt::Key_F12);
    }
};

QTEST_MAIN(TestSpokenRating)
#include "TestSpokenRating.moc"
