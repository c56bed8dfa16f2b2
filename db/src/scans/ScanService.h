#pragma once

#include "access/Session.h"
#include "cases/Case.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace ow {

class AccountService;
class Database;
class SecureFileStore;

// What the print layer found out about a file before it is kept (ScanInspector): its media type
// from the magic bytes, its page count, and the small PNG shown for it.
struct ScanFacts
{
    QString mediaType;
    int pages = 0;
    QByteArray thumbnailPng;
};

// One scan of a case with its original bytes, read back from the encrypted store and checked.
struct ScanContent
{
    QString materialKey;
    QString materialName;
    Scan scan;
    QByteArray content;
};

// Everything an electronic archive (归档) of one case is made from.
struct CaseArchiveContents
{
    Case caseFile;
    QList<ScanContent> scans; // in checklist order, then attachment order
};

// Scans of applicants' papers: kept encrypted in the file store (SecureFileStore: named by
// SHA-256, atomic write, refused when altered), described per case in case_scan. Keeping a file
// needs the right to take cases in; every look at a stored scan (its bytes or its thumbnail)
// needs the right to see applicants and is recorded in the audit log before it is returned.
// File names and contents never reach the audit log: only the first 16 characters of the hash.
class ScanService
{
    Q_DECLARE_TR_FUNCTIONS(ow::ScanService)

public:
    ScanService(Database& database, SecureFileStore& files, const Clock& clock,
                AccountService& accounts);

    // Where the encrypted files of a database live: beside it, "<database>.files/".
    static QString filesFolderFor(const QString& databasePath);
    // The owner-only key file used when no desktop keychain answers: "<database>.files.key".
    static QString keyFileFor(const QString& databasePath);
    // The file store of a database, its key from the keychain or the key file.
    static Result<std::unique_ptr<SecureFileStore>> openFileStore(const QString& databasePath);

    // Stores content (checked again: magic bytes and size) and its thumbnail; the Scan to attach
    // to a material of the draft. Storing the same bytes twice writes nothing the second time.
    Result<Scan> keep(const Session& session, const QByteArray& content, const QString& fileName,
                      const ScanFacts& facts);
    // A scan taken off a material before the decision: its files leave the store unless a case
    // (or the draft, stillUsed) still uses them.
    Status discard(const Session& session, const Scan& scan, bool stillUsed = false);
    // Whether any stored case refers to the file (as a scan or a thumbnail).
    Result<bool> isReferenced(const QString& sha256) const;

    // A look at a scan of a case: the original bytes or the thumbnail PNG. Audited.
    Result<QByteArray> open(const Session& session, const QString& caseNumber, const Scan& scan);
    Result<QByteArray> thumbnail(const Session& session, const QString& caseNumber,
                                 const Scan& scan);

    // The case and every scan of it, read back and checked, for its electronic archive; recorded
    // in the audit log as case_archive_read before anything is returned.
    Result<CaseArchiveContents> archiveContents(const Session& session, const QString& caseNumber);

private:
    Database& m_database;
    SecureFileStore& m_files;
    const Clock& m_clock;
    AccountService& m_accounts;
};

} // namespace ow
