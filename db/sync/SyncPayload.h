#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

// One row of a page the central store sends from its change log (onewindow.sync_pull).
struct PulledRow
{
    bool own = false;       // this workstation's own change, already here: only the cursor moves
    QString table;          // empty for an own row
    QString key;            // the row key as the outbox wrote it: a JSON array of the key columns
    bool tombstone = false; // the row was deleted ("data": null)
    QJsonObject data;       // the row's columns, unless a tombstone
    QString xid;            // the cursor after this row
    qint64 seq = 0;
};

// Decodes what the central store answers (sync_hello, sync_push, sync_pull) without touching a
// database: pure functions of the bytes, so they are fuzzed (tests/fuzz/FuzzSyncPayload). Every
// refusal names what is wrong; nothing is applied from an answer that does not decode whole.
class SyncPayload
{
    Q_DECLARE_TR_FUNCTIONS(ow::SyncPayload)

public:
    struct Hello
    {
        int protocol = 0;
        int schema = 0;
        QString center;
    };

    static Result<Hello> decodeHello(const QByteArray& json);
    // The number of conflicts the store decided against this workstation in one pushed batch.
    static Result<int> decodePushAnswer(const QByteArray& json);
    static Result<QList<PulledRow>> decodePullPage(const QByteArray& json);
    // The parts of a row key, which must be a JSON array of `columns` scalars.
    static Result<QJsonArray> decodeKey(const QString& key, qsizetype columns);
};

} // namespace ow
