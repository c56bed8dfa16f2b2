#include "security/AuditChain.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace ow {

namespace {

// Appends one field as "<byte count>:<bytes>\n". The length prefix makes the serialization
// unambiguous: no choice of field contents can shift bytes from one field into the next.
void appendField(QByteArray& out, const QByteArray& bytes)
{
    out.append(QByteArray::number(bytes.size()));
    out.append(':');
    out.append(bytes);
    out.append('\n');
}

void appendField(QByteArray& out, const QString& text)
{
    appendField(out, text.toUtf8());
}

// The time as 2024-05-06T07:08:09.010Z; an invalid time serializes as empty.
QString canonicalTime(const QDateTime& at)
{
    if (!at.isValid())
        return QString();
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace

QByteArray AuditChain::computeHash(const AuditRecord& record)
{
    // Version tag first, so a future change of layout can never collide with this one.
    QByteArray canonical;
    appendField(canonical, QByteArrayLiteral("ow-audit-v1"));
    appendField(canonical, QByteArray::number(record.sequence));
    appendField(canonical, canonicalTime(record.at));
    appendField(canonical, record.userName);
    appendField(canonical, record.centerCode);
    appendField(canonical, record.window);
    appendField(canonical, record.action);
    appendField(canonical, record.subject);
    appendField(canonical, record.detail);
    appendField(canonical, record.previousHash);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

QByteArray AuditChain::genesisHash()
{
    return QByteArray(64, '0');
}

AuditRecord AuditChain::seal(AuditRecord record, const QByteArray& previousHash)
{
    record.previousHash = previousHash;
    record.hash = computeHash(record);
    return record;
}

AuditChain::Verification AuditChain::verify(const QList<AuditRecord>& records)
{
    const auto bad = [](qint64 sequence, QString message) {
        return Verification{false, sequence, std::move(message)};
    };
    QSet<qint64> present;
    for (const AuditRecord& record : records)
        present.insert(record.sequence);

    for (qsizetype i = 0; i < records.size(); ++i) {
        const AuditRecord& record = records.at(i);
        // Where the record stands, the sequence it must carry. Every record before it has passed
        // every check, so the prior record's sequence can be trusted. For the first record only
        // its genesis link says it must be record 1.
        const qint64 expected = i > 0 ? records.at(i - 1).sequence + 1
                                : record.previousHash == genesisHash() ? 1
                                                                       : record.sequence;
        if (computeHash(record) != record.hash)
            return bad(expected, tr("record %1 was changed after it was written").arg(expected));
        if (record.sequence != expected) {
            if (record.sequence > expected && !present.contains(expected)) {
                if (record.sequence == expected + 1)
                    return bad(expected, tr("record %1 is missing").arg(expected));
                return bad(
                    expected,
                    tr("records %1 to %2 are missing").arg(expected).arg(record.sequence - 1));
            }
            if (i > 0 && record.sequence < expected && record.sequence >= records.first().sequence)
                return bad(record.sequence, tr("record %1 appears twice").arg(record.sequence));
            // Out of order: name the first place where the list differs from its sorted self.
            QList<qint64> sorted;
            for (const AuditRecord& each : records)
                sorted.append(each.sequence);
            std::sort(sorted.begin(), sorted.end());
            qsizetype place = 0;
            while (place < records.size() && records.at(place).sequence == sorted.at(place))
                ++place;
            if (place == records.size()) // in order, yet not the number it must carry
                return bad(
                    expected,
                    tr("record %1 carries the wrong number %2").arg(expected).arg(record.sequence));
            return bad(sorted.at(place),
                       tr("the records are out of order: record %1 stands where record %2 "
                          "should be")
                           .arg(records.at(place).sequence)
                           .arg(sorted.at(place)));
        }
        if (i == 0) {
            if (record.sequence == 1 && record.previousHash != genesisHash())
                return bad(1, tr("record 1 does not start the chain: its link to the beginning "
                                 "of the log was replaced"));
        } else if (record.previousHash != records.at(i - 1).hash) {
            return bad(record.sequence, tr("record %1 does not follow record %2: the link between "
                                           "them is broken")
                                            .arg(record.sequence)
                                            .arg(records.at(i - 1).sequence));
        }
    }
    return Verification{
        true, 0, tr("%n record(s) verified, the chain is intact", nullptr, int(records.size()))};
}

} // namespace ow
