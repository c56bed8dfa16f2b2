#pragma once

#include "cases/Case.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>

namespace ow {

// The merged materials checklist (一套材料) of an intake: one row per material, its form and
// copies, whether it is required or when, and its state at the counter (received / missing /
// waived), which the clerk changes with Space or a double click on the State column, and the
// scans attached to it (their count, the first one's thumbnail; pages follow the scans).
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
        Scans,
        ColumnCount
    };

    explicit ChecklistModel(QList<CaseMaterial>* materials, QObject* parent = nullptr);

    void reload(); // after the materials list changed underneath
    bool cycleState(int row);
    static QString stateName(CaseMaterial::State state);
    // The thumbnail shown for a scan (by its SHA-256) in the Scans column and the scans list.
    void setThumbnail(const QString& sha256, const QImage& thumbnail);
    QImage thumbnail(const QString& sha256) const { return m_thumbnails.value(sha256); }
    // After scans of row were attached or removed: its scans, pages and state changed.
    void materialChanged(int row);

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
    QHash<QString, QImage> m_thumbnails;
};

} // namespace ow
