#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ow {

class Database;

// What one upload moved.
struct FileTransferReport
{
    int files = 0;        // files announced (referred to by rows waiting in the outbox)
    int completed = 0;    // files that became whole in the store during this run
    int chunks = 0;       // chunks sent
    qint64 bytesSent = 0; // bytes sent (a resumed file sends only what the store lacks)
};

// The files of scans and signatures go to the central store before the rows that refer to them
// (the store refuses a case_scan / case_signature row whose files it does not hold whole).
// What is sent is the encrypted file as it lies in the workstation's file store
// (<database>.files/ab/abcd…): the key stays here, and the store keeps the hall's off-site copy.
// A file goes by its name (SHA-256 of the plain content), announced with the SHA-256 and size of
// the encrypted bytes; the store answers the offset it has, and the rest goes in chunks
// (ChunkSize), each with its own SHA-256. The store recomputes the SHA-256 of the whole file on
// the last chunk and refuses a mismatch (dropping what it received). A cut connection or a lost
// answer costs nothing: the next run asks again and goes on from the store's offset.
class FileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ow::FileTransfer)

public:
    static constexpr qint64 ChunkSize = 256 * 1024;

    FileTransfer(Database& local, QSqlDatabase central, QString clientId);

    // Uploads every file that a case_scan or case_signature row waiting in the outbox refers to
    // and the store does not hold whole yet.
    Result<FileTransferReport> uploadPending();

    // The file names (plain SHA-256) the outbox's rows refer to.
    Result<QStringList> pendingNames() const;
    // Where the file store of this database keeps a file.
    QString pathOf(const QString& name) const;

    void setChunkSize(qint64 bytes) { m_chunkSize = bytes > 0 ? bytes : ChunkSize; }
    // Test hooks: the chunk-th chunk of the next run is cut off before it reaches the store, or
    // its answer is lost after the store took it (0: off). tamper flips a byte of every chunk
    // sent after the chunk hash was computed (a chunk damaged on the way).
    enum class Cut
    {
        BeforeChunk,
        AnswerLost
    };
    void injectCut(int chunk, Cut cut)
    {
        m_cutAt = chunk;
        m_cut = cut;
    }
    void setTamperWholeFile(bool tamper) { m_tamperFile = tamper; }

private:
    // A file removed here since it was named (a scan taken off again): the versions of rows that
    // named it and were changed again later leave the outbox unsent (the later change says what
    // the row is now). True when no waiting row names the file any more.
    Result<bool> dropSuperseded(const QString& name);
    Status upload(const QString& name, qint64 offset, qint64 size, FileTransferReport& report);

    Database& m_local;
    QSqlDatabase m_central;
    QString m_clientId;
    QString m_folder;
    qint64 m_chunkSize = ChunkSize;
    int m_cutAt = 0;
    Cut m_cut = Cut::BeforeChunk;
    bool m_tamperFile = false;
    int m_chunksThisRun = 0;
};

} // namespace ow
