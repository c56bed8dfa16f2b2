// Signatures kept with a case: the PNG goes through the encrypted file store and comes back the
// same; what is refused stores nothing; a signature row can be neither changed nor removed.
#include "Database.h"
#include "DatabaseSetup.h"
#include "ManualClock.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseService.h"
#include "cases/CaseSignatureService.h"
#include "catalog/CatalogSeed.h"
#include "files/SecureFileStore.h"
#include "guide/GuideRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// A 1 × 1 PNG: enough for the store, which keeps bytes and never decodes them.
const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"
    "==");

QByteArray key()
{
    return QByteArray(32, '\x5a');
}

} // namespace

class TestCaseSignatureService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    test::ManualClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<AccountService> m_accounts;
    WorkCalendar m_calendar;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<SecureFileStore> m_files;
    std::unique_ptr<CaseSignatureService> m_signatures;
    QHash<QString, Guide> m_guides;
    int m_counter = 0;

    Session signIn(const QString& name)
    {
        return m_accounts->signIn(name, QStringLiteral("Counter2026ok")).value();
    }

    Case takeIn(bool withAgent)
    {
        IntakeDraft d;
        d.applicant.name = QStringLiteral("张三");
        d.applicant.identifier = QStringLiteral("11010519491231002X");
        d.itemCodes = {QStringLiteral("P115")};
        if (withAgent)
            d.agent = Agent{QStringLiteral("李四"), QStringLiteral("11010519491231002X"), QString(),
                            QStringLiteral("授权委托书")};
        d.mergeChecklist(m_guides, GuideRepository(*m_database).dictionary().value());
        for (CaseMaterial& m : d.materials)
            m.state = CaseMaterial::State::Received;
        Result<Case> taken = m_cases->takeIn(signIn(QStringLiteral("clerk")), d,
                                             IntakeDraft::Decision::Accept, QString(), m_guides);
        if (!taken)
            qFatal("%s", qPrintable(taken.error()));
        return taken.value();
    }

    int signatureRows()
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM case_signature")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private slots:
    void init()
    {
        qputenv("TZ", "Asia/Shanghai");
        m_signatures.reset();
        m_files.reset();
        m_cases.reset();
        m_accounts.reset();
        m_database.reset();
        const QString name = QStringLiteral("s%1").arg(++m_counter);
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(name + QStringLiteral(".sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        m_database = std::move(prepared.value().database);
        m_accounts = std::make_unique<AccountService>(*m_database, m_clock);
        QVERIFY(m_accounts
                    ->setUpHall({QStringLiteral("XC01"), QStringLiteral("中心"), 3, 5},
                                QStringLiteral("admin"), QStringLiteral("管理员"),
                                QStringLiteral("Counter2026ok"))
                    .ok());
        QVERIFY(m_accounts
                    ->addUser(signIn(QStringLiteral("admin")),
                              {QStringLiteral("clerk"),
                               QStringLiteral("李"),
                               Role::Clerk,
                               {},
                               false,
                               true,
                               0,
                               {}},
                              QStringLiteral("Counter2026ok"))
                    .ok());
        m_calendar = CalendarData::load().value();
        m_cases = std::make_unique<CaseService>(*m_database, m_clock, m_calendar, *m_accounts);
        m_files = std::make_unique<SecureFileStore>(m_dir.filePath(name + QStringLiteral("-files")),
                                                    key());
        m_signatures =
            std::make_unique<CaseSignatureService>(*m_database, m_clock, *m_accounts, *m_files);
        m_guides = GuideRepository(*m_database).latestAll().value();
    }

    void signatureRoundTripsThroughTheEncryptedStore()
    {
        const Case c = takeIn(false);
        const Session clerk = signIn(QStringLiteral("clerk"));
        const Result<CaseSignature> signedCase =
            m_signatures->sign(clerk, c.id, CaseSignature::Signer::Applicant, Png);
        QVERIFY2(signedCase.ok(), qPrintable(signedCase.error()));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(Png, QCryptographicHash::Sha256).toHex());
        QCOMPARE(signedCase.value().sha256, sha);
        QCOMPARE(signedCase.value().signedAt, m_clock.now());

        // On disk: encrypted, the PNG's bytes nowhere in it.
        QFile onDisk(m_files->pathFor(sha));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        const QByteArray stored = onDisk.readAll();
        onDisk.close();
        QVERIFY(stored.startsWith(SecureFileStore::Magic));
        QVERIFY(!stored.contains(Png.mid(8, 16)));
        QVERIFY(!stored.contains("IHDR"));

        const Result<QList<CaseSignature>> back = m_signatures->signaturesOf(clerk, c.id);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value().size(), 1);
        QCOMPARE(back.value().first().png, Png);
        QCOMPARE(back.value().first().signer, CaseSignature::Signer::Applicant);
        QCOMPARE(back.value().first().recordedBy, QStringLiteral("clerk"));

        // The audit says who signed which case, nothing of the image.
        const QList<AuditRecord> records = m_accounts->auditLog().list().value();
        QCOMPARE(records.last().action, QStringLiteral("case_signed"));
        QCOMPARE(records.last().subject, c.number);
        QCOMPARE(records.last().detail, QStringLiteral("applicant"));

        // A file altered on disk is refused when read back.
        QVERIFY(QFile::setPermissions(m_files->pathFor(sha), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(onDisk.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray altered = stored;
        altered[altered.size() - 1] = char(altered.at(altered.size() - 1) ^ 1);
        onDisk.write(altered);
        onDisk.close();
        QVERIFY(!m_signatures->signaturesOf(clerk, c.id).ok());
    }

    void theAgentSignsForTheApplicant()
    {
        const Case c = takeIn(true);
        const Session clerk = signIn(QStringLiteral("clerk"));
        QVERIFY(m_signatures->sign(clerk, c.id, CaseSignature::Signer::Agent, Png).ok());
        QCOMPARE(m_signatures->signaturesOf(clerk, c.id).value().first().signer,
                 CaseSignature::Signer::Agent);
        const Case alone = takeIn(false);
        const Result<CaseSignature> noAgent =
            m_signatures->sign(clerk, alone.id, CaseSignature::Signer::Agent, Png);
        QVERIFY(!noAgent.ok());
        QVERIFY2(noAgent.error().contains(QStringLiteral("no agent")), qPrintable(noAgent.error()));
        QCOMPARE(signatureRows(), 1);
    }

    void whatIsRefusedStoresNothing()
    {
        const Case c = takeIn(false);
        const Session clerk = signIn(QStringLiteral("clerk"));
        QVERIFY(!m_signatures->sign(clerk, c.id, CaseSignature::Signer::Applicant, {}).ok());
        const Result<CaseSignature> notPng = m_signatures->sign(
            clerk, c.id, CaseSignature::Signer::Applicant, QByteArray("GIF89a not a png"));
        QVERIFY(!notPng.ok());
        QVERIFY2(notPng.error().contains(QStringLiteral("PNG")), qPrintable(notPng.error()));
        const Result<CaseSignature> byAdmin = m_signatures->sign(
            signIn(QStringLiteral("admin")), c.id, CaseSignature::Signer::Applicant, Png);
        QVERIFY(!byAdmin.ok());
        QVERIFY(!m_signatures
                     ->sign(clerk, QStringLiteral("00000000-0000-0000-0000-000000000000"),
                            CaseSignature::Signer::Applicant, Png)
                     .ok());
        QCOMPARE(signatureRows(), 0);
        QVERIFY(!m_files->contains(QString::fromLatin1(
            QCryptographicHash::hash(Png, QCryptographicHash::Sha256).toHex())));
    }

    void aSignatureIsNeverReplaced()
    {
        const Case c = takeIn(false);
        const Session clerk = signIn(QStringLiteral("clerk"));
        QVERIFY(m_signatures->sign(clerk, c.id, CaseSignature::Signer::Applicant, Png).ok());
        const Result<CaseSignature> again =
            m_signatures->sign(clerk, c.id, CaseSignature::Signer::Applicant, Png);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("already")), qPrintable(again.error()));
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE case_signature SET signer = 'agent'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM case_signature")));
        QCOMPARE(signatureRows(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCaseSignatureService)
#include "TestCaseSignatureService.moc"
