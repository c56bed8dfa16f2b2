// 朗读: F8 reads the focused field's label and value (a guide, a case: the whole document),
// Shift+F8 the materials checklist with its column names, Ctrl+F8 the decision just taken and
// its deadline; without a speech engine the actions and the status bar say so.
#include "Localization.h"
#include "RecordingSpeech.h"
#include "WorkspaceFixture.h"
#include "accessibility/AccessibilitySupport.h"
#include "accessibility/ReadAloud.h"
#include "accessibility/SpeechEngine.h"
#include "cases/CaseRepository.h"
#include "guide/GuideView.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace ow;

class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    QStringList m_said;

    std::unique_ptr<MainWindow> windowWith(std::unique_ptr<SpeechEngine> engine)
    {
        auto window = std::make_unique<MainWindow>(
            m_data, m_printer, *m_counter->accounts, *m_counter->cases,
            m_counter->signIn(QStringLiteral("helper")), m_counter->clock);
        window->accessibility()->readAloud()->setEngine(std::move(engine));
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("window not shown");
        return window;
    }

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
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
        m_counter = std::make_unique<test::CounterFixture>();
    }

    void readsTheFocusedFieldsLabelAndValue()
    {
        auto window = windowWith(std::make_unique<test::RecordingSpeech>(&m_said));
        IntakeView* intake = window->newIntake({QStringLiteral("P082")});
        auto* phone = intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"));
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("13812345678"));
        press(Qt::Key_F8);
        QCOMPARE(m_said.size(), 1);
        QVERIFY2(m_said.last().contains(phone->accessibleName()), qPrintable(m_said.last()));
        QVERIFY(m_said.last().contains(QStringLiteral("13812345678")));

        auto* disabled = intake->findChild<QCheckBox*>(QStringLiteral("intakeDisabled"));
        disabled->setFocus();
        press(Qt::Key_F8);
        QVERIFY(m_said.last().contains(disabled->accessibleName()));
        QVERIFY(m_said.last().contains(ReadAloud::tr("not checked")));
    }

    void readsTheChecklistWithItsColumnNames()
    {
        auto window = windowWith(std::make_unique<test::RecordingSpeech>(&m_said));
        IntakeView* intake = window->newIntake({QStringLiteral("P082")});
        ChecklistModel* checklist = intake->checklist();
        QVERIFY(checklist->rowCount() > 0);
        checklist->cycleState(0);
        press(Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(m_said.size(), 1);
        const QString text = m_said.last();
        for (int row = 0; row < checklist->rowCount(); ++row)
            QVERIFY2(text.contains(checklist->index(row, ChecklistModel::Name).data().toString()),
                     qPrintable(text));
        QVERIFY(
            text.contains(checklist->headerData(ChecklistModel::State, Qt::Horizontal).toString()));
        QVERIFY(text.contains(ChecklistModel::stateName(CaseMaterial::State::Received)));
        QVERIFY(text.contains(ChecklistModel::stateName(CaseMaterial::State::Missing)));
    }

    void readsTheDecisionAndTheDeadline()
    {
        auto window = windowWith(std::make_unique<test::RecordingSpeech>(&m_said));
        press(Qt::Key_F8, Qt::ControlModifier);
        QVERIFY(m_said.isEmpty()); // no decision yet: said in the status bar instead
        QTRY_COMPARE(window->statusBar()->currentMessage(),
                     ReadAloud::tr("No decision taken yet at this window."));

        IntakeView* intake = window->newIntake({QStringLiteral("P002")});
        intake->findChild<QLineEdit*>(QStringLiteral("intakeIdentifier"))
            ->setText(QStringLiteral("11010519491231002X"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakeName"))
            ->setText(QStringLiteral("张三"));
        intake->findChild<QLineEdit*>(QStringLiteral("intakePhone"))
            ->setText(QStringLiteral("13812345678"));
        for (int row = 0; row < intake->checklist()->rowCount(); ++row)
            intake->checklist()->cycleState(row);
        QVERIFY2(intake->decide(IntakeDraft::Decision::Accept),
                 qPrintable(intake->messageLabel()->text()));
        press(Qt::Key_F8, Qt::ControlModifier);
        QCOMPARE(m_said.size(), 1);
        QVERIFY2(m_said.last().contains(QStringLiteral("XC01-03-20261130-0001")),
                 qPrintable(m_said.last()));
        QVERIFY(m_said.last().contains(CaseLifecycle::displayName(CaseStatus::Accepted)));
        const QList<CaseSummary> taken =
            CaseRepository(*m_counter->database)
                .listForDay(QDate(2026, 11, 30), QStringLiteral("XC01"))
                .value();
        QCOMPARE(taken.size(), 1);
        QVERIFY(taken.first().dueDate.isValid());
        QVERIFY(
            m_said.last().contains(QLocale().toString(taken.first().dueDate, QLocale::LongFormat)));

        // Locked: nothing of the case is read; another user signing in does not inherit it.
        window->lock();
        press(Qt::Key_F8, Qt::ControlModifier);
        QCOMPARE(m_said.size(), 1);
        window->switchTo(m_counter->signIn(QStringLiteral("clerk")));
        press(Qt::Key_F8, Qt::ControlModifier);
        QCOMPARE(m_said.size(), 1);
        QTRY_COMPARE(window->statusBar()->currentMessage(),
                     ReadAloud::tr("No decision taken yet at this window."));
    }

    void readsAWholeGuide()
    {
        auto window = windowWith(std::make_unique<test::RecordingSpeech>(&m_said));
        GuideView* guide = window->openGuide(QStringLiteral("P082"));
        guide->browser()->setFocus();
        press(Qt::Key_F8);
        QCOMPARE(m_said.size(), 1);
        QVERIFY(m_said.last().contains(guide->subject().name));
        QVERIFY(m_said.last().size() > 200);
    }

    void theRealEngineSpeaksOrSaysWhyNot()
    {
        // Qt TextToSpeech as onewindow uses it. Here (no speech daemon) it must say why it cannot
        // speak; on a machine with a voice it must speak without a reason.
        QtSpeechEngine engine(QStringLiteral("zh_CN"));
        const QString reason = engine.unavailableReason();
        if (reason.isEmpty()) {
            engine.say(QStringLiteral("一窗通"));
            engine.stop();
        } else {
            QVERIFY2(reason.contains(QStringLiteral("朗读")), qPrintable(reason));
        }
    }

    void sayWhyWhenThereIsNoVoice()
    {
        const QString reason = QStringLiteral("The speech engine does not answer.");
        auto window = windowWith(std::make_unique<test::RecordingSpeech>(&m_said, reason));
        window->findChild<QLineEdit*>(QStringLiteral("searchBox"))->setFocus();
        press(Qt::Key_F8);
        QVERIFY(m_said.isEmpty());
        QTRY_COMPARE(window->statusBar()->currentMessage(), reason);

        window->accessibility()->readAloud()->setEngine(nullptr);
        QVERIFY(window->accessibility()->readAloud()->readFocusAction()->text().endsWith(
            ReadAloud::tr(" (no speech engine)")));
        press(Qt::Key_F8);
        QTRY_COMPARE(window->statusBar()->currentMessage(),
                     ReadAloud::tr("No speech engine: reading aloud is off."));
    }
};

QTEST_MAIN(TestReadAloud)
#include "TestReadAloud.moc"
