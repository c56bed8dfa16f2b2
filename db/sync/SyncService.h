#pragma once

#include "SyncEngine.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ow {

// What the status bar shows after a round (or an attempt).
struct SyncStatus
{
    bool configured = false; // a central address is stored (owctl sync --central …)
    bool online = false;     // the last round reached the store and finished
    int pending = 0;         // changes not yet in the central store
    QDateTime lastSuccess;
    QString error; // plain words, empty when the last round worked
    // The store's reference documents refused here (each names the document and the problem)
    // until a corrected version is applied.
    QStringList refused;
    SyncReport lastRound;
};

class SyncWorker;
class SyncProgressProbe;

// Sync in the background for the application: a worker thread with its own connections (local
// and central) runs a round every intervalSeconds and on demand (F5). The clerk is never
// blocked: a round that cannot reach the store says so and the next one retries (reconnecting
// on its own). The password comes from PGPASSWORD or ~/.pgpass, the address from the local
// database (sync_state.central_url).
class SyncService : public QObject
{
    Q_OBJECT

public:
    SyncService(const QString& databasePath, int intervalSeconds, QObject* parent = nullptr);
    ~SyncService() override;

    void syncNow();
    const SyncStatus& status() const { return m_status; }
    // A round that starts with more than this many changes to send reports its progress.
    static constexpr int LongTransferRows = 200;
    void setProgressInterval(int milliseconds);
    // Rows per pushed batch and per pulled page (tests make a pull of a few hundred rows long).
    void setPageSize(int rows);

signals:
    void statusChanged(const ow::SyncStatus& status);
    // A long transfer moves: done of total changes have left the outbox (total: what waited when
    // the round began). Emitted while the round runs, from a second reader of the database (the
    // worker is busy with the round); the last one says done == total or the round ended.
    void progress(int done, int total);
    void roundStarted(int pending);
    // A long pull moves: rows received so far (more pages follow; the total is not known). The
    // round's end (statusChanged) says it is over.
    void pullProgress(int received);
    // A round applied another catalog version (published centrally): the one in use now.
    void catalogVersionChanged(int version);

private:
    QThread m_thread;
    QThread m_probeThread;
    SyncWorker* m_worker = nullptr;
    SyncProgressProbe* m_probe = nullptr;
    SyncStatus m_status;
};

// Runs in SyncService's probe thread: while a long round runs, counts the outbox every
// interval on its own read-only connection (SQLite WAL: readers never wait for the writer).
class SyncProgressProbe : public QObject
{
    Q_OBJECT

public:
    explicit SyncProgressProbe(QString databasePath);
    ~SyncProgressProbe() override;

public slots:
    void begin(int total);
    void end();
    void setInterval(int milliseconds);

signals:
    void progress(int done, int total);

private:
    void measure();
    QString m_path;
    QString m_connectionName;
    QTimer* m_timer = nullptr;
    int m_total = 0;
    int m_interval = 250;
};

// Runs in SyncService's thread.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, int intervalSeconds);
    ~SyncWorker() override;

public slots:
    void start();
    void runRound();
    void stop();
    void setPageSize(int rows);

signals:
    void finished(const ow::SyncStatus& status);
    void roundStarted(int pending); // before the round talks to the store
    void pullProgress(int received);
    void catalogVersionChanged(int version);

private:
    QString m_path;
    int m_interval;
    QTimer* m_timer = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_keychainPassword; // read from the keychain once, then kept for the next rounds
    int m_pageSize = 0;         // 0: the engine's own
    int m_catalogVersion = -1;  // the catalog version in use after the last round (-1: not read)
};

} // namespace ow

Q_DECLARE_METATYPE(ow::SyncStatus)
