#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ow {

// 办件编号: centre, window, date and the window's running number that day —
// XC01-03-20261130-0007 — unique without the network because a window belongs to one centre and
// numbers only its own cases. The check code printed beside it (and in the receipt's QR code)
// lets anyone who scans a receipt tell a real number from a mistyped or invented one.
struct CaseNumber
{
    QString centerCode;
    int window = 0;
    QDate date;
    int sequence = 0;

    QString text() const;
    static std::optional<CaseNumber> parse(const QString& text);
    // Six digits from SHA-256 of the case UUID and number.
    static QString checkCode(const QString& caseId, const QString& number);
    // What the receipt's QR code carries: "OW1|<number>|<check code>".
    static QString qrPayload(const QString& caseId, const QString& number);
    static std::optional<QString> numberFromQrPayload(const QString& payload);
};

} // namespace ow
