// owctl validate id|uscc|phone VALUE, run as a person runs it: exit codes 0 valid, 3 valid with
// a warning, 1 invalid, 2 bad usage; one line of reason; no database touched; an ID number or a
// phone number never printed in full.
#include "TestPaths.h"
#include "validation/IdNumber.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestOwctlValidate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("never.sqlite")); }

    Run owctl(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Where a database would go if the command opened one: it must stay empty.
        environment.insert(QStringLiteral("ONEWINDOW_DB"), databasePath());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(ow::test::binaryPath(QStringLiteral("app/cli/owctl")),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("validate")} +
                          arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("line"); // expected in the one line printed
        const auto row = [](const char* name, QStringList arguments, int exitCode,
                            const QString& line) {
            QTest::newRow(name) << arguments << exitCode << line;
        };
        const QString id = QStringLiteral("id");
        const QString uscc = QStringLiteral("uscc");
        const QString phone = QStringLiteral("phone");
        row("id valid", {id, QStringLiteral("11010519491231002X")}, 0,
            QStringLiteral("valid: 110105********002X, born 1949-12-31, female, age"));
        row("id lower-case x, padded", {id, QStringLiteral(" 11010519491231002x ")}, 0,
            QStringLiteral("valid: 110105********002X"));
        row("id male, before 1900", {id, QStringLiteral("440524188001010014")}, 0,
            QStringLiteral("born 1880-01-01, male"));
        row("id old form", {id, QStringLiteral("110105491231002")}, 3,
            QStringLiteral("valid with a warning: 110105*****1002, born 1949-12-31"));
        row("id bad check", {id, QStringLiteral("110105194912310023")}, 1,
            QStringLiteral("the check character should be X, not 3"));
        row("id short", {id, QStringLiteral("11010519491231002")}, 1,
            QStringLiteral("18 characters expected, got 17"));
        row("id no such date", {id, QStringLiteral("110105202302300010")}, 1,
            QStringLiteral("the birth date 20230230 does not exist"));
        row("id future", {id, QStringLiteral("110105299901010011")}, 1,
            QStringLiteral("is after today"));
        row("uscc valid", {uscc, QStringLiteral("91350100m000100y43")}, 0,
            QStringLiteral("valid: 91350100M000100Y43"));
        row("uscc warned", {uscc, QStringLiteral("91350100M000100Y44")}, 3,
            QStringLiteral("the check character should be 3, not 4"));
        row("uscc invalid letter", {uscc, QStringLiteral("91350100O000100Y43")}, 1,
            QStringLiteral("the letter O"));
        row("uscc short", {uscc, QStringLiteral("91350100M000100Y4")}, 1,
            QStringLiteral("18 characters expected, got 17"));
        row("phone mobile", {phone, QStringLiteral("+86 138 1234 5678")}, 0,
            QStringLiteral("valid: 138****5678 (mobile)"));
        row("phone landline", {phone, QStringLiteral("(0632)1234567转801")}, 0,
            QStringLiteral("valid: 0632-***4567-801 (landline)"));
        row("phone service", {phone, QStringLiteral("12345")}, 1,
            QStringLiteral("12345 is a service number"));
        row("phone 12x", {phone, QStringLiteral("12812345678")}, 1, QStringLiteral("not 12"));
        row("no kind", {}, 2, QStringLiteral("validate needs a kind"));
        row("no value", {id}, 2, QStringLiteral("validate id needs a value"));
        row("unknown kind", {QStringLiteral("passport"), QStringLiteral("E12345678")}, 2,
            QStringLiteral("unknown kind 'passport'"));
        row("extra argument", {phone, QStringLiteral("138"), QStringLiteral("12345678")}, 2,
            QStringLiteral("takes one value, got 2"));
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, line);
        const Run run = owctl(arguments);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2%3")
                                .arg(run.exitCode)
                                .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
        // Valid (0) and warned (3) print to standard output, the rest to standard error.
        const bool toOut = exitCode == 0 || exitCode == 3;
        const QByteArray& printed = toOut ? run.out : run.err;
        QVERIFY2((toOut ? run.err : run.out).isEmpty(), run.out.constData());
        QVERIFY2(QString::fromUtf8(printed).contains(line), printed.constData());
        QCOMPARE(printed.count('\n'), 1);
        QVERIFY(printed.endsWith('\n'));
        QVERIFY2(!QFileInfo::exists(databasePath()), "validate must not create a database");
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("xdg"))).exists());
    }

    // The age is as of today, and 60 or over is called elderly.
    void printsTheAgeToday()
    {
        const QDate today = QDate::currentDate();
        const Run old = owctl({QStringLiteral("id"), QStringLiteral("11010519491231002X")});
        QCOMPARE(old.exitCode, 0);
        const int oldAge = ow::IdNumber::ageOn(QDate(1949, 12, 31), today);
        QVERIFY2(old.out.contains(QStringLiteral(", age %1 (elderly").arg(oldAge).toUtf8()),
                 old.out.constData());
        const Run young = owctl({QStringLiteral("id"), QStringLiteral("110105200002291235")});
        QCOMPARE(young.exitCode, 0);
        const int youngAge = ow::IdNumber::ageOn(QDate(2000, 2, 29), today);
        QVERIFY2(young.out.contains(
                     QStringLiteral("born 2000-02-29, male, age %1\n").arg(youngAge).toUtf8()),
                 young.out.constData());
    }

    // Whatever is typed, and wherever, the full ID or phone number is not printed back.
    void neverPrintsPersonalDataInFull_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("secret");
        const QString id = QStringLiteral("11010519491231002X");
        const QString mobile = QStringLiteral("13812345678");
        QTest::newRow("valid id") << QStringList{QStringLiteral("id"), id} << id;
        QTest::newRow("lower-case id")
            << QStringList{QStringLiteral("id"), QStringLiteral("11010519491231002x")} << id;
        QTest::newRow("old id") << QStringList{QStringLiteral("id"),
                                               QStringLiteral("110105491231002")}
                                << QStringLiteral("110105491231002");
        QTest::newRow("bad check")
            << QStringList{QStringLiteral("id"), QStringLiteral("110105194912310023")}
            << QStringLiteral("110105194912310023");
        QTest::newRow("19 characters")
            << QStringList{QStringLiteral("id"), QStringLiteral("11010519491231002X1")}
            << QStringLiteral("11010519491231002X1");
        QTest::newRow("id given as the kind") << QStringList{id} << id;
        QTest::newRow("id given as the kind, then a value")
            << QStringList{id, QStringLiteral("x")} << id;
        QTest::newRow("id as a phone") << QStringList{QStringLiteral("phone"), id} << id;
        QTest::newRow("mobile") << QStringList{QStringLiteral("phone"), mobile} << mobile;
        QTest::newRow("mobile as kind") << QStringList{mobile, mobile} << mobile;
        QTest::newRow("landline") << QStringList{QStringLiteral("phone"),
                                                 QStringLiteral("0632-7654321")}
                                  << QStringLiteral("7654321");
    }

    void neverPrintsPersonalDataInFull()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, secret);
        const Run run = owctl(arguments);
        QVERIFY(run.exitCode >= 0);
        QVERIFY(!run.out.isEmpty() || !run.err.isEmpty());
        const QByteArray all = run.out + run.err;
        QVERIFY2(!all.contains(secret.toUtf8()), all.constData());
        QVERIFY2(!all.toUpper().contains(secret.toUpper().toUtf8()), all.constData());
    }
};

QTEST_GUILESS_MAIN(TestOwctlValidate)
#include "TestOwctlValidate.moc"
