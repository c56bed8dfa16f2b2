#include "SyncService.h"

#include "CentralPublications.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace ow {

SyncService::SyncService(const QString& databasePath, int intervalSeconds, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ow::SyncStatus>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(databasePath, intervalSeconds);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_probeThread.setObjectName(QStringLiteral("sync-progress"));
    m_probe = new SyncProgressProbe(databasePath);
    m_probe->moveToThread(&m_probeThread);
    connect(&m_probeThread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &SyncProgressProbe::progress, this, &SyncService::progress);
    connect(m_worker, &SyncWorker::roundStarted, this, [this](int pending) {
        emit roundStarted(pending);
        if (pending > LongTransferRows)
            QMetaObject::invokeMethod(m_probe, "begin", Qt::QueuedConnection, Q_ARG(int, pending));
    });
    connect(m_worker, &SyncWorker::pullProgress, this, &SyncService::pullProgress);
    connect(m_worker, &SyncWorker::catalogVersionChanged, this,
            &SyncService::catalogVersionChanged);
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncStatus& status) {
        QMetaObject::invokeMethod(m_probe, &SyncProgressProbe::end, Qt::QueuedConnection);
        m_status = status;
        emit statusChanged(status);
    });
    m_probeThread.start();
    m_thread.start();
}

SyncService::~SyncService()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    QMetaObject::invokeMethod(m_probe, &SyncProgressProbe::end, Qt::BlockingQueuedConnection);
    m_probeThread.quit();
    m_probeThread.wait();
}

void SyncService::setProgressInterval(int milliseconds)
{
    QMetaObject::invokeMethod(m_probe, "setInterval", Qt::QueuedConnection,
                              Q_ARG(int, milliseconds));
}

void SyncService::setPageSize(int rows)
{
    QMetaObject::invokeMethod(m_worker, "setPageSize", Qt::QueuedConnection, Q_ARG(int, rows));
}

SyncProgressProbe::SyncProgressProbe(QString databasePath)
    : m_path(std::move(databasePath)),
      m_connectionName(QStringLiteral("sync-progress-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SyncProgressProbe::~SyncProgressProbe()
{
    end();
}

void SyncProgressProbe::setInterval(int milliseconds)
{
    m_interval = std::max(10, milliseconds);
    if (m_timer)
        m_timer->setInterval(m_interval);
}

void SyncProgressProbe::begin(int total)
{
    m_total = total;
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=100"));
        if (!db.open())
            return; // no progress bar then; the round itself goes on
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &SyncProgressProbe::measure);
    }
    m_timer->setInterval(m_interval);
    m_timer->start();
    emit progress(0, m_total);
}

void SyncProgressProbe::measure()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) || !query.next())
        return; // busy for a moment: the next tick asks again
    const int left = query.value(0).toInt();
    emit progress(std::clamp(m_total - left, 0, m_total), m_total);
    if (left == 0)
        m_timer->stop(); // all sent: the round's pull (if any) reports on its own
}

void SyncProgressProbe::end()
{
    if (m_timer)
        m_timer->stop();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::runRound, Qt::QueuedConnection);
}

SyncWorker::SyncWorker(QString databasePath, int intervalSeconds)
    : m_path(std::move(databasePath)), m_interval(intervalSeconds)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(1, m_interval) * 1000);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runRound);
    m_timer->start();
    runRound();
}

void SyncWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_engine.reset();
    m_database.reset();
}

void SyncWorker::setPageSize(int rows)
{
    m_pageSize = rows;
    if (m_engine && rows > 0)
        m_engine->setBatchSize(rows);
}

namespace {

// The catalog version in use (the newest one applied or published here; 0: none).
int catalogVersion(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM catalog_release")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

void SyncWorker::runRound()
{
    SyncStatus status;
    if (!m_database) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_path);
        if (!opened) {
            status.error = opened.error();
            emit finished(status);
            return;
        }
        m_database = std::move(opened).value();
        m_engine = std::make_unique<SyncEngine>(*m_database);
        if (m_pageSize > 0)
            m_engine->setBatchSize(m_pageSize);
        // Only a pull that goes on for more than a page is long enough for the bar.
        m_engine->setPullProgress([this](int read, bool more) {
            if (more)
                emit pullProgress(read);
        });
        m_catalogVersion = catalogVersion(*m_database);
    }
    Result<SyncState> before = SyncEngine::state(*m_database);
    if (!before) {
        status.error = before.error();
        emit finished(status);
        return;
    }
    status.configured = !before.value().centralUrl.isEmpty();
    if (status.configured) {
        Result<CentralSettings> settings = CentralSettings::fromUrl(before.value().centralUrl);
        if (settings)
            settings.value().useStoredPassword(m_path, m_keychainPassword);
        if (!settings) {
            status.error = settings.error();
        } else {
            emit roundStarted(before.value().pending);
            const Result<SyncReport> report = m_engine->runOnce(settings.value());
            status.online = report.ok();
            if (report)
                status.lastRound = report.value();
            else
                status.error = report.error();
            // A catalog version or calendar published here while the store was away goes now
            // (CentralPublications keeps the reason when the store refuses it).
            if (report)
                (void)CentralPublications::send(*m_database, settings.value());
        }
    }
    const Result<SyncState> after = SyncEngine::state(*m_database);
    if (after) {
        status.pending = after.value().pending;
        status.lastSuccess = after.value().lastSuccess;
        status.refused = after.value().refused;
    }
    if (const int version = catalogVersion(*m_database);
        version >= 0 && version != m_catalogVersion) {
        m_catalogVersion = version;
        emit catalogVersionChanged(version);
    }
    emit finished(status);
}

} // namespace ow
