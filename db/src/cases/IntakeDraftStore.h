#pragma once

#include "access/Session.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

class Database;

// The intake drafts autosaved while a clerk fills in the form (table intake_draft), one row per
// intake, owned by the user and window that started it. The payload (the form as JSON, with
// personal data) is sealed with a key derived from the workstation's at-rest key (the one that
// encrypts scans): XChaCha20-Poly1305 with a random nonce, the row's id, user and format as
// associated data, so a payload copied to another row, altered or sealed under another key is
// refused. Each save is one small transaction. Nothing here logs or prints a payload.
class IntakeDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeDraftStore)

public:
    static constexpr int Format = 1; // the payload format this program writes and reads
    static constexpr char Magic[] = "OWD1";
    static constexpr int MagicSize = 4;

    struct Info
    {
        QString id;
        QString userName;
        QDateTime createdAt; // UTC
        QDateTime savedAt;   // UTC
        QStringList itemCodes;
        int format = Format;
    };

    // key: the 32-byte at-rest key from a KeyStore; another size makes every save and open fail.
    IntakeDraftStore(Database& database, const Clock& clock, QByteArray key);
    ~IntakeDraftStore(); // wipes the derived key
    IntakeDraftStore(const IntakeDraftStore&) = delete;
    IntakeDraftStore& operator=(const IntakeDraftStore&) = delete;

    static QString newId();

    // Creates the draft id for the session's user at its window.
    Status insert(const Session& session, const QString& id, const QByteArray& payload,
                  const QStringList& itemCodes);
    // Replaces the payload of a draft that still exists; false (and nothing written) when it is
    // gone: taken in as a case or discarded meanwhile, so a late save never brings it back.
    Result<bool> update(const QString& id, const QByteArray& payload, const QStringList& itemCodes);
    // The drafts of the session's user at its window, newest first.
    Result<QList<Info>> list(const Session& session) const;
    // The plain payload of one draft of the session's user; a draft of an older or newer format,
    // or one that fails to open, is a failure naming the draft by its time, never its content.
    // unreadable, when given, says whether the stored draft itself is at fault (so discarding
    // it loses nothing that could be read), rather than the database or a missing key.
    Result<QByteArray> open(const Session& session, const QString& id,
                            bool* unreadable = nullptr) const;
    // Deletes a draft with the audit record auditAction (subject: the id; detail: why) in one
    // transaction. Removing a draft that is gone succeeds.
    Status remove(const Session& session, const QString& id, const QString& auditAction,
                  const QString& detail = QString());
    // Records that the draft was put back into a form (intake_draft_restored).
    Status recordRestored(const Session& session, const QString& id);

    // Deletes the draft row inside the caller's transaction (CaseService::takeIn).
    static Status removeWithin(Database& database, const QString& id);

private:
    QByteArray seal(const QString& id, const QString& userName, const QByteArray& plain) const;
    Result<QByteArray> unseal(const Info& info, const QByteArray& sealed, bool* unreadable) const;
    Result<std::optional<Info>> find(const QString& id, QByteArray* payload) const;

    Database& m_database;
    const Clock& m_clock;
    QByteArray m_key; // derived from the at-rest key for drafts only
};

} // namespace ow
