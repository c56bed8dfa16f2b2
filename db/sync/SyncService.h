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
    SyncReport lastRound;
};

class SyncWorker;

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

signals:
    void statusChanged(const ow::SyncStatus& status);

private:
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    SyncStatus m_status;
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

signals:
    void finished(const ow::SyncStatus& status);

private:
    QString m_path;
    int m_interval;
    QTimer* m_timer = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace ow

Q_DECLARE_METATYPE(ow::SyncStatus)
