#pragma once

#include "security/AuditChain.h"

#include <QAbstractTableModel>

namespace ow {

// Audit records as a table, newest last: number, time, user, window, action, subject, detail.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sequence,
        Time,
        User,
        Window,
        ActionColumn,
        Subject,
        Detail,
        ColumnCount
    };

    explicit AuditModel(QObject* parent = nullptr);
    void setRecords(QList<AuditRecord> records);
    const QList<AuditRecord>& records() const { return m_records; }
    // A person's words for an action key of the log ("sign_in" → 登录); unknown keys as they are.
    static QString actionLabel(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

} // namespace ow
