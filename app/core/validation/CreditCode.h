#pragma once

#include <QCoreApplication>
#include <QString>

namespace ow {

// The outcome of checking a unified social credit code. normalized is set unless Invalid.
struct CreditCodeCheck
{
    enum class Verdict
    {
        Valid,
        Warned,  // well formed, but the check character does not match
        Invalid, // wrong length or characters
    };
    Verdict verdict = Verdict::Invalid;
    QString normalized; // 18 characters, upper case
    QString message;
};

// 统一社会信用代码 (GB 32100-2015): 18 characters from the 31 of "0123456789ABCDEFGHJKLMNPQRTUWXY"
// (no I, O, Z, S, V), the last a MOD 31 check character with weights 3^(i-1) mod 31. A wrong
// check character only warns: codes issued in early pilots do not always follow the rule. The
// registration authority (1st) and type (2nd) characters are not checked beyond the alphabet.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(ow::CreditCode)

public:
    // Trims and upper-cases (ASCII and full-width letters alike).
    static CreditCodeCheck check(const QString& text);
    // The check character of the first 17 characters; null QChar if they are not 17 characters
    // of the alphabet.
    static QChar checkCharacter(const QString& first17);

    static constexpr int Length = 18;
};

} // namespace ow
