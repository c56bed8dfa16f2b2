#include "admin/AuditModel.h"

#include <QHash>

namespace ow {

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AuditModel::actionLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("hall_set_up"), QT_TR_NOOP("hall set up")},
        {QStringLiteral("demo_user_created"), QT_TR_NOOP("demo user created")},
        {QStringLiteral("sign_in"), QT_TR_NOOP("signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("sign-in failed")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("account locked")},
        {QStringLiteral("sign_out"), QT_TR_NOOP("signed out")},
        {QStringLiteral("screen_locked"), QT_TR_NOOP("screen locked")},
        {QStringLiteral("access_denied"), QT_TR_NOOP("refused")},
        {QStringLiteral("user_added"), QT_TR_NOOP("user added")},
        {QStringLiteral("password_changed"), QT_TR_NOOP("password changed")},
        {QStringLiteral("password_reset"), QT_TR_NOOP("password reset")},
        {QStringLiteral("account_unlocked"), QT_TR_NOOP("account unlocked")},
        {QStringLiteral("account_activated"), QT_TR_NOOP("account reactivated")},
        {QStringLiteral("account_deactivated"), QT_TR_NOOP("account deactivated")},
        {QStringLiteral("print"), QT_TR_NOOP("printed")},
        {QStringLiteral("export"), QT_TR_NOOP("exported")},
        {QStringLiteral("audit_exported"), QT_TR_NOOP("audit log exported")},
        {QStringLiteral("audit_verified"), QT_TR_NOOP("audit log checked")},
        {QStringLiteral("shift_closed"), QT_TR_NOOP("shift handed over")},
    };
    const auto found = labels.constFind(key);
    return found == labels.cend() ? key : tr(*found);
}

void AuditModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const AuditRecord& record = m_records.at(index.row());
    switch (index.column()) {
    case Sequence:
        return QString::number(record.sequence);
    case Time:
        return record.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return record.userName;
    case Window:
        return QStringLiteral("%1-%2").arg(record.centerCode, record.window);
    case ActionColumn:
        return record.action;
    case Subject:
        return record.subject;
    case Detail:
        return record.detail;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sequence:
        return tr("No.");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Window:
        return tr("Window");
    case ActionColumn:
        return tr("Action");
    case Subject:
        return tr("Subject");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace ow
