#include "cases/CaseSignatureService.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValues.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "files/SecureFileStore.h"

#include <QSqlQuery>

namespace ow {

CaseSignatureService::CaseSignatureService(Database& database, const Clock& clock,
                                           AccountService& accounts, SecureFileStore& files)
    : m_database(database), m_clock(clock), m_accounts(accounts), m_files(files)
{}

Result<CaseSignature> CaseSignatureService::sign(const Session& session, const QString& caseId,
                                                 CaseSignature::Signer signer,
                                                 const QByteArray& png)
{
    using R = Result<CaseSignature>;
    if (const Status allowed = m_accounts.require(session, Action::TakeIntake); !allowed)
        return R::failure(allowed.error());
    if (png.isEmpty())
        return R::failure(tr("The signature is empty: ask the signer to sign again."));
    if (!CaseSignature::looksLikePng(png))
        return R::failure(tr("The signature is not a PNG image."));
    if (png.size() > MaxPngBytes)
        return R::failure(tr("The signature image is too large (%1 bytes, at most %2).")
                              .arg(png.size())
                              .arg(MaxPngBytes));
    CaseRepository cases(m_database);
    const Result<Case> c = cases.load(caseId);
    if (!c)
        return R::failure(c.error());
    if (signer == CaseSignature::Signer::Agent && !c.value().agent)
        return R::failure(
            tr("Case %1 has no agent: the applicant signs it.").arg(c.value().number));
    if (c.value().status() == CaseStatus::Archived)
        return R::failure(
            tr("Case %1 is archived: it takes no more signatures.").arg(c.value().number));

    const Result<QString> stored = m_files.store(png);
    if (!stored)
        return R::failure(stored.error());
    CaseSignature signature;
    signature.signer = signer;
    signature.sha256 = stored.value();
    signature.signedAt = m_clock.now();
    signature.recordedBy = session.user.name;
    signature.png = png;

    SqlTransaction transaction(m_database.connection());
    if (!transaction.beginImmediate())
        return R::failure(
            tr("Cannot store the signature in %1: %2").arg(m_database.path(), transaction.error()));
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT 1 FROM case_signature WHERE case_id = ? AND signer = ?"),
                 {caseId, CaseSignature::signerKey(signer)}))
        return R::failure(tr("Cannot read the signatures from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    if (query.next())
        return R::failure(
            signer == CaseSignature::Signer::Agent
                ? tr("Case %1 already has the agent's signature.").arg(c.value().number)
                : tr("Case %1 already has the applicant's signature.").arg(c.value().number));
    query.finish();
    if (!execute(query,
                 QStringLiteral("INSERT INTO case_signature (case_id, signer, sha256, signed_at, "
                                "recorded_by) VALUES (?, ?, ?, ?, ?)"),
                 {caseId, CaseSignature::signerKey(signer), signature.sha256,
                  timeValue(signature.signedAt), session.user.name}))
        return R::failure(
            tr("Cannot store the signature in %1: %2").arg(m_database.path(), failureText(query)));
    AuditLog audit(m_database, m_clock, session.hall.centerCode,
                   QString::number(session.hall.window));
    if (const Status s = audit.append(session.user.name, QStringLiteral("case_signed"),
                                      c.value().number, CaseSignature::signerKey(signer));
        !s)
        return R::failure(s.error());
    if (!transaction.commit())
        return R::failure(
            tr("Cannot store the signature in %1: %2").arg(m_database.path(), transaction.error()));
    return R::success(signature);
}

Result<QList<CaseSignature>> CaseSignatureService::signaturesOf(const Session& session,
                                                                const QString& caseId)
{
    using R = Result<QList<CaseSignature>>;
    if (const Status allowed = m_accounts.require(session, Action::ViewApplicantArchive); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_database.connection());
    if (!execute(query,
                 QStringLiteral("SELECT signer, sha256, signed_at, recorded_by FROM "
                                "case_signature WHERE case_id = ? ORDER BY signer DESC"),
                 {caseId}))
        return R::failure(tr("Cannot read the signatures from %1: %2")
                              .arg(m_database.path(), failureText(query)));
    QList<CaseSignature> signatures;
    while (query.next()) {
        CaseSignature signature;
        signature.signer = CaseSignature::signerFromKey(query.value(0).toString())
                               .value_or(CaseSignature::Signer::Applicant);
        signature.sha256 = query.value(1).toString();
        signature.signedAt = timeFrom(query.value(2));
        signature.recordedBy = query.value(3).toString();
        signatures.append(signature);
    }
    for (CaseSignature& signature : signatures) {
        Result<QByteArray> png = m_files.load(signature.sha256);
        if (!png)
            return R::failure(png.error());
        signature.png = std::move(png).value();
    }
    return R::success(signatures);
}

} // namespace ow
