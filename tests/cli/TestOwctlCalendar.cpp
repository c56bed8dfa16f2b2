#include "ProgramRun.h"
#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ow::test::ProgramRun;

// owctl with a database path that does not exist: the calendar commands must never need one.
Run owctl(const QStringList& arguments, const QString& database)
{
    return ow::test::runProgram(
        QStringLiteral("app/cli/owctl"), arguments,
        {{QStringLiteral("ONEWINDOW_DB"), database},
         {QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/ow-xdg-test")}});
}

QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestOwctlCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString database() const { return m_dir.filePath(QStringLiteral("absent.sqlite")); }

private slots:
    void answers_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QByteArray>("expected");
        // Tue 09-30; 10-01..08 off; 10-09 (1), 10-10 (2), Sat 10-11 made up (3), 10-13 (4),
        // 10-14 (5).
        QTest::newRow("due across 国庆 2025")
            << QStringLiteral("calendar due --from 2025-09-30 --working-days 5")
            << QByteArray("2025-10-14\n");
        // Fri 01-24; Sun 01-26 made up (1), Mon 01-27 (2), 01-28..02-04 off, Wed 02-05 (3).
        QTest::newRow("due across 春节 2025, = form")
            << QStringLiteral("calendar due --from=2025-01-24 --working-days=3")
            << QByteArray("2025-02-05\n");
        QTest::newRow("due 即办, options in either order")
            << QStringLiteral("calendar due --working-days 0 --from 2025-10-03")
            << QByteArray("2025-10-03\n");
        // Wed 12-30; Thu 12-31 (1); 2027 unpublished: Fri 01-01 (2), Mon 01-04 (3).
        QTest::newRow("due into unpublished 2027")
            << QStringLiteral("calendar due --from 2026-12-30 --working-days 3")
            << QByteArray("2027-01-04 provisional\n");
        // Tue 12-30; Wed 12-31 (1), 2026-01-01..03 off, Sun 01-04 made up (2).
        QTest::newRow("due into 2026")
            << QStringLiteral("calendar due --from 2025-12-30 --working-days 2")
            << QByteArray("2026-01-04\n");
        QTest::newRow("make-up Sunday")
            << QStringLiteral("calendar is-workday 2024-02-04") << QByteArray("workday 调休\n");
        QTest::newRow("国庆节") << QStringLiteral("calendar is-workday 2024-10-01")
                                << QByteArray("holiday 国庆节\n");
        QTest::newRow("国庆节、中秋节 2025") << QStringLiteral("calendar is-workday 2025-10-06")
                                             << QByteArray("holiday 国庆节、中秋节\n");
        QTest::newRow("Saturday in 春节")
            << QStringLiteral("calendar is-workday 2024-02-10") << QByteArray("holiday 春节\n");
        QTest::newRow("2022-12-31, 元旦 2023")
            << QStringLiteral("calendar is-workday 2022-12-31") << QByteArray("holiday 元旦\n");
        QTest::newRow("plain Monday")
            << QStringLiteral("calendar is-workday 2025-03-03") << QByteArray("workday\n");
        QTest::newRow("plain Saturday")
            << QStringLiteral("calendar is-workday 2025-03-01") << QByteArray("weekend\n");
        QTest::newRow("Friday, 2027 unpublished")
            << QStringLiteral("calendar is-workday 2027-01-01")
            << QByteArray("workday provisional\n");
        QTest::newRow("Saturday, 2027 unpublished")
            << QStringLiteral("calendar is-workday 2027-01-02")
            << QByteArray("weekend provisional\n");
    }

    void answers()
    {
        QFETCH(QString, arguments);
        QFETCH(QByteArray, expected);
        const Run run = owctl(arguments.split(QLatin1Char(' ')), database());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, expected);
        QCOMPARE(run.err, QByteArray());
        QVERIFY(!QFileInfo::exists(database()));
    }

    void longestCount()
    {
        const Run run =
            owctl(words("calendar due --from 2025-01-02 --working-days 3650"), database());
        QCOMPARE(run.exitCode, 0);
        // About 14 years of working days: far past the published years.
        QVERIFY2(run.out.startsWith("2039-") && run.out.endsWith(" provisional\n"),
                 run.out.constData());
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no such day")
            << QStringLiteral("calendar due --from 2026-02-30 --working-days 1")
            << QStringLiteral("--from");
        QTest::newRow("malformed date")
            << QStringLiteral("calendar due --from 2025-9-30 --working-days 1")
            << QStringLiteral("'2025-9-30'");
        QTest::newRow("negative count")
            << QStringLiteral("calendar due --from 2025-09-30 --working-days -1")
            << QStringLiteral("--working-days");
        QTest::newRow("count too large")
            << QStringLiteral("calendar due --from 2025-09-30 --working-days 3651")
            << QStringLiteral("'3651'");
        QTest::newRow("count not a number")
            << QStringLiteral("calendar due --from 2025-09-30 --working-days five")
            << QStringLiteral("--working-days");
        QTest::newRow("count not whole")
            << QStringLiteral("calendar due --from 2025-09-30 --working-days 2.5")
            << QStringLiteral("'2.5'");
        QTest::newRow("no --from")
            << QStringLiteral("calendar due --working-days 3") << QStringLiteral("--from");
        QTest::newRow("no --working-days")
            << QStringLiteral("calendar due --from 2025-09-30") << QStringLiteral("--working-days");
        QTest::newRow("--from twice")
            << QStringLiteral("calendar due --from 2025-09-30 --from 2025-10-01 --working-days 1")
            << QStringLiteral("--from");
        QTest::newRow("--from without value")
            << QStringLiteral("calendar due --working-days 1 --from") << QStringLiteral("--from");
        QTest::newRow("unknown option")
            << QStringLiteral("calendar due --from 2025-09-30 --working-days 1 --json")
            << QStringLiteral("--json");
        QTest::newRow("is-workday no such day")
            << QStringLiteral("calendar is-workday 2026-02-30") << QStringLiteral("2026-02-30");
        QTest::newRow("is-workday malformed")
            << QStringLiteral("calendar is-workday 20250101") << QStringLiteral("20250101");
        QTest::newRow("is-workday without a date")
            << QStringLiteral("calendar is-workday") << QStringLiteral("is-workday");
        QTest::newRow("is-workday two dates")
            << QStringLiteral("calendar is-workday 2025-01-01 2025-01-02")
            << QStringLiteral("is-workday");
        QTest::newRow("no subcommand") << QStringLiteral("calendar") << QStringLiteral("due");
        QTest::newRow("unknown subcommand")
            << QStringLiteral("calendar holidays") << QStringLiteral("holidays");
    }

    void refusesBadArguments()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, named);
        // English messages, whatever the test machine's language.
        const Run run = owctl(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} +
                                  arguments.split(QLatin1Char(' ')),
                              database());
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.err.startsWith("owctl: ") && run.err.contains(named.toUtf8()),
                 run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestOwctlCalendar)
#include "TestOwctlCalendar.moc"
