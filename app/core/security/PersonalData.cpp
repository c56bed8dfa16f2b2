#include "security/PersonalData.h"

#include <QList>
#include <QRegularExpression>

namespace ow {

namespace {

constexpr uint MaskChar = '*';

QString fromCodePoints(const QList<uint>& codePoints)
{
    QString text;
    text.reserve(codePoints.size());
    for (const uint c : codePoints) {
        if (QChar::requiresSurrogates(c)) {
            text.append(QChar(QChar::highSurrogate(c)));
            text.append(QChar(QChar::lowSurrogate(c)));
        } else {
            text.append(QChar(char16_t(c)));
        }
    }
    return text;
}

// Keeps `head` code points at the start and `tail` at the end, masks everything between.
QString keepEnds(const QList<uint>& codePoints, qsizetype head, qsizetype tail)
{
    QList<uint> result = codePoints;
    for (qsizetype i = head; i < result.size() - tail; ++i)
        result[i] = MaskChar;
    return fromCodePoints(result);
}

// Masks every digit except the last `keep` digits; everything else stays as it is.
QString maskDigitsButLast(const QString& text, int keep)
{
    QList<uint> codePoints = text.toUcs4();
    qsizetype digits = 0;
    for (const uint c : codePoints)
        digits += QChar::isDigit(c) ? 1 : 0;
    qsizetype toMask = digits - keep;
    for (uint& c : codePoints) {
        if (toMask <= 0)
            break;
        if (QChar::isDigit(c)) {
            c = MaskChar;
            --toMask;
        }
    }
    return fromCodePoints(codePoints);
}

// The text without whitespace, dashes and parentheses: how a phone number is written varies.
QString compactPhone(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()（）]"));
    QString compact = text;
    compact.remove(separators);
    return compact;
}

// Captures the 11 digits of a mainland mobile number written compactly.
const QRegularExpression& mobilePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:(?:\\+|00)?86)?(1[3-9]\\d{9})$"));
    return pattern;
}

bool isNameSeparator(uint c)
{
    return QChar::isSpace(c) || c == '-' || c == '.' || c == 0x00B7 /* · */ ||
           c == 0x2022 /* • */ || c == 0x30FB /* ・ */;
}

} // namespace

QString PersonalData::maskIdNumber(const QString& idNumber)
{
    const QList<uint> codePoints = idNumber.trimmed().toUcs4();
    const qsizetype length = codePoints.size();
    if (length == 18 || length == 15)
        return keepEnds(codePoints, 6, 4);
    if (length < 10)
        return QString(length, QLatin1Char('*'));
    return keepEnds(codePoints, 0, 4);
}

QString PersonalData::maskPhone(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    const QRegularExpressionMatch mobile = mobilePattern().match(compactPhone(trimmed));
    if (mobile.hasMatch()) {
        const QString digits = mobile.captured(1);
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    }
    static const QRegularExpression landline(
        QStringLiteral("^(?:\\((0\\d{2,3})\\)|(0\\d{2,3})-)(\\d{7,8})$"));
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    QString spaceless = trimmed;
    spaceless.remove(whitespace);
    const QRegularExpressionMatch fixed = landline.match(spaceless);
    if (fixed.hasMatch()) {
        const QString area = fixed.hasCaptured(1) ? fixed.captured(1) : fixed.captured(2);
        const QString local = fixed.captured(3);
        return area + QLatin1Char('-') + QString(local.size() - 4, QLatin1Char('*')) +
               local.right(4);
    }
    return maskDigitsButLast(trimmed, 4);
}

QString PersonalData::maskName(const QString& name)
{
    QList<uint> codePoints = name.trimmed().toUcs4();
    bool chinese = false;
    for (const uint c : codePoints)
        chinese = chinese || QChar::script(c) == QChar::Script_Han;
    if (chinese) {
        for (qsizetype i = 1; i < codePoints.size(); ++i)
            if (!isNameSeparator(codePoints.at(i)))
                codePoints[i] = MaskChar;
        return fromCodePoints(codePoints);
    }
    bool wordStart = true;
    for (uint& c : codePoints) {
        if (isNameSeparator(c)) {
            wordStart = true;
            continue;
        }
        if (!wordStart)
            c = MaskChar;
        wordStart = false;
    }
    return fromCodePoints(codePoints);
}

bool PersonalData::looksLikeIdNumber(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\d{17}[\\dXx]|\\d{15})$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool PersonalData::looksLikePhone(const QString& text)
{
    return mobilePattern().match(compactPhone(text.trimmed())).hasMatch();
}

} // namespace ow
