#pragma once

#include "access/Session.h"

#include <QAbstractTableModel>

namespace ow {

// User accounts as a table: name, display name, role, state (active, locked, deactivated, demo).
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        DisplayName,
        RoleColumn,
        State,
        ColumnCount
    };

    explicit UsersModel(QObject* parent = nullptr);
    void setUsers(QList<UserAccount> users, const QDateTime& now);
    const UserAccount* user(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UserAccount> m_users;
    QDateTime m_now;
};

} // namespace ow
