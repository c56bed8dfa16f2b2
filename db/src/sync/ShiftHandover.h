#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

class AuditLog;
class Database;

// 交班: what a clerk leaves behind when signing out. Nothing is hidden and nothing blocks the
// sign-out: the summary is shown, and the hand-over is recorded in the audit log.
struct ShiftHandover
{
    Q_DECLARE_TR_FUNCTIONS(ow::ShiftHandover)

public:
    struct CaseLine
    {
        QString caseId;
        QString number;
        QString status;
        QDate dueDate;
    };
    QString clerk;
    // The clerk's cases with changes not yet in the central store.
    QList<CaseLine> notInCentralStore;
    // 补正: the clerk asked for missing materials; the applicant has not come back yet.
    QList<CaseLine> supplementsRunning;
    // 整改 of a bad rating on the clerk's cases, still open (dueDate: the rectification's).
    QList<CaseLine> rectificationsDue;
    // Receipts and notices the clerk printed since the last successful sync (the applicant holds
    // paper the central store does not know yet), within the shift when shiftStart is given.
    struct PrintLine
    {
        QString number; // the case
        QString title;  // the document
        QDateTime at;
    };
    QList<PrintLine> printedOffline;
    // Every change of this workstation not yet in the central store, and the last good sync.
    int pendingChanges = 0;
    QDateTime lastSync;

    static Result<ShiftHandover> summarize(Database& database, const QString& clerk,
                                           const QDateTime& shiftStart = QDateTime());
    // The hand-over as an audit record (action shift_closed; subject: the clerk; detail: the
    // counts and the case numbers not yet in the central store).
    // Nothing left behind at all (the panel then says so).
    Status record(AuditLog& audit) const;
    bool isEmpty() const;
    // Plain text for owctl and the sign-out panel.
    QString text() const;
};

} // namespace ow
