#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/AuditChain.h"

#include <QCoreApplication>
#include <QDate>

namespace ow {

class Database;

// Which audit records to read: a date range (local dates, inclusive), a user, an action.
struct AuditFilter
{
    QDate from;
    QDate to;
    QString userName;
    QString action;
};

// The audit log: who did what, when, at which window. Appending is the only write; every
// record is sealed into the hash chain in the same transaction that gives it its number, and
// joins the caller's transaction when there is one (so a business write and its audit record
// commit together). Never write personal data in full into subject or detail: mask it.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(ow::AuditLog)

public:
    AuditLog(Database& database, const Clock& clock, QString centerCode, QString window);

    Status append(const QString& userName, const QString& action, const QString& subject,
                  const QString& detail = QString());
    Result<QList<AuditRecord>> list(const AuditFilter& filter = {}) const;
    Result<AuditChain::Verification> verify() const;

    // The export shape (owctl audit export --json, the audit screen's export): an array of
    // {sequence, at, user, center, window, action, subject, detail, hash}.
    static QByteArray toJson(const QList<AuditRecord>& records);

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_centerCode;
    QString m_window;
};

} // namespace ow
