#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

// One line of the audit log as it is sealed into the chain. Hashes are lowercase hex SHA-256
// (64 characters).
struct AuditRecord
{
    qint64 sequence = 0; // 1, 2, 3 … with no gaps
    QDateTime at;        // UTC, millisecond precision
    QString userName;
    QString centerCode;
    QString window;
    QString action;
    QString subject;
    QString detail;
    QByteArray previousHash; // the hash of record sequence - 1, or genesisHash() for record 1
    QByteArray hash;         // computeHash() of this record
};

// The tamper-evident hash chain of the audit log: each record's hash covers all its fields and
// the previous record's hash, so changing, removing or reordering any written record breaks the
// chain from that record on, and verify() names the first record where it breaks.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(ow::AuditChain)

public:
    struct Verification
    {
        bool ok = true;
        qint64 firstBadSequence = 0; // 0 when ok
        QString message;             // what was found, for an IT person
    };

    // SHA-256 over the canonical serialization of every field except `hash` (see the .cpp).
    static QByteArray computeHash(const AuditRecord& record);
    // The previousHash of record 1: 64 zeros.
    static QByteArray genesisHash();
    // Returns `record` with previousHash set and its hash computed.
    static AuditRecord seal(AuditRecord record, const QByteArray& previousHash);
    // Checks the records in list order: sequences consecutive from the first record's, every
    // hash recomputes, every previousHash is the prior record's hash (genesis for record 1). A
    // list starting after record 1 is checked from its first record on (its first link cannot be
    // checked). An empty list is ok.
    static Verification verify(const QList<AuditRecord>& records);
};

} // namespace ow
