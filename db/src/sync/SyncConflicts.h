#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

class AuditLog;
class Database;

// One overlapping edit the central store decided (sync_conflict, pulled from the store): the
// version it kept and the one that lost, and whether a supervisor here reviewed it.
struct SyncConflict
{
    QString id;
    QString table;
    QString rowKey;
    QJsonObject kept;
    QJsonObject lost;
    QString lostClient;
    QDateTime at;
    // The review (empty until a supervisor marked it reviewed).
    QString reviewedBy;
    QDateTime reviewedAt;
    QString note;

    bool reviewed() const { return !reviewedBy.isEmpty(); }
};

// The conflicts screen's data: the conflicts with their reviews, the two versions field by field
// with personal data masked, and a supervisor's review recorded together with its audit record.
// Who may do this is the caller's check (AccountService::require, Action::ReviewSyncConflicts).
class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(ow::SyncConflicts)

public:
    explicit SyncConflicts(Database& database) : m_database(database) {}

    // Newest first; unreviewed ones only unless includeReviewed.
    Result<QList<SyncConflict>> list(bool includeReviewed = true) const;
    // The note is required (at most 2000 characters); a conflict is reviewed once.
    Status markReviewed(const QString& conflictId, const QString& note, const QString& userName,
                        const QDateTime& at, AuditLog& audit);

    struct Field
    {
        QString name;
        QString kept; // as text; empty and absent differ only by present
        QString lost;
        bool keptPresent = false;
        bool lostPresent = false;
        bool differs = false;
    };
    // Every field of either version, in name order.
    static QList<Field> fields(const SyncConflict& conflict);
    // Resident IDs, phones, names and addresses (by field name, or a value that looks like an ID
    // or a phone number).
    static bool isPersonal(const QString& field, const QString& value);
    static QString masked(const QString& field, const QString& value);

private:
    Database& m_database;
};

} // namespace ow
