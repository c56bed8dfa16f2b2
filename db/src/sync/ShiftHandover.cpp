#include "sync/ShiftHandover.h"

#include "Database.h"
#include "SqlValues.h"
#include "audit/AuditLog.h"

#include <QSqlQuery>

#include <algorithm>

namespace ow {

Result<ShiftHandover> ShiftHandover::summarize(Database& database, const QString& clerk,
                                               const QDateTime& shiftStart)
{
    using R = Result<ShiftHandover>;
    ShiftHandover summary;
    summary.clerk = clerk;
    QSqlQuery query(database.connection());
    auto lines = [&](const QString& sql, QList<CaseLine>& into) {
        if (!execute(query, sql, {clerk}))
            return false;
        while (query.next())
            into.append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), dateFrom(query.value(3))});
        return true;
    };
    // A case's rows are keyed ["<case id>"] or ["<case id>", position] in the outbox.
    if (!lines(QStringLiteral("SELECT c.id, c.number, c.status, c.due_date FROM case_file c "
                              "WHERE c.clerk = ? AND EXISTS (SELECT 1 FROM sync_outbox o WHERE "
                              "o.table_name IN ('case_file', 'case_item', 'case_material', "
                              "'case_event') AND o.row_key >= '[\"' || c.id || '\"' AND "
                              "o.row_key < '[\"' || c.id || '#') ORDER BY c.number"),
               summary.notInCentralStore) ||
        !lines(QStringLiteral("SELECT id, number, status, due_date FROM case_file WHERE clerk = ? "
                              "AND status = 'supplement_requested' ORDER BY number"),
               summary.supplementsRunning) ||
        !query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox), last_success FROM "
                                   "sync_state WHERE id = 1")) ||
        !query.next())
        return R::failure(
            tr("Cannot read what is left for the next shift: %1").arg(failureText(query)));
    summary.pendingChanges = query.value(0).toInt();
    summary.lastSync = timeFrom(query.value(1));
    // 整改 due: open rectifications of the clerk's cases, the nearest deadline first.
    if (!execute(query,
                 QStringLiteral("SELECT c.id, c.number, c.status, r.due_date FROM rectification r "
                                "JOIN case_file c ON c.id = r.case_id WHERE c.clerk = ? AND "
                                "r.status = 'open' ORDER BY r.due_date, c.number"),
                 {clerk}))
        return R::failure(
            tr("Cannot read what is left for the next shift: %1").arg(failureText(query)));
    while (query.next())
        summary.rectificationsDue.append({query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), dateFrom(query.value(3))});
    // Printed since the last good sync (audit action print, subject the case number).
    QString since = summary.lastSync.isValid()
                        ? summary.lastSync.toUTC().toString(Qt::ISODateWithMs)
                        : QString();
    if (shiftStart.isValid())
        since = std::max(since, shiftStart.toUTC().toString(Qt::ISODateWithMs));
    if (!execute(query,
                 QStringLiteral("SELECT subject, detail, at FROM audit_log WHERE user_name = ? AND "
                                "action = 'print' AND at > ? ORDER BY at, sequence"),
                 {clerk, since}))
        return R::failure(
            tr("Cannot read what is left for the next shift: %1").arg(failureText(query)));
    while (query.next())
        summary.printedOffline.append(
            {query.value(0).toString(), query.value(1).toString(), timeFrom(query.value(2))});
    return R::success(summary);
}

Status ShiftHandover::record(AuditLog& audit) const
{
    QStringList numbers;
    for (const CaseLine& line : notInCentralStore)
        numbers.append(line.number);
    return audit.append(clerk, QStringLiteral("shift_closed"), clerk,
                        QStringLiteral("not_in_central_store=%1 supplements_running=%2 "
                                       "pending_changes=%3 cases=%4 rectifications_open=%5 "
                                       "printed_offline=%6")
                            .arg(notInCentralStore.size())
                            .arg(supplementsRunning.size())
                            .arg(pendingChanges)
                            .arg(numbers.join(u','))
                            .arg(rectificationsDue.size())
                            .arg(printedOffline.size()));
}

bool ShiftHandover::isEmpty() const
{
    return notInCentralStore.isEmpty() && supplementsRunning.isEmpty() &&
           rectificationsDue.isEmpty() && printedOffline.isEmpty() && pendingChanges == 0;
}

QString ShiftHandover::text() const
{
    QString out;
    out += tr("Cases not yet in the central store: %1").arg(notInCentralStore.size()) + u'\n';
    for (const CaseLine& line : notInCentralStore)
        out += QStringLiteral("  %1\n").arg(line.number);
    out += tr("Supplements (补正) waiting for the applicant: %1").arg(supplementsRunning.size()) +
           u'\n';
    for (const CaseLine& line : supplementsRunning)
        out += QStringLiteral("  %1\n").arg(line.number);
    out += tr("Rectifications (整改) still open: %1").arg(rectificationsDue.size()) + u'\n';
    for (const CaseLine& line : rectificationsDue)
        out += QStringLiteral("  %1 %2\n").arg(line.number, line.dueDate.toString(Qt::ISODate));
    out += tr("Receipts and notices printed since the last sync: %1").arg(printedOffline.size()) +
           u'\n';
    for (const PrintLine& line : printedOffline)
        out += QStringLiteral("  %1 %2\n").arg(line.number, line.title);
    out += tr("Changes of this workstation not yet sent: %1").arg(pendingChanges) + u'\n';
    out += tr("Last successful sync: %1")
               .arg(lastSync.isValid()
                        ? lastSync.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : tr("never")) +
           u'\n';
    return out;
}

} // namespace ow
