#include "cases/CaseSignature.h"

namespace ow {

QString CaseSignature::signerKey(Signer signer)
{
    return signer == Signer::Agent ? QStringLiteral("agent") : QStringLiteral("applicant");
}

std::optional<CaseSignature::Signer> CaseSignature::signerFromKey(const QString& key)
{
    if (key == QLatin1String("applicant"))
        return Signer::Applicant;
    if (key == QLatin1String("agent"))
        return Signer::Agent;
    return std::nullopt;
}

bool CaseSignature::looksLikePng(const QByteArray& bytes)
{
    static const QByteArray magic("\x89PNG\r\n\x1a\n", 8);
    return bytes.startsWith(magic);
}

} // namespace ow
