#pragma once

#include "cases/CaseRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace ow {

// A day's cases: number, applicant (masked, as every list), items, status, deadline — overdue
// in red, due today or tomorrow in orange.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Applicant,
        Items,
        Status,
        Due,
        Clerk,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1
    };

    explicit CaseListModel(QObject* parent = nullptr);
    void setCases(QList<CaseSummary> cases, const QDate& today);
    const CaseSummary* summary(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
    QDate m_today;
};

} // namespace ow
