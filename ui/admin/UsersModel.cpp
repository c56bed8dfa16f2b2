#include "admin/UsersModel.h"

namespace ow {

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent) {}

void UsersModel::setUsers(QList<UserAccount> users, const QDateTime& now)
{
    beginResetModel();
    m_users = std::move(users);
    m_now = now;
    endResetModel();
}

const UserAccount* UsersModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    const UserAccount* account = index.isValid() ? user(index.row()) : nullptr;
    if (!account || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case Name:
        return account->name;
    case DisplayName:
        return account->displayName;
    case RoleColumn:
        return Roles::displayName(account->role);
    case State: {
        QStringList states;
        if (!account->active)
            states.append(tr("deactivated"));
        else if (account->lockedUntil.isValid() && account->lockedUntil > m_now)
            states.append(
                tr("locked until %1")
                    .arg(account->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
        else
            states.append(tr("active"));
        if (account->demo)
            states.append(tr("demo"));
        return states.join(QStringLiteral("，"));
    }
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ow
