#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// One row of a page the central store sends from its change log (onewindow.sync_pull_page).
struct PulledRow
{
    QString table;          // the table the row belongs to
    QString key;            // the row key as the outbox wrote it: a JSON array of the key columns
    bool tombstone = false; // the row was deleted ("data": null)
    QJsonObject data;       // the row's columns, unless a tombstone
};

// Decodes what the central store answers (sync_hello, sync_push, sync_pull_page, sync_check)
// without touching a database: pure functions of the bytes, so they are fuzzed
// (tests/fuzz/FuzzSyncPayload). Every refusal names what is wrong; SyncEngine applies nothing
// from an answer that does not decode whole.
class SyncPayload
{
    Q_DECLARE_TR_FUNCTIONS(ow::SyncPayload)

public:
    // onewindow.sync_hello(protocol, client, cursor): who the store is and where the client stands.
    struct Hello
    {
        int protocol = 0;
        int schema = 0;
        QString center;      // empty: the login is not a hall's
        bool changes = true; // the log has rows after the client's cursor (a pull is worth it)
        bool behind = false; // tombstones after the cursor were purged: only a full resync is right
    };

    // onewindow.sync_push: what became of one pushed batch.
    struct PushAnswer
    {
        qint64 applied = 0;
        qint64 skipped = 0;
        int conflicts = 0; // decided against this workstation
    };

    // onewindow.sync_pull_page: the rows sent and the cursor after the rows read.
    struct PullPage
    {
        qint64 read = 0; // rows read from the log (fewer than asked: its end); 0: nothing new
        QList<PulledRow> rows;
        QString xid; // the new cursor; set whenever read > 0
        qint64 seq = 0;
    };

    // onewindow.sync_check: live rows per table, and the cases a first pull leaves out.
    struct CountCheck
    {
        QHash<QString, qint64> counts;
        QHash<QString, QString> caseFields; // table → its column naming the case
        QStringList closed;                 // case statuses that count as closed
        QString cutoff;                     // YYYY-MM-DD: closed cases received before are left out
        bool moved = false;                 // the log moved meanwhile: counts cannot be compared
    };

    static Result<Hello> decodeHello(const QByteArray& json);
    static Result<PushAnswer> decodePushAnswer(const QByteArray& json);
    static Result<PullPage> decodePullPage(const QByteArray& json);
    // onewindow.sync_pull_rows: {"rows": [...]}, rows as a page sends them (parents by key).
    static Result<QList<PulledRow>> decodePulledRows(const QByteArray& json);
    static Result<CountCheck> decodeCountCheck(const QByteArray& json);
    // The parts of a row key, which must be a JSON array of `columns` scalars.
    static Result<QJsonArray> decodeKey(const QString& key, qsizetype columns);
};

} // namespace ow
