#include "FileTransfer.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "files/SecureFileStore.h"
#include "scans/ScanService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

namespace {

QString errorOf(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

QString shortName(const QString& name)
{
    return name.left(16) + QStringLiteral("…");
}

} // namespace

FileTransfer::FileTransfer(Database& local, QSqlDatabase central, QString clientId)
    : m_local(local), m_central(std::move(central)), m_clientId(std::move(clientId)),
      m_folder(ScanService::filesFolderFor(local.path()))
{}

QString FileTransfer::pathOf(const QString& name) const
{
    if (!SecureFileStore::isValidName(name))
        return {};
    return QDir(m_folder).filePath(name.left(2) + QLatin1Char('/') + name);
}

Result<QStringList> FileTransfer::pendingNames() const
{
    using R = Result<QStringList>;
    QSqlQuery query(m_local.connection());
    if (!query.exec(QStringLiteral(
            "SELECT DISTINCT name FROM ("
            "SELECT json_extract(new_row, '$.sha256') AS name FROM sync_outbox "
            "WHERE table_name IN ('case_scan', 'case_signature') AND new_row IS NOT NULL "
            "UNION ALL SELECT json_extract(new_row, '$.thumbnail_sha256') FROM sync_outbox "
            "WHERE table_name = 'case_scan' AND new_row IS NOT NULL) "
            "WHERE name IS NOT NULL AND name <> '' ORDER BY name")))
        return R::failure(tr("Cannot read which files wait for the central store in %1: %2")
                              .arg(m_local.path(), errorOf(query)));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return R::success(names);
}

Result<FileTransferReport> FileTransfer::uploadPending()
{
    using R = Result<FileTransferReport>;
    FileTransferReport report;
    m_chunksThisRun = 0;
    const Result<QStringList> names = pendingNames();
    if (!names)
        return R::failure(names.error());
    if (names.value().isEmpty())
        return R::success(report); // an idle round asks the store nothing

    // What is to be sent: each file's encrypted bytes, their SHA-256 and size.
    QJsonArray announce;
    QHash<QString, QPair<QString, qint64>> facts;
    for (const QString& name : names.value()) {
        const QString path = pathOf(name);
        QFile file(path);
        if (!path.isEmpty() && !file.exists()) {
            const Result<bool> dropped = dropSuperseded(name);
            if (!dropped)
                return R::failure(dropped.error());
            if (dropped.value())
                continue;
        }
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return R::failure(
                tr("The file %1 that a scan or signature waiting for the central "
                   "store refers to cannot be read from %2 (%3); the rows wait "
                   "in the outbox until it is there.")
                    .arg(shortName(name), m_folder,
                         path.isEmpty() ? tr("not a file name") : file.errorString()));
        if (file.read(SecureFileStore::MagicSize) !=
                QByteArray(SecureFileStore::Magic, SecureFileStore::MagicSize) ||
            !file.seek(0))
            return R::failure(tr("The file %1 in %2 is not an encrypted file of OneWindow's "
                                 "file store; it was not sent.")
                                  .arg(shortName(name), m_folder));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return R::failure(tr("Cannot read the file %1 in %2: %3")
                                  .arg(shortName(name), m_folder, file.errorString()));
        const QString sha256 = QString::fromLatin1(hash.result().toHex());
        facts.insert(name, {sha256, file.size()});
        announce.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("sha256"), sha256},
                                    {QStringLiteral("size"), file.size()}});
    }
    report.files = int(announce.size());
    if (announce.isEmpty())
        return R::success(report);

    QSqlQuery status(m_central);
    status.prepare(QStringLiteral(
        "SELECT onewindow.sync_file_status(CAST(? AS uuid), CAST(? AS jsonb))::text"));
    status.addBindValue(m_clientId);
    status.addBindValue(QString::fromUtf8(QJsonDocument(announce).toJson(QJsonDocument::Compact)));
    if (!status.exec() || !status.next())
        return R::failure(
            tr("The central store did not take the list of files: %1").arg(errorOf(status)));
    const QJsonArray answer = QJsonDocument::fromJson(status.value(0).toString().toUtf8()).array();
    status.finish();
    for (const QJsonValue& value : answer) {
        const QJsonObject file = value.toObject();
        if (file.value(QStringLiteral("complete")).toBool())
            continue;
        const QString name = file.value(QStringLiteral("name")).toString();
        const auto found = facts.constFind(name);
        if (found == facts.constEnd())
            return R::failure(tr("The central store answered about a file that was not asked "
                                 "for (%1).")
                                  .arg(shortName(name)));
        if (const Status sent = upload(name, file.value(QStringLiteral("offset")).toInteger(),
                                       found->second, report);
            !sent)
            return R::failure(sent.error());
    }
    return R::success(report);
}

Result<bool> FileTransfer::dropSuperseded(const QString& name)
{
    using R = Result<bool>;
    const QString refers = QStringLiteral(
        "o.table_name IN ('case_scan', 'case_signature') AND o.new_row IS NOT NULL AND "
        "(json_extract(o.new_row, '$.sha256') = :name OR "
        "json_extract(o.new_row, '$.thumbnail_sha256') = :name)");
    SqlTransaction transaction(m_local.connection());
    if (!transaction.beginImmediate())
        return R::failure(transaction.error());
    QSqlQuery query(m_local.connection());
    query.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE seq IN (SELECT o.seq FROM "
                                 "sync_outbox o WHERE %1 AND EXISTS (SELECT 1 FROM sync_outbox l "
                                 "WHERE l.table_name = o.table_name AND l.row_key = o.row_key "
                                 "AND l.seq > o.seq))")
                      .arg(refers));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec())
        return R::failure(
            tr("Cannot tidy the outbox of %1: %2").arg(m_local.path(), errorOf(query)));
    query.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox o WHERE %1)").arg(refers));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec() || !query.next())
        return R::failure(
            tr("Cannot tidy the outbox of %1: %2").arg(m_local.path(), errorOf(query)));
    const bool stillNamed = query.value(0).toBool();
    query.finish();
    if (stillNamed)
        return R::success(false);
    if (!transaction.commit())
        return R::failure(transaction.error());
    return R::success(true);
}

Status FileTransfer::upload(const QString& name, qint64 offset, qint64 size,
                            FileTransferReport& report)
{
    QFile file(pathOf(name));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return Status::failure(tr("Cannot read the file %1 in %2: %3")
                                   .arg(shortName(name), m_folder, file.errorString()));
    if (file.size() != size)
        return Status::failure(tr("The file %1 in %2 changed while it was being sent; it goes "
                                  "again on the next round.")
                                   .arg(shortName(name), m_folder));
    QSqlQuery chunk(m_central);
    if (!chunk.prepare(QStringLiteral("SELECT onewindow.sync_file_chunk(CAST(? AS uuid), ?, ?, "
                                      "?, ?)::text")))
        return Status::failure(
            tr("The central store did not take a chunk of a file: %1").arg(errorOf(chunk)));
    for (qint64 start = offset; start < size;) {
        QByteArray data = file.read(m_chunkSize);
        if (data.isEmpty())
            return Status::failure(tr("Cannot read the file %1 in %2: %3")
                                       .arg(shortName(name), m_folder, file.errorString()));
        if (m_tamperFile)
            data[0] = char(data.at(0) ^ 0x5a);
        const QString chunkHash =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        ++m_chunksThisRun;
        const bool faulty = m_cutAt > 0 && m_chunksThisRun == m_cutAt;
        if (faulty && m_cut == Cut::BeforeChunk)
            return Status::failure(
                tr("the upload was cut off before chunk %1 on purpose (fault injection)")
                    .arg(m_chunksThisRun));
        chunk.bindValue(0, m_clientId);
        chunk.bindValue(1, name);
        chunk.bindValue(2, start);
        chunk.bindValue(3, data);
        chunk.bindValue(4, chunkHash);
        if (!chunk.exec() || !chunk.next())
            return Status::failure(tr("The central store refused a chunk of the file %1: %2")
                                       .arg(shortName(name), errorOf(chunk)));
        const QJsonObject answer =
            QJsonDocument::fromJson(chunk.value(0).toString().toUtf8()).object();
        chunk.finish();
        ++report.chunks;
        report.bytesSent += data.size();
        if (faulty)
            return Status::failure(
                tr("the answer to chunk %1 was lost on purpose (fault injection)")
                    .arg(m_chunksThisRun));
        if (answer.contains(QStringLiteral("error")))
            return Status::failure(
                tr("The central store refused the file %1: %2")
                    .arg(shortName(name), answer.value(QStringLiteral("error")).toString()));
        if (answer.value(QStringLiteral("complete")).toBool()) {
            ++report.completed;
            return Status::success();
        }
        start = answer.value(QStringLiteral("received")).toInteger();
        if (!file.seek(start))
            return Status::failure(tr("Cannot read the file %1 in %2: %3")
                                       .arg(shortName(name), m_folder, file.errorString()));
    }
    return Status::success();
}

} // namespace ow
