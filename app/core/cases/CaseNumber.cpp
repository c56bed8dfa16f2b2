#include "cases/CaseNumber.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace ow {

QString CaseNumber::text() const
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(centerCode)
        .arg(window, 2, 10, QLatin1Char('0'))
        .arg(date.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<CaseNumber> CaseNumber::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Z0-9]{2,16})-(\\d{2,3})-(\\d{8})-(\\d{4,6})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(3), QStringLiteral("yyyyMMdd"));
    const int window = match.captured(2).toInt();
    const int sequence = match.captured(4).toInt();
    if (!date.isValid() || window < 1 || sequence < 1)
        return std::nullopt;
    return CaseNumber{match.captured(1), window, date, sequence};
}

QString CaseNumber::checkCode(const QString& caseId, const QString& number)
{
    const QByteArray digest =
        QCryptographicHash::hash((caseId + u'|' + number).toUtf8(), QCryptographicHash::Sha256);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return QStringLiteral("%1").arg(value % 1000000, 6, 10, QLatin1Char('0'));
}

QString CaseNumber::qrPayload(const QString& caseId, const QString& number)
{
    return QStringLiteral("OW1|%1|%2").arg(number, checkCode(caseId, number));
}

std::optional<QString> CaseNumber::numberFromQrPayload(const QString& payload)
{
    const QStringList parts = payload.trimmed().split(u'|');
    if (parts.size() != 3 || parts.at(0) != QLatin1String("OW1") || !parse(parts.at(1)))
        return std::nullopt;
    return parts.at(1);
}

} // namespace ow
