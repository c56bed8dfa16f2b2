#include "SyncService.h"

#include "Database.h"

#include <QTimer>

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
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncStatus& status) {
        m_status = status;
        emit statusChanged(status);
    });
    m_thread.start();
}

SyncService::~SyncService()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
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
            settings.value().usePasswordFile(CentralSettings::passwordFileFor(m_path));
        if (!settings) {
            status.error = settings.error();
        } else {
            const Result<SyncReport> report = m_engine->runOnce(settings.value());
            status.online = report.ok();
            if (report)
                status.lastRound = report.value();
            else
                status.error = report.error();
        }
    }
    const Result<SyncState> after = SyncEngine::state(*m_database);
    if (after) {
        status.pending = after.value().pending;
        status.lastSuccess = after.value().lastSuccess;
    }
    emit finished(status);
}

} // namespace ow
