// Nothing secret or personal in what the programs print or log: a scripted day (setup, users,
// wrong passwords, sign-ins, audit export, guide print, the GUI start) with Qt's debug logging
// on, and every byte of standard output and error searched for the passwords used and for
// anything that looks like a resident ID or a mobile number.
#include "TestPaths.h"
#include "security/PersonalData.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AdminPassword = QStringLiteral("Hidden2026boss");
const QString ClerkPassword = QStringLiteral("Hidden2026desk");
const QString WrongPassword = QStringLiteral("Mistyped2026pw");

} // namespace

class TestNoSecretsInOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_output;

    // Runs a program and keeps everything it printed; returns its exit code.
    int run(const QString& program, const QStringList& arguments,
            const QMap<QString, QString>& env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(ow::test::binaryPath(program), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        m_output += process.readAllStandardOutput();
        m_output += process.readAllStandardError();
        return process.exitCode();
    }

    // Tokens of the output that look like a resident ID or a mobile number. UUIDs (connection
    // names, case ids in Qt's debug output) and SHA-256 hashes (the audit export) are not personal
    // data, but a run of their digits can look like a number: they are taken out first, and only
    // tokens that stand on their own count.
    static QStringList personalLookingTokens(const QByteArray& output)
    {
        static const QRegularExpression uuid(QStringLiteral(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
        static const QRegularExpression hash(QStringLiteral("[0-9a-fA-F]{32,}"));
        static const QRegularExpression token(
            QStringLiteral("(?<![0-9A-Za-z])[0-9Xx+\\-()]{11,}(?![0-9A-Za-z])"));
        const QString text = QString::fromUtf8(output).remove(uuid).remove(hash);
        QStringList found;
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QString candidate = it.next().captured(0);
            if (ow::PersonalData::looksLikeIdNumber(candidate) ||
                ow::PersonalData::looksLikePhone(candidate))
                found.append(candidate);
        }
        return found;
    }

private slots:
    void theScanFindsWhatItLooksFor()
    {
        QCOMPARE(
            personalLookingTokens("applicant 11010519491231002X, phone 138-1234-5678."),
            (QStringList{QStringLiteral("11010519491231002X"), QStringLiteral("138-1234-5678")}));
        QCOMPARE(personalLookingTokens("{\"id\":\"440524188001010014\"}"),
                 QStringList{QStringLiteral("440524188001010014")});
        QVERIFY(personalLookingTokens(
                    "hash 3f2a685716327708614b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a")
                    .isEmpty());
        QVERIFY(personalLookingTokens("ow-local-12345678-1234-4234-8234-138123456789 opened")
                    .isEmpty());
    }

    void aScriptedDay()
    {
        const QString db = m_dir.filePath(QStringLiteral("day.sqlite"));
        const QString owctl = QStringLiteral("app/cli/owctl");
        QCOMPARE(
            run(owctl,
                {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--center"),
                 QStringLiteral("XC01"), QStringLiteral("--center-name"), QStringLiteral("中心"),
                 QStringLiteral("--window"), QStringLiteral("2"), QStringLiteral("--admin"),
                 QStringLiteral("admin")},
                {{QStringLiteral("OWCTL_PASSWORD"), AdminPassword}}),
            0);
        QCOMPARE(run(owctl,
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"),
                      QStringLiteral("--role"), QStringLiteral("clerk")},
                     {{QStringLiteral("OWCTL_PASSWORD"), AdminPassword},
                      {QStringLiteral("OWCTL_NEW_PASSWORD"), ClerkPassword}}),
                 0);
        QCOMPARE(run(owctl,
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"),
                      QStringLiteral("user"), QStringLiteral("list")},
                     {{QStringLiteral("OWCTL_PASSWORD"), WrongPassword}}),
                 4);
        QCOMPARE(run(owctl,
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), WrongPassword,
                      QStringLiteral("user"), QStringLiteral("list")},
                     {{QStringLiteral("OWCTL_PASSWORD"), ClerkPassword}}),
                 4);
        QCOMPARE(run(owctl,
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--json")},
                     {{QStringLiteral("OWCTL_PASSWORD"), AdminPassword}}),
                 0);
        QCOMPARE(run(owctl, {QStringLiteral("--db"), db, QStringLiteral("guide"),
                             QStringLiteral("print"), QStringLiteral("P082"), QStringLiteral("-o"),
                             m_dir.filePath(QStringLiteral("p082.pdf"))}),
                 0);
        QCOMPARE(run(QStringLiteral("app/onewindow"),
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"),
                      QStringLiteral("--exit-after-startup")},
                     {{QStringLiteral("ONEWINDOW_PASSWORD"), ClerkPassword}}),
                 0);
        QCOMPARE(run(QStringLiteral("app/onewindow"),
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"),
                      QStringLiteral("--exit-after-startup")},
                     {{QStringLiteral("ONEWINDOW_PASSWORD"), WrongPassword}}),
                 1);
        QVERIFY(!m_output.isEmpty()); // the day did produce output to search

        // WrongPassword appears once legitimately: as the --user value echoed? It must not.
        for (const QString& secret : {AdminPassword, ClerkPassword, WrongPassword})
            QVERIFY2(!m_output.contains(secret.toUtf8()), qPrintable(secret));
        const QStringList found = personalLookingTokens(m_output);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestNoSecretsInOutput)
#include "TestNoSecretsInOutput.moc"
