// A kill -9 while a clerk types loses at most the field being typed. IntakeTypingChild (the
// counter as onewindow starts it, in its own process) types an intake; this test kills it with
// SIGKILL at seeded random points inside a field, then starts afresh on the same database and
// key: every field completed before the kill is in the draft exactly, the field being typed is
// empty or a beginning of what was typed, nothing after it is there, and the intake offers the
// draft and restores it into the form.
#include "IntakeTypingScript.h"
#include "Localization.h"
#include "TestPaths.h"
#include "WorkspaceFixture.h"
#include "cases/IntakeDraftStore.h"
#include "files/OwnerOnlyFileKeyStore.h"
#include "intake/IntakeAutosave.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace ow;

class TestIntakeDraftCrash : public QObject
{
    Q_OBJECT

private:
    WorkspaceData m_data;
    test::RecordingPrinter m_printer;

    static QStringList readLines(QProcess& child, QByteArray& buffer)
    {
        buffer += child.readAllStandardOutput();
        QStringList lines;
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            lines.append(QString::fromUtf8(buffer.left(end)));
            buffer.remove(0, end + 1);
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Localization::install(*qApp, Localization::defaultLanguage()));
        m_data = test::loadWorkspace();
    }

    void aKillLosesAtMostTheFieldBeingTyped()
    {
        test::CounterFixture counter;
        const QString databasePath = counter.m_dir.filePath(QStringLiteral("counter.sqlite"));
        const QString keyPath = counter.m_dir.filePath(QStringLiteral("keys/file-encryption.key"));
        const auto key = OwnerOnlyFileKeyStore(keyPath).loadOrCreateKey();
        QVERIFY2(key.ok(), qPrintable(key.error()));
        IntakeDraftStore store(*counter.database, counter.clock, key.value());
        const Session clerk = counter.signIn(QStringLiteral("clerk"));
        const QList<test::TypingStep> script = test::typingScript();

        QRandomGenerator random(20261128);
        QElapsedTimer elapsed;
        elapsed.start();
        const int rounds = 6;
        for (int round = 0; round < rounds; ++round) {
            // Every other round types the field slowly, so the kill may come after the delay
            // has saved part of it.
            const int killStep = int(random.bounded(script.size()));
            const bool slow = round % 2 == 1;
            const int length = qMax(1, int(script.at(killStep).text.size()));
            const int killDelayMs =
                int(slow ? random.bounded(length * 40, length * 130) : random.bounded(0, 120));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), test::CounterFixture::Password);
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            child.setProcessEnvironment(env);
            child.start(test::binaryPath(QStringLiteral("tests/ui/IntakeTypingChild")),
                        {databasePath, keyPath, QString::number(random.generate()),
                         QString::number(slow ? killStep : -1)});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QByteArray buffer;
            QStringList seen;
            const QString trigger = QStringLiteral("START %1").arg(killStep);
            while (!seen.contains(trigger)) {
                if (!child.waitForReadyRead(20000))
                    QFAIL(qPrintable(
                        QStringLiteral("the child stopped before %1: %2")
                            .arg(trigger, QString::fromUtf8(child.readAllStandardError()))));
                seen += readLines(child, buffer);
            }
            QTest::qSleep(killDelayMs);
            QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            seen += readLines(child, buffer); // what it printed before it died

            // What the child had finished, and the step it was in.
            QSet<int> done;
            int typing = -1;
            for (const QString& line : std::as_const(seen)) {
                if (line.startsWith(QLatin1String("DONE ")))
                    done.insert(line.mid(5).toInt());
                else if (line.startsWith(QLatin1String("START ")))
                    typing = line.mid(6).toInt();
            }
            if (done.contains(typing))
                typing = -1;
            const QString where =
                QStringLiteral("round %1: killed %2 ms after step %3 began (%4), %5 done")
                    .arg(round)
                    .arg(killDelayMs)
                    .arg(killStep)
                    .arg(slow ? QStringLiteral("slow") : QStringLiteral("fast"))
                    .arg(done.size());

            const auto drafts = store.list(clerk);
            QVERIFY(drafts.ok());
            QVERIFY2(drafts.value().size() <= 1, qPrintable(where));
            if (drafts.value().isEmpty()) {
                QVERIFY2(done.isEmpty(), qPrintable(where + QStringLiteral(": no draft")));
                continue;
            }
            const auto opened = store.open(clerk, drafts.value().first().id);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            const auto saved = IntakeDraftJson::fromJson(opened.value());
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
            for (int n = 0; n < script.size(); ++n) {
                const test::TypingStep& step = script.at(n);
                const QString context =
                    where + QStringLiteral(", step %1 (%2)").arg(n).arg(step.field);
                if (step.field == QLatin1String("checklist")) {
                    int received = 0;
                    for (const CaseMaterial& m : saved.value().draft.materials)
                        received += m.state == CaseMaterial::State::Received ? 1 : 0;
                    const int rows = int(saved.value().draft.materials.size());
                    QVERIFY2(rows > 0, qPrintable(context));
                    if (done.contains(n))
                        QVERIFY2(received == rows, qPrintable(context));
                    else if (n != typing)
                        QVERIFY2(received == 0, qPrintable(context));
                    // Being typed: received rows are the first ones, in order.
                    for (int row = 0; row < rows; ++row) {
                        const bool r = saved.value().draft.materials.at(row).state ==
                                       CaseMaterial::State::Received;
                        QVERIFY2(r == (row < received), qPrintable(context));
                    }
                    continue;
                }
                if (step.field == QLatin1String("intakeHasAgent")) {
                    if (done.contains(n))
                        QVERIFY2(saved.value().draft.agent.has_value(), qPrintable(context));
                    else if (n != typing)
                        QVERIFY2(!saved.value().draft.agent.has_value(), qPrintable(context));
                    continue;
                }
                const QString stored = test::storedText(saved.value(), step.field);
                if (n == typing)
                    qInfo("%s: the field being typed kept %d of %d characters", qPrintable(where),
                          int(stored.size()), int(step.text.size()));
                if (done.contains(n))
                    QVERIFY2(stored == step.text, qPrintable(context));
                else if (n == typing)
                    QVERIFY2(step.text.startsWith(stored), qPrintable(context));
                else
                    QVERIFY2(stored.isEmpty(), qPrintable(context));
            }

            // A fresh start offers the draft and puts it back into the form.
            {
                MainWindow window(m_data, m_printer, *counter.accounts, *counter.cases, clerk,
                                  counter.clock);
                window.setDraftStore(&store);
                IntakeView* view = window.offerUnfinishedIntake();
                QVERIFY2(view, qPrintable(where));
                auto* autosave = view->findChild<IntakeAutosave*>();
                QCOMPARE(autosave->offeredId(), drafts.value().first().id);
                view->findChild<QPushButton*>(QStringLiteral("intakeDraftRestore"))->click();
                for (const test::TypingStep& step : script) {
                    const QString stored = test::storedText(saved.value(), step.field);
                    if (auto* line = view->findChild<QLineEdit*>(step.field))
                        QCOMPARE(line->text(), stored);
                    else if (auto* text = view->findChild<QPlainTextEdit*>(step.field))
                        QCOMPARE(text->toPlainText(), stored);
                }
                QCOMPARE(view->findChild<QCheckBox*>(QStringLiteral("intakeHasAgent"))->isChecked(),
                         saved.value().draft.agent.has_value());
            }
            QVERIFY(store
                        .remove(clerk, drafts.value().first().id,
                                QStringLiteral("intake_draft_discarded"))
                        .ok());
        }
        qInfo("%d kills in %lld ms", rounds, elapsed.elapsed());
        QSqlQuery check(counter.database->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestIntakeDraftCrash)
#include "TestIntakeDraftCrash.moc"
