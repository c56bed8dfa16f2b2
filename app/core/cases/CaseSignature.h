#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ow {

// The handwritten signature of whoever signs for the case at the counter — the applicant, or
// the agent (代办人) acting for them — drawn on screen or on a pen pad and kept with the case as
// a PNG in the encrypted file store (it is personal data, like a scan).
struct CaseSignature
{
    enum class Signer
    {
        Applicant,
        Agent
    };

    Signer signer = Signer::Applicant;
    QString sha256; // the PNG's name in the encrypted file store
    QDateTime signedAt;
    QString recordedBy; // the user at the window
    QByteArray png;     // filled when read back from the store

    static QString signerKey(Signer signer); // applicant, agent (as case_signature stores it)
    static std::optional<Signer> signerFromKey(const QString& key);
    // A PNG begins with these eight bytes; nothing else is taken as a signature.
    static bool looksLikePng(const QByteArray& bytes);
};

} // namespace ow
