#pragma once

#include "access/Session.h"
#include "cases/CaseSignature.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ow {

class AccountService;
class Database;
class SecureFileStore;

// The signatures given for a case at the counter (the applicant's, or the agent's). The PNG goes
// to the encrypted file store first (named by its SHA-256; a crash after that leaves only an
// unreferenced encrypted file), then its row and the audit record case_signed are one
// transaction. A signature is never replaced: one per signer and case.
class CaseSignatureService
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseSignatureService)

public:
    static constexpr qsizetype MaxPngBytes = 2 * 1024 * 1024;

    CaseSignatureService(Database& database, const Clock& clock, AccountService& accounts,
                         SecureFileStore& files);

    // Needs TakeIntake. The agent signs only a case that has one; an archived case takes none.
    Result<CaseSignature> sign(const Session& session, const QString& caseId,
                               CaseSignature::Signer signer, const QByteArray& png);
    // Every signature of the case with its PNG read back (and checked) from the store. Needs
    // ViewApplicantArchive.
    Result<QList<CaseSignature>> signaturesOf(const Session& session, const QString& caseId);

private:
    Database& m_database;
    const Clock& m_clock;
    AccountService& m_accounts;
    SecureFileStore& m_files;
};

} // namespace ow
