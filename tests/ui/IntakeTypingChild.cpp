// A clerk typing into an intake, as a separate process for TestIntakeDraftCrash to kill with
// SIGKILL at a point of its choosing. It starts the counter as onewindow does (database, signed-in
// user, the at-rest key from an owner-only key file, the main window with autosave), opens an
// intake for P082 and types typingScript() with a person's pace (a seeded random pause between
// characters), printing "START n" before and "DONE n" after each step, then "ALL" and waits to be
// killed. Step SLOW_STEP is typed slowly (about 130 ms a character), so that the autosave's delay
// runs out inside it. Usage: IntakeTypingChild DB KEYFILE SEED SLOW_STEP (password in
// ONEWINDOW_PASSWORD).
#include "DatabaseSetup.h"
#include "IntakeTypingScript.h"
#include "Localization.h"
#include "access/AccountService.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "cases/IntakeDraftStore.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "common/DocumentPrinter.h"
#include "files/OwnerOnlyFileKeyStore.h"
#include "guide/GuideRepository.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "search/PinyinData.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace ow;

namespace {

class NoPrinter : public DocumentPrinter
{
public:
    void print(const QString&, const QString&, QWidget*) override {}
    void preview(const QString&, const QString&, QWidget*) override {}
    void savePdf(const QString&, const QString&, QWidget*) override {}
    void previewDocument(const PrintableDocument&, QWidget*) override {}
};

void say(const QByteArray& line)
{
    std::fputs((line + '\n').constData(), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "IntakeTypingChild: %s\n", qUtf8Printable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5)
        fail(QStringLiteral("usage: IntakeTypingChild DB KEYFILE SEED SLOW_STEP"));
    const int slowStep = args.at(4).toInt();
    Localization::install(application, Localization::defaultLanguage());
    auto prepared = DatabaseSetup::prepare(args.at(1), CatalogSeed::embeddedPath());
    if (!prepared)
        fail(prepared.error());
    Database& database = *prepared.value().database;
    WorkspaceData data;
    data.databasePath = args.at(1);
    data.catalog = CatalogRepository(database).load().value();
    data.guides = GuideRepository(database).latestAll().value();
    data.dictionary = GuideRepository(database).dictionary().value();
    data.pinyin = PinyinData::load().value();
    data.calendar = CalendarData::load().value();
    const WorkCalendar calendar = data.calendar;
    SystemClock clock;
    AccountService accounts(database, clock);
    const auto session =
        accounts.signIn(QStringLiteral("clerk"), qEnvironmentVariable("ONEWINDOW_PASSWORD"));
    if (!session)
        fail(session.error());
    const auto key = OwnerOnlyFileKeyStore(args.at(2)).loadOrCreateKey();
    if (!key)
        fail(key.error());
    IntakeDraftStore drafts(database, clock, key.value());
    CaseService cases(database, clock, calendar, accounts);
    NoPrinter printer;
    MainWindow window(std::move(data), printer, accounts, cases, session.value(), clock);
    window.setDraftStore(&drafts);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window was not shown"));
    IntakeView* view = window.newIntake({QStringLiteral("P082")});
    if (!view)
        fail(QStringLiteral("no intake"));

    QRandomGenerator random(args.at(3).toUInt());
    const QList<test::TypingStep> script = test::typingScript();
    for (int n = 0; n < script.size(); ++n) {
        const test::TypingStep& step = script.at(n);
        say("START " + QByteArray::number(n));
        const auto pace = [&] {
            QTest::qWait(n == slowStep ? int(random.bounded(110, 150))
                                       : int(random.bounded(2, 12)));
        };
        if (step.field == QLatin1String("checklist")) {
            for (int row = 0; row < view->checklist()->rowCount(); ++row) {
                view->checklist()->cycleState(row);
                QTest::qWait(int(random.bounded(2, 12)));
            }
        } else if (auto* box = view->findChild<QCheckBox*>(step.field)) {
            box->setChecked(true);
        } else if (auto* text = view->findChild<QPlainTextEdit*>(step.field)) {
            text->setFocus();
            for (const QChar c : step.text) {
                text->insertPlainText(QString(c));
                pace();
            }
            QTest::keyClick(text, Qt::Key_Tab);
        } else if (auto* line = view->findChild<QLineEdit*>(step.field)) {
            line->setFocus();
            for (const QChar c : step.text) {
                if (c.unicode() < 128)
                    QTest::keyClick(line, char(c.unicode()));
                else
                    line->insert(QString(c)); // as an input method commits it
                pace();
            }
            QTest::keyClick(line, Qt::Key_Tab);
        } else {
            fail(QStringLiteral("no field %1").arg(step.field));
        }
        QCoreApplication::processEvents();
        say("DONE " + QByteArray::number(n));
    }
    say("ALL");
    return QApplication::exec(); // until killed
}
