#include "KeychainKeyStore.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <algorithm>
#include <limits>
#include <utility>

namespace ow {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; // read jobs only
};

// Starts job and waits until it finishes or the deadline passes. The job deletes itself once
// finished (QtKeychain's autoDelete); one that never finishes is left alone, since deleting a
// job the keychain backend still refers to would crash later.
JobOutcome runJob(QKeychain::Job* job, const QDeadlineTimer& deadline)
{
    JobOutcome outcome;
    QEventLoop loop;
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop,
                     [&outcome, &loop](QKeychain::Job* done) {
                         outcome.finished = true;
                         outcome.error = done->error();
                         outcome.errorString = done->errorString();
                         if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                             outcome.data = read->binaryData();
                         loop.quit();
                     });
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    const qint64 remaining = deadline.remainingTime();
    if (!outcome.finished && remaining > 0) {
        timer.start(static_cast<int>(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    // Leaving this function destroys loop, which disconnects the lambda from a late job.
    return outcome;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString entryName, std::chrono::milliseconds timeout)
    : m_entryName(std::move(entryName)), m_timeout(timeout)
{}

KeychainKeyStore::~KeychainKeyStore()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

QString KeychainKeyStore::serviceName()
{
    return QStringLiteral("OneWindow");
}

QString KeychainKeyStore::describe() const
{
    return tr("the system keychain (service %1, entry %2)").arg(serviceName(), m_entryName);
}

Result<QByteArray> KeychainKeyStore::loadOrCreateKey()
{
    using R = Result<QByteArray>;
    if (m_key.size() == KeySize)
        return R::success(m_key);
    if (m_entryName.trimmed().isEmpty())
        return R::failure(tr("No keychain entry name was given for the key of the encrypted "
                             "files."));
    if (!QCoreApplication::instance())
        return R::failure(tr("The system keychain (service %1, entry %2) can only be asked once "
                             "the application is running.")
                              .arg(serviceName(), m_entryName));
    if (!sodiumReady())
        return R::failure(tr("The cryptography library libsodium could not be initialised, so "
                             "the keychain entry %1 was not used.")
                              .arg(m_entryName));

    const QDeadlineTimer deadline(m_timeout);
    const auto timedOut = [this] {
        return R::failure(tr("The system keychain did not answer within %1 seconds (service %2, "
                             "entry %3).")
                              .arg(static_cast<double>(m_timeout.count()) / 1000.0)
                              .arg(serviceName(), m_entryName));
    };
    const auto unavailable = [this](const JobOutcome& outcome) {
        return R::failure(tr("The system keychain could not be used for the key of the encrypted "
                             "files (service %1, entry %2): %3")
                              .arg(serviceName(), m_entryName, outcome.errorString));
    };
    const auto read = [&] {
        auto* job = new QKeychain::ReadPasswordJob(serviceName());
        job->setKey(m_entryName);
        return runJob(job, deadline);
    };

    JobOutcome found = read();
    if (!found.finished)
        return timedOut();
    if (found.error == QKeychain::EntryNotFound) {
        QByteArray key(KeySize, Qt::Uninitialized);
        randombytes_buf(key.data(), static_cast<size_t>(key.size()));
        auto* job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(m_entryName);
        job->setBinaryData(key);
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        const JobOutcome written = runJob(job, deadline);
        if (!written.finished)
            return timedOut();
        if (written.error != QKeychain::NoError)
            return unavailable(written);
        // Read back what the keychain holds now: if another program stored a key at the same
        // moment, both then use the one that stayed.
        found = read();
        if (!found.finished)
            return timedOut();
    }
    if (found.error != QKeychain::NoError)
        return unavailable(found);
    if (found.data.size() != KeySize) {
        const qsizetype size = found.data.size();
        sodium_memzero(found.data.data(), static_cast<size_t>(found.data.size()));
        return R::failure(tr("The keychain entry %1 of service %2 holds %3 bytes, but a key has "
                             "%4: it is damaged or not a OneWindow key. It was left unchanged.")
                              .arg(m_entryName, serviceName())
                              .arg(size)
                              .arg(KeySize));
    }
    m_key = std::move(found.data);
    return R::success(m_key);
}

} // namespace ow
