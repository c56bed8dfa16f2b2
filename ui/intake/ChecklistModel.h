#pragma once

#include "cases/Case.h"

#include <QAbstractTableModel>

namespace ow {

// The merged materials checklist (一套材料) of an intake: one row per material, its form and
// copies, whether it is required or when, and its state at the counter (received / missing /
// waived), which the clerk changes with Space or a double click on the State column.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Form,
        Copies,
        Needed,
        State,
        Pages,
        ColumnCount
    };

    explicit ChecklistModel(QList<CaseMaterial>* materials, QObject* parent = nullptr);

    void reload(); // after the materials list changed underneath
    bool cycleState(int row);
    static QString stateName(CaseMaterial::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checklistChanged();

private:
    QList<CaseMaterial>* m_materials;
};

} // namespace ow
