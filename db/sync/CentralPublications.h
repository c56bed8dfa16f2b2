#pragma once

#include "CentralSettings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ow {

class Database;

// What this workstation published (a catalog version on the administrator screen or with owctl,
// a holiday calendar year) waits in central_publication until the central store has it, as
// `owctl catalog publish --central` sends it: right after publishing when the store answers,
// else on the next sync round or with the screen's "Send to central". Each document goes in one
// call (publish_reference_as_center), so the store has it whole or not at all; a failure keeps
// it waiting with the reason, and the publication stays in force here.
class CentralPublications
{
    Q_DECLARE_TR_FUNCTIONS(ow::CentralPublications)

public:
    struct Waiting
    {
        int id = 0;
        QString kind; // "catalog" or "calendar"
        QString what; // the catalog version ("3") or calendar version ("2027-1")
        QDateTime queuedAt;
        QString lastError;
    };

    // Oldest first.
    static Result<QList<Waiting>> waiting(Database& local);
    // The central store's address as the sync keeps it (empty: none configured).
    static Result<QString> centralUrl(Database& local);
    // Sends every waiting publication over an open connection, oldest first; stops at the first
    // the store refuses (kept waiting, with the reason). Returns how many were sent.
    static Result<int> send(Database& local, QSqlDatabase& central,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The same over a connection of its own, with the sync's address and stored password.
    static Result<int> send(Database& local, CentralSettings settings,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());
    static Result<int> send(Database& local,
                            const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Notes that a publication reached the store another way (owctl catalog publish --central,
    // with the central administrator's login).
    static Status markSent(Database& local, const QString& kind, const QString& what,
                           int centralVersion, const QDateTime& now);

    // A plain sentence for a waiting list ("catalog version 3, calendar 2027-1").
    static QString describe(const QList<Waiting>& waiting);

private:
    static Status remember(Database& local, int id, const QString& error);
};

} // namespace ow
