#include "scans/ScanService.h"

#include "Database.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "cases/CaseNumber.h"
#include "cases/CaseRepository.h"
#include "cases/ScanFormat.h"
#include "files/KeyStores.h"
#include "files/SecureFileStore.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace ow {

namespace {

QString shortName(const QString& sha256)
{
    return sha256.left(16);
}

} // namespace

ScanService::ScanService(Database& database, SecureFileStore& files, const Clock& clock,
                         AccountService& accounts)
    : m_database(database), m_files(files), m_clock(clock), m_accounts(accounts)
{}

QString ScanService::filesFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".files");
}

QString ScanService::keyFileFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".files.key");
}

Result<std::unique_ptr<SecureFileStore>> ScanService::openFileStore(const QString& databasePath)
{
    using R = Result<std::unique_ptr<SecureFileStore>>;
    const std::unique_ptr<KeyStore> keys = KeyStores::preferred(keyFileFor(databasePath));
    Result<QByteArray> key = keys->loadOrCreateKey();
    if (!key)
        return R::failure(key.error());
    return R::success(
        std::make_unique<SecureFileStore>(filesFolderFor(databasePath), std::move(key).value()));
}

Result<Scan> ScanService::keep(const Session& session, const QByteArray& content,
                               const QString& fileName, const ScanFacts& facts)
{
    using R = Result<Scan>;
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return R::failure(allowed.error());
    const Result<QString> type = ScanFormat::check(content, fileName);
    if (!type)
        return R::failure(type.error());
    if (type.value() != facts.mediaType || facts.pages < 1)
        return R::failure(
            tr("%1 was not read as a %2 file; it was not attached.").arg(fileName, type.value()));
    const Result<QString> stored = m_files.store(content);
    if (!stored)
        return R::failure(stored.error());
    Scan scan;
    scan.sha256 = stored.value();
    scan.mediaType = type.value();
    scan.fileName = QFileInfo(fileName).fileName();
    scan.pages = facts.pages;
    scan.size = content.size();
    scan.addedBy = session.user.name;
    scan.addedAt = m_clock.now();
    if (!facts.thumbnailPng.isEmpty()) {
        const Result<QString> thumbnail = m_files.store(facts.thumbnailPng);
        if (!thumbnail)
            return R::failure(thumbnail.error());
        scan.thumbnailSha256 = thumbnail.value();
    }
    if (const Status audited =
            m_accounts.audit(session, QStringLiteral("scan_attached"), shortName(scan.sha256),
                             QStringLiteral("%1 %2").arg(scan.mediaType).arg(scan.pages));
        !audited)
        return R::failure(audited.error());
    return R::success(scan);
}

Result<bool> ScanService::isReferenced(const QString& sha256) const
{
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM case_scan WHERE sha256 = ?) OR "
                                "EXISTS (SELECT 1 FROM case_scan WHERE thumbnail_sha256 = ?) OR "
                                "EXISTS (SELECT 1 FROM case_material m, json_each(m.scans) j "
                                "WHERE j.value = ?)"),
                 {sha256, sha256, sha256}) ||
        !query.next())
        return Result<bool>::failure(tr("Cannot read which cases use a scan from %1: %2")
                                         .arg(m_database.path(), failureText(query)));
    return Result<bool>::success(query.value(0).toBool());
}

Status ScanService::discard(const Session& session, const Scan& scan, bool stillUsed)
{
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return allowed;
    if (!stillUsed) {
        for (const QString& name : {scan.sha256, scan.thumbnailSha256}) {
            if (name.isEmpty())
                continue;
            const Result<bool> used = isReferenced(name);
            if (!used)
                return Status::failure(used.error());
            if (!used.value()) {
                if (const Status removed = m_files.remove(name); !removed)
                    return removed;
            }
        }
    }
    return m_accounts.audit(session, QStringLiteral("scan_removed"), shortName(scan.sha256));
}

Result<QByteArray> ScanService::open(const Session& session, const QString& caseNumber,
                                     const Scan& scan)
{
    using R = Result<QByteArray>;
    if (const Status allowed = m_accounts.require(session, Action::ViewApplicantArchive); !allowed)
        return R::failure(allowed.error());
    if (const Status audited = m_accounts.audit(session, QStringLiteral("scan_viewed"), caseNumber,
                                                shortName(scan.sha256));
        !audited)
        return R::failure(audited.error());
    return m_files.load(scan.sha256);
}

Result<QByteArray> ScanService::thumbnail(const Session& session, const QString& caseNumber,
                                          const Scan& scan)
{
    using R = Result<QByteArray>;
    if (const Status allowed = m_accounts.require(session, Action::ViewApplicantArchive); !allowed)
        return R::failure(allowed.error());
    if (scan.thumbnailSha256.isEmpty())
        return R::failure(tr("The scan %1 has no thumbnail.").arg(shortName(scan.sha256)));
    if (const Status audited =
            m_accounts.audit(session, QStringLiteral("scan_viewed"), caseNumber,
                             shortName(scan.sha256) + QStringLiteral(" thumbnail"));
        !audited)
        return R::failure(audited.error());
    return m_files.load(scan.thumbnailSha256);
}

Result<CaseArchiveContents> ScanService::archiveContents(const Session& session,
                                                         const QString& caseNumber)
{
    using R = Result<CaseArchiveContents>;
    if (const Status allowed = m_accounts.require(session, Action::ViewApplicantArchive); !allowed)
        return R::failure(allowed.error());
    const std::optional<CaseNumber> number = CaseNumber::parse(caseNumber);
    if (!number)
        return R::failure(tr("'%1' is not a case number.").arg(caseNumber));
    const auto found = CaseRepository(m_database).findByNumber(number->text());
    if (!found)
        return R::failure(found.error());
    if (!found.value())
        return R::failure(tr("There is no case %1 in this database.").arg(number->text()));
    CaseArchiveContents contents;
    contents.caseFile = *found.value();
    int count = 0;
    for (const CaseMaterial& material : std::as_const(contents.caseFile.materials))
        count += int(qMax(material.scans.size(), material.scanFiles.size()));
    // Who read whose papers: recorded before any is read.
    if (const Status audited = m_accounts.audit(session, QStringLiteral("case_archive_read"),
                                                number->text(), QString::number(count));
        !audited)
        return R::failure(audited.error());
    for (const CaseMaterial& material : std::as_const(contents.caseFile.materials)) {
        QList<Scan> scans = material.scanFiles;
        if (scans.isEmpty()) {
            for (const QString& name : material.scans) {
                Scan legacy;
                legacy.sha256 = name;
                legacy.mediaType = QStringLiteral("unknown");
                scans.append(legacy);
            }
        }
        for (Scan& scan : scans) {
            Result<QByteArray> bytes = m_files.load(scan.sha256);
            if (!bytes)
                return R::failure(tr("Scan of %1 in case %2: %3")
                                      .arg(material.name, number->text(), bytes.error()));
            if (scan.mediaType == QLatin1String("unknown")) {
                scan.mediaType = ScanFormat::sniff(bytes.value());
                scan.size = bytes.value().size();
            }
            contents.scans.append(
                ScanContent{material.key, material.name, scan, std::move(bytes).value()});
        }
    }
    return R::success(std::move(contents));
}

} // namespace ow
