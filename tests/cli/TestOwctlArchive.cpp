// owctl case archive as a person runs it: a hall database set up by owctl, a case with a scanned
// image and a three-page PDF stored through the encrypted store, owctl run as a process. The PDF
// must open (pdfinfo, poppler-utils) with the form, the receipt and every scan page; the manifest's
// hashes must match the files; a non-empty folder is refused without --force; administrators are
// refused; an altered scan stops the archive; and nothing personal reaches the output.
#include "Database.h"
#include "ProgramRun.h"
#include "ScanSamples.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "cases/IntakeDraft.h"
#include "cases/ScanFormat.h"
#include "common/Clock.h"
#include "files/SecureFileStore.h"
#include "scans/ScanService.h"
#include "validation/IdNumber.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

const QString Password = QStringLiteral("Counter2026ok");
const QDate Day(2026, 11, 30);
using Run = ow::test::ProgramRun;

Run owctl(const QStringList& arguments)
{
    return ow::test::runProgram(QStringLiteral("app/cli/owctl"), arguments,
                                {{QStringLiteral("OWCTL_PASSWORD"), Password},
                                 {QStringLiteral("OWCTL_NEW_PASSWORD"), Password},
                                 {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()},
                                 {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The page count pdfinfo (poppler-utils) reads from a PDF; -1 when it cannot open it.
int pdfinfoPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestOwctlArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_number;
    QByteArray m_png = test::pngSample();
    QByteArray m_pdf = test::pdfSample(3);
    Scan m_pdfScan;

    QStringList as(const QString& user) const
    {
        return {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user};
    }
    Run archive(const QString& user, const QString& folder, bool force = false)
    {
        QStringList arguments = as(user) << QStringLiteral("case") << QStringLiteral("archive")
                                         << m_number << QStringLiteral("-o") << folder;
        if (force)
            arguments << QStringLiteral("--force");
        return owctl(arguments);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the same key file as owctl
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdfinfo (poppler-utils, packaging/install-deps.sh) is needed");
        m_db = m_dir.filePath(QStringLiteral("hall.sqlite"));
        const Run init =
            owctl({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--center"),
                   QStringLiteral("XC01"), QStringLiteral("--center-name"),
                   QStringLiteral("薛城区政务服务中心"), QStringLiteral("--window"),
                   QStringLiteral("3"), QStringLiteral("--admin"), QStringLiteral("admin")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run added =
            owctl(as(QStringLiteral("admin"))
                  << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("clerk")
                  << QStringLiteral("--role") << QStringLiteral("clerk"));
        QVERIFY2(added.exitCode == 0, added.err.constData());

        // A case with two scans, stored as the intake screen stores them.
        auto opened = Database::open(m_db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database& database = *opened.value();
        const SystemClock clock;
        AccountService accounts(database, clock);
        const Session clerk = accounts.signIn(QStringLiteral("clerk"), Password).value();
        auto files = ScanService::openFileStore(m_db);
        QVERIFY2(files.ok(), qPrintable(files.error()));
        ScanService scans(database, *files.value(), clock, accounts);
        const Result<Scan> image = scans.keep(clerk, m_png, QStringLiteral("身份证.png"),
                                              ScanFacts{ScanFormat::Png, 1, {}});
        const Result<Scan> pdf = scans.keep(clerk, m_pdf, QStringLiteral("户口簿.pdf"),
                                            ScanFacts{ScanFormat::Pdf, 3, {}});
        QVERIFY(image.ok() && pdf.ok());
        m_pdfScan = pdf.value();

        Case c;
        c.centerCode = QStringLiteral("XC01");
        c.window = 3;
        c.clerk = QStringLiteral("clerk");
        c.receivedAt = QDateTime(Day, QTime(9, 0));
        c.applicant.name = QStringLiteral("张三");
        const QString first17 = QStringLiteral("37040219850312123");
        c.applicant.identifier = first17 + IdNumber::checkCharacter(first17);
        c.applicant.phone = QStringLiteral("13812345678");
        c.itemCodes = {QStringLiteral("P001")};
        CaseMaterial id;
        id.key = QStringLiteral("id_card");
        id.name = QStringLiteral("居民身份证");
        id.state = CaseMaterial::State::Received;
        CaseMaterial book = id;
        book.key = QStringLiteral("household_register");
        book.name = QStringLiteral("户口簿");
        IntakeDraft draft;
        draft.materials = {id, book};
        QVERIFY(draft.attachScan(0, image.value()).ok());
        QVERIFY(draft.attachScan(1, pdf.value()).ok());
        c.materials = draft.materials;
        c.events = {CaseEvent{CaseStatus::Received, c.receivedAt, c.clerk, {}}};
        AuditLog audit(database, clock, QStringLiteral("XC01"), QStringLiteral("3"));
        CaseRepository cases(database);
        const Result<Case> created = cases.create(c, audit);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const Status accepted = cases.recordDecision(
            created.value().id,
            CaseEvent{CaseStatus::Accepted, QDateTime(Day, QTime(9, 20)), c.clerk, {}},
            created.value().materials, Day, QDate(2026, 12, 7), false, QStringLiteral("2026-1"),
            QString(), audit);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        m_number = created.value().number;
    }

    void archiveHoldsEveryPartWithItsHash()
    {
        const QString folder = m_dir.filePath(QStringLiteral("archive/new"));
        const Run run = archive(QStringLiteral("clerk"), folder);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString pdfPath = QDir(folder).filePath(m_number + QStringLiteral(".pdf"));
        const QString manifestPath =
            QDir(folder).filePath(m_number + QStringLiteral(".manifest.json"));
        QVERIFY(run.out.contains(pdfPath.toUtf8()));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2); // no leftovers

        QJsonParseError error;
        const QJsonObject manifest =
            QJsonDocument::fromJson(readAll(manifestPath), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(manifest[QStringLiteral("case_number")].toString(), m_number);
        QCOMPARE(manifest[QStringLiteral("format_version")].toInt(), 1);
        QVERIFY(QDateTime::fromString(manifest[QStringLiteral("generated_at")].toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(
            !manifest[QStringLiteral("generator")][QStringLiteral("version")].toString().isEmpty());
        const QByteArray pdfBytes = readAll(pdfPath);
        QCOMPARE(manifest[QStringLiteral("pdf")][QStringLiteral("sha256")].toString(),
                 sha256(pdfBytes));
        QCOMPARE(manifest[QStringLiteral("pdf")][QStringLiteral("size")].toInteger(),
                 pdfBytes.size());

        const QJsonArray parts = manifest[QStringLiteral("parts")].toArray();
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0][QStringLiteral("kind")].toString(), QStringLiteral("form"));
        QCOMPARE(parts[1][QStringLiteral("kind")].toString(), QStringLiteral("decision_document"));
        QCOMPARE(parts[2][QStringLiteral("kind")].toString(), QStringLiteral("scan"));
        QCOMPARE(parts[2][QStringLiteral("sha256")].toString(), sha256(m_png));
        QCOMPARE(parts[2][QStringLiteral("pages")].toInt(), 1);
        QCOMPARE(parts[2][QStringLiteral("file_name")].toString(), QStringLiteral("身份证.png"));
        QCOMPARE(parts[3][QStringLiteral("sha256")].toString(), sha256(m_pdf));
        QCOMPARE(parts[3][QStringLiteral("pages")].toInt(), 3);
        QCOMPARE(parts[3][QStringLiteral("media_type")].toString(),
                 QStringLiteral("application/pdf"));
        int next = 1;
        for (const QJsonValue& part : parts) {
            QCOMPARE(part[QStringLiteral("first_page")].toInt(), next);
            QVERIFY(part[QStringLiteral("pages")].toInt() >= 1);
            QCOMPARE(part[QStringLiteral("sha256")].toString().size(), 64);
            next += part[QStringLiteral("pages")].toInt();
        }
        const int pages = next - 1;
        QCOMPARE(manifest[QStringLiteral("pdf")][QStringLiteral("pages")].toInt(), pages);
        // The PDF opens in another reader with exactly those pages.
        QCOMPARE(pdfinfoPages(pdfPath), pages);
        QVERIFY(pages >= 2 + 1 + 3);

        // Nothing personal on the terminal.
        QVERIFY(!run.out.contains("370402198503121"));
        QVERIFY(!run.err.contains("370402198503121"));

        // Recorded: the read of the scans and the archive itself.
        auto opened = Database::open(m_db);
        QVERIFY(opened.ok());
        const SystemClock clock;
        QStringList actions;
        for (const AuditRecord& record :
             AuditLog(*opened.value(), clock, QStringLiteral("XC01"), QStringLiteral("3"))
                 .list()
                 .value())
            if (record.subject == m_number)
                actions.append(record.action);
        QVERIFY(actions.contains(QStringLiteral("case_archive_read")));
        QVERIFY(actions.contains(QStringLiteral("case_archived")));
    }

    void aFolderInUseNeedsForce()
    {
        const QString folder = m_dir.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(folder));
        QFile other(QDir(folder).filePath(QStringLiteral("other.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("keep me");
        other.close();
        const Run refused = archive(QStringLiteral("clerk"), folder);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QVERIFY(!QFile::exists(QDir(folder).filePath(m_number + QStringLiteral(".pdf"))));
        const Run forced = archive(QStringLiteral("clerk"), folder, true);
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(QFile::exists(QDir(folder).filePath(m_number + QStringLiteral(".manifest.json"))));
        QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("other.txt"))),
                 QByteArray("keep me"));
        // A file is no folder.
        const Run notFolder = archive(QStringLiteral("clerk"), other.fileName(), true);
        QCOMPARE(notFolder.exitCode, 1);
    }

    void administratorsAndBadArgumentsAreRefused()
    {
        const Run admin = archive(QStringLiteral("admin"), m_dir.filePath(QStringLiteral("a")));
        QCOMPARE(admin.exitCode, 4);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("a"))));
        const Run noFolder =
            owctl(as(QStringLiteral("clerk"))
                  << QStringLiteral("case") << QStringLiteral("archive") << m_number);
        QCOMPARE(noFolder.exitCode, 2);
        const Run noCase = owctl(as(QStringLiteral("clerk"))
                                 << QStringLiteral("case") << QStringLiteral("archive")
                                 << QStringLiteral("XC01-03-20261130-0099") << QStringLiteral("-o")
                                 << m_dir.filePath(QStringLiteral("none")));
        QCOMPARE(noCase.exitCode, 1);
    }

    void aDeliveredCaseIsFiledWithItsArchive()
    {
        // A case delivered three days ago: archiving it files it (归档), for a supervisor only.
        const QDate day = QDate::currentDate().addDays(-3);
        QString id, number;
        {
            auto opened = Database::open(m_db);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            Database& database = *opened.value();
            const SystemClock clock;
            Case c;
            c.centerCode = QStringLiteral("XC01");
            c.window = 3;
            c.clerk = QStringLiteral("clerk");
            c.receivedAt = QDateTime(day, QTime(9, 0));
            c.applicant.name = QStringLiteral("李四");
            const QString first17 = QStringLiteral("37040219800101123");
            c.applicant.identifier = first17 + IdNumber::checkCharacter(first17);
            c.itemCodes = {QStringLiteral("P001")};
            CaseMaterial card;
            card.key = QStringLiteral("id_card");
            card.name = QStringLiteral("居民身份证");
            card.state = CaseMaterial::State::Received;
            c.materials = {card};
            c.events = {CaseEvent{CaseStatus::Received, c.receivedAt, c.clerk, {}}};
            AuditLog audit(database, clock, QStringLiteral("XC01"), QStringLiteral("3"));
            CaseRepository cases(database);
            const Result<Case> created = cases.create(c, audit);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            id = created.value().id;
            number = created.value().number;
            QVERIFY(
                cases
                    .recordDecision(
                        id,
                        CaseEvent{CaseStatus::Accepted, QDateTime(day, QTime(9, 10)), c.clerk, {}},
                        created.value().materials, day, day.addDays(5), false,
                        QStringLiteral("2026-1"), QString(), audit)
                    .ok());
            int minute = 20;
            for (CaseStatus to :
                 {CaseStatus::UnderReview, CaseStatus::Concluded, CaseStatus::Delivered})
                QVERIFY(cases
                            .appendEvent(
                                id,
                                CaseEvent{to, QDateTime(day, QTime(9, minute += 10)), c.clerk, {}},
                                audit, QStringLiteral("case_step"))
                            .ok());
        }
        const auto archiveAs = [&](const QString& user, const QString& folder) {
            return owctl(as(user) << QStringLiteral("case") << QStringLiteral("archive") << number
                                  << QStringLiteral("-o") << m_dir.filePath(folder));
        };
        // A clerk gets the archive written but may not file the case.
        const Run clerk = archiveAs(QStringLiteral("clerk"), QStringLiteral("filed/clerk"));
        QCOMPARE(clerk.exitCode, 1);
        QVERIFY2(clerk.err.contains("not marked"), clerk.err.constData());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("filed/clerk/%1.pdf").arg(number))));
        const Run added =
            owctl(as(QStringLiteral("admin"))
                  << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("boss")
                  << QStringLiteral("--role") << QStringLiteral("supervisor"));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run boss = archiveAs(QStringLiteral("boss"), QStringLiteral("filed/boss"));
        QVERIFY2(boss.exitCode == 0, boss.err.constData());
        QVERIFY2(boss.out.contains("归档"), boss.out.constData());
        auto opened = Database::open(m_db);
        QVERIFY(opened.ok());
        const Result<Case> filed = CaseRepository(*opened.value()).load(id);
        QVERIFY(filed.ok());
        QCOMPARE(filed.value().status(), CaseStatus::Archived);
        QVERIFY(filed.value().events.last().note.contains(QStringLiteral("SHA-256")));
    }

    void anAlteredScanStopsTheArchive()
    {
        auto files = ScanService::openFileStore(m_db);
        QVERIFY(files.ok());
        const QString path = files.value()->pathFor(m_pdfScan.sha256);
        QByteArray sealed = readAll(path);
        sealed[sealed.size() / 2] = char(sealed[sealed.size() / 2] ^ 0x40);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sealed);
        file.close();
        const QString folder = m_dir.filePath(QStringLiteral("after-tamper"));
        const Run run = archive(QStringLiteral("clerk"), folder);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("integrity"), run.err.constData());
        QVERIFY(!QFile::exists(QDir(folder).filePath(m_number + QStringLiteral(".pdf"))));
    }
};

QTEST_MAIN(TestOwctlArchive)
#include "TestOwctlArchive.moc"
