#include "validation/CreditCode.h"

#include "validation/ValidationText.h"

#include <array>

namespace ow {

namespace {

// The value of a character is its index here: 0..30.
constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int Modulus = 31;
constexpr std::array<int, 17> Weights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                         29, 25, 13, 8,  24, 10, 30, 28};

int valueOf(char32_t c)
{
    for (int i = 0; i < Modulus; ++i) {
        if (Alphabet[i] == c)
            return i;
    }
    return -1;
}

bool isLeftOutLetter(char32_t c)
{
    return c == U'I' || c == U'O' || c == U'Z' || c == U'S' || c == U'V';
}

} // namespace

QChar CreditCode::checkCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = valueOf(first17.at(i).unicode());
        if (value < 0)
            return QChar();
        sum += value * Weights[size_t(i)];
    }
    const int check = (Modulus - sum % Modulus) % Modulus; // 31 becomes 0
    return QChar(Alphabet[check]);
}

CreditCodeCheck CreditCode::check(const QString& text)
{
    CreditCodeCheck result;
    QList<uint> codePoints = validation::foldFullWidth(text).trimmed().toUcs4();
    if (codePoints.isEmpty()) {
        result.message = tr("no credit code given");
        return result;
    }

    QString code;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        char32_t c = codePoints.at(i);
        if (c >= U'a' && c <= U'z')
            c = c - U'a' + U'A';
        if (isLeftOutLetter(c)) {
            result.message = tr("the letter %1 (character %2) is never used in a credit code: I, "
                                "O, Z, S and V are left out")
                                 .arg(QChar(char16_t(c)))
                                 .arg(i + 1);
            return result;
        }
        if (valueOf(c) < 0) {
            result.message =
                QChar::isSpace(c)
                    ? tr("a credit code has no spaces inside (character %1)").arg(i + 1)
                    : tr("only digits and capital letters are allowed, not %1 "
                         "(character %2)")
                          .arg(validation::describeCharacter(c))
                          .arg(i + 1);
            return result;
        }
        code += QChar(char16_t(c));
    }
    if (code.size() != Length) {
        result.message = tr("18 characters expected, got %1").arg(code.size());
        return result;
    }

    result.normalized = code;
    const QChar expected = checkCharacter(code.left(17));
    if (code.at(17) != expected) {
        result.verdict = CreditCodeCheck::Verdict::Warned;
        result.message = tr("the check character should be %1, not %2 (accepted: codes from "
                            "early pilots may not follow the rule)")
                             .arg(QString(expected), QString(code.at(17)));
        return result;
    }
    result.verdict = CreditCodeCheck::Verdict::Valid;
    return result;
}

} // namespace ow
