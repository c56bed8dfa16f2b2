#include "CentralPublications.h"

#include "Database.h"
#include "ReferenceApply.h"
#include "SqlValues.h"
#include "calendar/CalendarAdmin.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {

Result<QList<CentralPublications::Waiting>> CentralPublications::waiting(Database& local)
{
    using R = Result<QList<Waiting>>;
    QSqlQuery query(local.connection());
    if (!query.exec(QStringLiteral("SELECT id, kind, what, queued_at, last_error FROM "
                                   "central_publication WHERE sent_at IS NULL ORDER BY id")))
        return R::failure(tr("Cannot read the publications waiting for the central store in "
                             "%1: %2")
                              .arg(local.path(), failureText(query)));
    QList<Waiting> found;
    while (query.next())
        found.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                      timeFrom(query.value(3)), query.value(4).toString()});
    return R::success(found);
}

Result<QString> CentralPublications::centralUrl(Database& local)
{
    QSqlQuery query(local.connection());
    if (!query.exec(QStringLiteral("SELECT central_url FROM sync_state WHERE id = 1")))
        return Result<QString>::failure(
            tr("Cannot read the sync state of %1: %2").arg(local.path(), failureText(query)));
    return Result<QString>::success(query.next() ? query.value(0).toString() : QString());
}

Status CentralPublications::markSent(Database& local, const QString& kind, const QString& what,
                                     int centralVersion, const QDateTime& now)
{
    QSqlQuery query(local.connection());
    if (!execute(query,
                 QStringLiteral("UPDATE central_publication SET sent_at = ?, sent_as = ?, "
                                "last_error = NULL WHERE kind = ? AND what = ? AND "
                                "sent_at IS NULL"),
                 {timeValue(now), centralVersion, kind, what}))
        return Status::failure(failureText(query));
    return Status::success();
}

QString CentralPublications::describe(const QList<Waiting>& waiting)
{
    QStringList parts;
    for (const Waiting& w : waiting)
        parts.append(w.kind == QLatin1String("catalog") ? tr("catalog version %1").arg(w.what)
                                                        : tr("holiday calendar %1").arg(w.what));
    return parts.join(tr(", "));
}

Status CentralPublications::remember(Database& local, int id, const QString& error)
{
    QSqlQuery query(local.connection());
    if (!execute(query,
                 QStringLiteral("UPDATE central_publication SET last_error = ? WHERE id = ?"),
                 {error, id}))
        return Status::failure(failureText(query));
    return Status::success();
}

Result<int> CentralPublications::send(Database& local, QSqlDatabase& central, const QDateTime& now)
{
    using R = Result<int>;
    const Result<QList<Waiting>> list = waiting(local);
    if (!list)
        return R::failure(list.error());
    int sent = 0;
    for (const Waiting& w : list.value()) {
        QString kind, key;
        Result<QByteArray> body = Result<QByteArray>::failure(QString());
        if (w.kind == QLatin1String("catalog")) {
            kind = QStringLiteral("catalog");
            key = QStringLiteral("release");
            body = ReferenceApply::releaseDocument(local, w.what.toInt());
        } else {
            // The calendar in force, which has the published year in it.
            kind = QStringLiteral("calendar");
            key = QStringLiteral("holidays");
            body = CalendarAdmin(local).documentInForce();
        }
        QString problem;
        if (!body)
            problem = body.error();
        else if (const Status valid = ReferenceApply::check(kind, key, body.value()); !valid)
            problem = valid.error();
        int version = 0;
        if (problem.isEmpty()) {
            QSqlQuery query(central);
            query.prepare(
                QStringLiteral("SELECT onewindow.publish_reference_as_center(?, ?, ?::jsonb)"));
            query.addBindValue(kind);
            query.addBindValue(key);
            query.addBindValue(QString::fromUtf8(body.value()));
            if (!query.exec() || !query.next()) {
                const QSqlError error = query.lastError();
                problem = (error.databaseText().isEmpty() ? error.text() : error.databaseText())
                              .trimmed();
            } else {
                version = query.value(0).toInt();
            }
        }
        const QString what = describe({w});
        if (!problem.isEmpty()) {
            const QString message = tr("The central store did not take %1: %2").arg(what, problem);
            (void)remember(local, w.id, message);
            return R::failure(message);
        }
        QSqlQuery query(local.connection());
        if (!execute(query,
                     QStringLiteral("UPDATE central_publication SET sent_at = ?, sent_as = ?, "
                                    "last_error = NULL WHERE id = ?"),
                     {timeValue(now), version, w.id}))
            // The store has it; sending it again only makes a same document's next version.
            return R::failure(tr("Sent %1, but cannot note it in %2: %3")
                                  .arg(what, local.path(), failureText(query)));
        ++sent;
    }
    return R::success(sent);
}

Result<int> CentralPublications::send(Database& local, CentralSettings settings,
                                      const QDateTime& now)
{
    using R = Result<int>;
    const Result<QList<Waiting>> list = waiting(local);
    if (!list)
        return R::failure(list.error());
    if (list.value().isEmpty())
        return R::success(0);
    // An unreachable store is said within seconds, not after the system's TCP timeout.
    bool timeout = false;
    for (const QString& option : std::as_const(settings.options))
        timeout = timeout || option.startsWith(QLatin1String("connect_timeout="));
    if (!timeout)
        settings.options.append(QStringLiteral("connect_timeout=5"));
    static QAtomicInt serial;
    const QString name =
        QStringLiteral("ow-central-publications-%1").arg(serial.fetchAndAddRelaxed(1));
    Result<int> result = R::failure(QString());
    {
        Result<QSqlDatabase> central = settings.open(name);
        if (!central) {
            for (const Waiting& w : list.value())
                (void)remember(local, w.id, central.error());
            result = R::failure(central.error());
        } else {
            result = send(local, central.value(), now);
        }
    }
    CentralSettings::closeConnection(name);
    return result;
}

Result<int> CentralPublications::send(Database& local, const QDateTime& now)
{
    using R = Result<int>;
    const Result<QString> url = centralUrl(local);
    if (!url)
        return R::failure(url.error());
    if (url.value().isEmpty())
        return R::failure(tr("No central store is configured for this workstation (owctl sync "
                             "--central URL)."));
    Result<CentralSettings> settings = CentralSettings::fromUrl(url.value());
    if (!settings)
        return R::failure(settings.error());
    QString cache;
    settings.value().useStoredPassword(local.path(), cache);
    return send(local, settings.value(), now);
}

} // namespace ow
