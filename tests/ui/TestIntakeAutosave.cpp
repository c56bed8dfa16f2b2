// The intake autosaves its draft and offers it again (IntakeAutosave over IntakeDraftStore):
// every completed field is in the database at once, typing within the delay, a closed tab or
// window keeps the form; after a restart the intake offers the draft in a banner (not a modal),
// 恢复 puts every field back exactly and 丢弃 removes it; a damaged or older draft is reported
// and discarded without touching anything else; the case taken in takes its draft with it; and
// no draft content ever reaches a log.
#include "Localization.h"
#include "WorkspaceFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "cases/IntakeDraftJson.h"
#include "cases/IntakeDraftStore.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeAutosave.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace ow;
using namespace std::chrono_literals;

namespace {

const QString IdNumber = QStringLiteral("11010519491231002X");
const QString Name = QStringLiteral("欧阳娜娜");
QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages.append(message);
}

} // namespace

class TestIntakeAutosave : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<IntakeDraftStore> m_store;
    QtMessageHandler m_previousHandler = nullptr;

    std::unique_ptr<MainWindow> window(const QString& user = QStringLiteral("clerk"))
    {
        auto w =
            std::make_unique<MainWindow>(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                                         m_counter->signIn(user), m_counter->clock);
        w->setDraftStore(m_store.get());
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("the window was not shown");
        return w;
    }

    static QLineEdit* edit(QWidget* view, const char* name)
    {
        return view->findChild<QLineEdit*>(QLatin1String(name));
    }

    static void type(QWidget* view, const char* name, const QString& text)
    {
        QLineEdit* field = edit(view, name);
        field->setFocus();
        field->selectAll();
        field->insert(text); // as an input method commits it (Chinese included)
        QTest::keyClick(field, Qt::Key_Tab);
    }

    int draftRows()
    {
        QSqlQuery query(m_counter->database->connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM intake_draft")) || !query.next())
            qFatal("cannot count drafts");
        return query.value(0).toInt();
    }

    // The one stored draft of the clerk, as the store gives it back.
    IntakeDraftJson::Saved storedDraft()
    {
        const Session clerk = m_counter->signIn(QStringLiteral("clerk"));
        const auto drafts = m_store->list(clerk).value();
        if (drafts.size() != 1)
            qFatal("expected one draft, found %d", int(drafts.size()));
        return IntakeDraftJson::fromJson(m_store->open(clerk, drafts.first().id).value()).value();
    }

    // Everything the clerk can see and change in the form, as text.
    static QStringList formValues(IntakeView* view)
    {
        QStringList values;
        for (const QLineEdit* line : view->findChildren<QLineEdit*>())
            values.append(line->objectName() + u'=' + line->text());
        for (const QCheckBox* box : view->findChildren<QCheckBox*>())
            values.append(box->objectName() + u'=' + (box->isChecked() ? u'1' : u'0'));
        for (const QComboBox* box : view->findChildren<QComboBox*>())
            values.append(box->objectName() + u'=' + QString::number(box->currentIndex()));
        for (const QPlainTextEdit* text : view->findChildren<QPlainTextEdit*>())
            values.append(text->objectName() + u'=' + text->toPlainText());
        values.append(QStringLiteral("items=") + view->draft().itemCodes.join(u','));
        for (const CaseMaterial& m : view->draft().materials)
            values.append(m.key + u'=' + ChecklistModel::stateName(m.state));
        return values;
    }

    // Every field of the form filled in, the way a clerk does.
    static void fillEverything(IntakeView* view)
    {
        type(view, "intakeIdentifier", IdNumber);
        type(view, "intakeName", Name);
        type(view, "intakePhone", QStringLiteral("13812345678"));
        type(view, "intakeAddress", QStringLiteral("薛城区永福南路 1 号"));
        view->findChild<QCheckBox*>(QStringLiteral("intakeDisabled"))->setChecked(true);
        type(view, "intakeDisabilityCertificate", QStringLiteral("37040319491231002X44"));
        view->findChild<QCheckBox*>(QStringLiteral("intakeHasAgent"))->setChecked(true);
        type(view, "intakeAgentName", QStringLiteral("李四"));
        type(view, "intakeAgentId", QStringLiteral("110105198001010011"));
        type(view, "intakeAgentPhone", QStringLiteral("0632-1234567"));
        type(view, "intakeAgentAuthorization", QStringLiteral("授权委托书"));
        QLineEdit* add = edit(view, "intakeAddItem");
        add->setFocus();
        add->insert(QStringLiteral("P083"));
        QTest::keyClick(add, Qt::Key_Return);
        for (int row = 0; row < view->checklist()->rowCount(); row += 2)
            view->checklist()->cycleState(row); // received
        if (view->checklist()->rowCount() > 1) {
            view->checklist()->cycleState(1);
            view->checklist()->cycleState(1); // waived
        }
        auto* reason = view->findChild<QPlainTextEdit*>(QStringLiteral("intakeReason"));
        reason->setFocus();
        reason->insertPlainText(QStringLiteral("户口簿下周补交\n第二行"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
        m_previousHandler = qInstallMessageHandler(collect);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        // Nothing typed into a draft reached a log line.
        for (const QString& message : std::as_const(g_messages)) {
            QVERIFY2(!message.contains(IdNumber) && !message.contains(Name) &&
                         !message.contains(QStringLiteral("13812345678")),
                     "a log line holds personal data of a draft");
        }
    }

    void init()
    {
        m_printer.jobs.clear();
        m_store.reset();
        m_counter = std::make_unique<test::CounterFixture>();
        m_store = std::make_unique<IntakeDraftStore>(*m_counter->database, m_counter->clock,
                                                     QByteArray(32, 's'));
    }

    void cleanup()
    {
        m_store.reset();
        m_counter.reset();
    }

    void everyCompletedFieldIsSavedAtOnce()
    {
        auto w = window();
        IntakeView* view = w->newIntake({QStringLiteral("P082")});
        QVERIFY(view);
        QCOMPARE(draftRows(), 0); // an untouched form is not a draft
        type(view, "intakeIdentifier", IdNumber);
        QCOMPARE(draftRows(), 1); // no waiting: editingFinished saved it
        QCOMPARE(storedDraft().draft.applicant.identifier, IdNumber);
        type(view, "intakeName", Name);
        QCOMPARE(storedDraft().draft.applicant.name, Name);
        view->findChild<QCheckBox*>(QStringLiteral("intakeHasAgent"))->setChecked(true);
        QVERIFY(storedDraft().draft.agent.has_value());
        view->checklist()->cycleState(0);
        QCOMPARE(storedDraft().draft.materials.first().state, CaseMaterial::State::Received);
        QCOMPARE(draftRows(), 1);
    }

    void typingIsSavedWithinTheDelayEvenWithoutPause()
    {
        const Session clerk = m_counter->signIn(QStringLiteral("clerk"));
        IntakeView view(
            m_data.catalog, m_data.guides, m_data.dictionary,
            [](IntakeDraft&, IntakeDraft::Decision, const QString&) { return Status::success(); },
            QDate(2026, 11, 30));
        auto* autosave = new IntakeAutosave(&view, *m_store, clerk, {}, 300ms);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QLineEdit* address = edit(&view, "intakeAddress");
        address->setFocus();
        int saves = 0;
        connect(autosave, &IntakeAutosave::saved, this, [&saves] { ++saves; });
        // A keystroke every 50 ms for 1.2 s: a debounce that restarted on every key would never
        // save; this one saves at most 300 ms after the first unsaved key.
        for (int i = 0; i < 24; ++i) {
            QTest::keyClick(address, Qt::Key_A);
            QTest::qWait(50);
        }
        QVERIFY2(saves >= 2, qPrintable(QString::number(saves)));
        QTRY_COMPARE(storedDraft().draft.applicant.address, QString(24, u'a'));
    }

    void aClosedTabKeepsWhatWasJustTyped()
    {
        auto w = window();
        IntakeView* view = w->newIntake({QStringLiteral("P082")});
        QLineEdit* name = edit(view, "intakeName");
        name->setFocus();
        name->insert(Name); // not finished, the delay not over
        QCOMPARE(draftRows(), 0);
        QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(w->workspace()->count(), 1);
        QCOMPARE(storedDraft().draft.applicant.name, Name);
    }

    void afterARestartTheIntakeOffersTheDraftAndRestoresEveryField()
    {
        QStringList before;
        {
            auto w = window();
            IntakeView* view = w->newIntake({QStringLiteral("P082")});
            fillEverything(view);
            before = formValues(view);
        } // the program ends: the window is gone
        QCOMPARE(draftRows(), 1);

        auto w = window();
        IntakeView* view = w->offerUnfinishedIntake();
        QVERIFY(view);
        auto* autosave = view->findChild<IntakeAutosave*>();
        auto* banner = view->findChild<QFrame*>(QStringLiteral("intakeDraftBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(autosave->bannerText().contains(QStringLiteral("P082、P083")),
                 qPrintable(autosave->bannerText()));
        QVERIFY(!autosave->bannerText().contains(Name)); // the banner shows no personal data
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(formValues(view) != before);
        const QString id = autosave->offeredId();

        view->findChild<QPushButton*>(QStringLiteral("intakeDraftRestore"))->click();
        QCOMPARE(formValues(view), before);
        QVERIFY(!banner->isVisible());
        QCOMPARE(autosave->draftId(), id);
        QCOMPARE(view->draft().autosaveId, id);
        QCOMPARE(draftRows(), 1); // the same draft goes on, no copy
        AuditFilter filter;
        filter.action = QStringLiteral("intake_draft_restored");
        QCOMPARE(AuditLog(*m_counter->database, m_counter->clock, QStringLiteral("XC01"),
                          QStringLiteral("3"))
                     .list(filter)
                     .value()
                     .size(),
                 1);
        // Other users are not offered the clerk's draft.
        auto other = window(QStringLiteral("helper"));
        QVERIFY(!other->offerUnfinishedIntake());
    }

    void switchingUserOffersTheNewUsersDraft()
    {
        {
            auto w = window(QStringLiteral("helper"));
            type(w->newIntake({QStringLiteral("P082")}), "intakeName", Name);
        }
        auto w = window();
        QVERIFY(!w->offerUnfinishedIntake()); // the clerk has none
        const int tabs = w->workspace()->count();
        w->switchTo(m_counter->signIn(QStringLiteral("helper")));
        QCOMPARE(w->workspace()->count(), tabs + 1);
        auto* view = qobject_cast<IntakeView*>(w->workspace()->currentWidget());
        QVERIFY(view);
        QVERIFY(view->findChild<QFrame*>(QStringLiteral("intakeDraftBanner"))->isVisible());
        view->findChild<QPushButton*>(QStringLiteral("intakeDraftRestore"))->click();
        QCOMPARE(edit(view, "intakeName")->text(), Name);
    }

    void discardRemovesTheDraft()
    {
        {
            auto w = window();
            type(w->newIntake({QStringLiteral("P082")}), "intakeName", Name);
        }
        auto w = window();
        IntakeView* view = w->offerUnfinishedIntake();
        QVERIFY(view);
        view->findChild<QPushButton*>(QStringLiteral("intakeDraftDiscard"))->click();
        QCOMPARE(draftRows(), 0);
        QVERIFY(!view->findChild<QFrame*>(QStringLiteral("intakeDraftBanner"))->isVisible());
        QVERIFY(edit(view, "intakeName")->text().isEmpty());
        QVERIFY(!w->offerUnfinishedIntake());
    }

    void aDamagedOrOlderDraftIsReportedAndDiscardedAndNothingElseIsLost()
    {
        {
            auto w = window();
            type(w->newIntake({QStringLiteral("P082")}), "intakeName", Name);
        }
        const Session clerk = m_counter->signIn(QStringLiteral("clerk"));
        IntakeDraft accepted;
        accepted.applicant.name = QStringLiteral("王五");
        accepted.applicant.identifier = IdNumber;
        accepted.applicant.phone = QStringLiteral("13812345678");
        accepted.itemCodes = {QStringLiteral("P082")};
        (void)accepted.check(QDate(2026, 11, 30));
        accepted.mergeChecklist(m_data.guides, m_data.dictionary);
        QVERIFY(m_counter->cases
                    ->takeIn(clerk, accepted, IntakeDraft::Decision::Supplement, {}, m_data.guides)
                    .ok());
        // Two newer drafts that cannot be read: one damaged, one of an older format.
        m_counter->clock.advanceSeconds(60);
        const QString damaged = IntakeDraftStore::newId();
        QVERIFY(m_store->insert(clerk, damaged, "{\"format\":\"onewindow-intake-draft\"", {}).ok());
        const QString older = IntakeDraftStore::newId();
        QVERIFY(m_store->insert(clerk, older, IntakeDraftJson::toJson(accepted, {}), {}).ok());
        QSqlQuery query(m_counter->database->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE intake_draft SET format = 0 WHERE id = '%1'").arg(older)));
        QCOMPARE(draftRows(), 3);

        auto w = window();
        IntakeView* view = w->offerUnfinishedIntake();
        QVERIFY(view);
        auto* autosave = view->findChild<IntakeAutosave*>();
        const QString text = autosave->bannerText();
        QVERIFY2(text.contains(QStringLiteral("older format")) ||
                     text.contains(QStringLiteral("旧格式")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("JSON")), qPrintable(text));
        QCOMPARE(draftRows(), 1);                  // the two unreadable ones are gone …
        QVERIFY(!autosave->offeredId().isEmpty()); // … the good one is offered
        QCOMPARE(CaseRepository(*m_counter->database).count().value(), 1); // the case is intact
        AuditFilter filter;
        filter.action = QStringLiteral("intake_draft_unreadable");
        AuditLog log(*m_counter->database, m_counter->clock, QStringLiteral("XC01"),
                     QStringLiteral("3"));
        QCOMPARE(log.list(filter).value().size(), 2);
        QVERIFY(log.verify().value().ok);
        view->findChild<QPushButton*>(QStringLiteral("intakeDraftRestore"))->click();
        QCOMPARE(edit(view, "intakeName")->text(), Name);
        view->findChild<QPushButton*>(QStringLiteral("intakeDraftClose"))->click();
        QVERIFY(!view->findChild<QFrame*>(QStringLiteral("intakeDraftBanner"))->isVisible());
    }

    void theCaseTakenInTakesItsDraftWithIt()
    {
        auto w = window();
        IntakeView* view = w->newIntake({QStringLiteral("P082")});
        type(view, "intakeIdentifier", IdNumber);
        type(view, "intakeName", Name);
        type(view, "intakePhone", QStringLiteral("13812345678"));
        for (int row = 0; row < view->checklist()->rowCount(); ++row)
            view->checklist()->cycleState(row);
        QCOMPARE(draftRows(), 1);
        view->findChild<QPushButton*>(QStringLiteral("intakeAccept"))->click();
        QVERIFY2(view->decided(), qPrintable(view->messageLabel()->text()));
        QCOMPARE(draftRows(), 0);
        // Whatever happens to the form now, the draft does not come back.
        view->findChild<IntakeAutosave*>()->saveNow();
        w.reset();
        QCOMPARE(draftRows(), 0);
        QCOMPARE(CaseRepository(*m_counter->database).count().value(), 1);
    }
};

QTEST_MAIN(TestIntakeAutosave)
#include "TestIntakeAutosave.moc"
