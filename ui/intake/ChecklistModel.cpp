#include "intake/ChecklistModel.h"

#include "guide/GuideJson.h"

#include <QBrush>
#include <QColor>

namespace ow {

ChecklistModel::ChecklistModel(QList<CaseMaterial>* materials, QObject* parent)
    : QAbstractTableModel(parent), m_materials(materials)
{}

void ChecklistModel::reload()
{
    beginResetModel();
    endResetModel();
}

QString ChecklistModel::stateName(CaseMaterial::State state)
{
    switch (state) {
    case CaseMaterial::State::Received:
        return tr("received");
    case CaseMaterial::State::Missing:
        return tr("missing");
    case CaseMaterial::State::Waived:
        return tr("waived (shared data)");
    }
    return QString();
}

void ChecklistModel::setThumbnail(const QString& sha256, const QImage& thumbnail)
{
    if (!thumbnail.isNull())
        m_thumbnails.insert(sha256, thumbnail);
}

void ChecklistModel::materialChanged(int row)
{
    if (row < 0 || row >= m_materials->size())
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit checklistChanged();
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_materials->size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_materials->size())
        return {};
    const CaseMaterial& m = m_materials->at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State && m.required &&
        m.state == CaseMaterial::State::Missing)
        return QBrush(QColor(0xa6, 0x1b, 0x1b));
    if (role == Qt::DecorationRole && index.column() == Scans && !m.scans.isEmpty()) {
        const QImage image = m_thumbnails.value(m.scans.first());
        if (!image.isNull())
            return image.scaled(32, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return {};
    }
    if (role == Qt::ToolTipRole)
        return tr("Needed by %1").arg(m.itemCodes.join(QStringLiteral("、")));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return m.name;
    case Form:
        return GuideJson::formName(m.form);
    case Copies:
        return m.copies;
    case Needed:
        return m.required ? tr("required")
                          : tr("when: %1").arg(m.conditions.join(QStringLiteral("；")));
    case State:
        return stateName(m.state);
    case Pages:
        return m.pages;
    case Scans:
        return m.scans.isEmpty() ? QString() : tr("%n scan(s)", nullptr, int(m.scans.size()));
    default:
        return {};
    }
}

bool ChecklistModel::cycleState(int row)
{
    if (row < 0 || row >= m_materials->size())
        return false;
    CaseMaterial& m = (*m_materials)[row];
    switch (m.state) {
    case CaseMaterial::State::Missing:
        m.state = CaseMaterial::State::Received;
        break;
    case CaseMaterial::State::Received:
        m.state = CaseMaterial::State::Waived;
        break;
    case CaseMaterial::State::Waived:
        m.state = CaseMaterial::State::Missing;
        break;
    }
    emit dataChanged(index(row, State), index(row, State));
    emit checklistChanged();
    return true;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Pages)
        return false;
    bool ok = false;
    const int pages = value.toInt(&ok);
    if (!ok || pages < 0 || pages > 9999)
        return false;
    (*m_materials)[index.row()].pages = pages;
    emit dataChanged(index, index);
    emit checklistChanged();
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Pages)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Material");
    case Form:
        return tr("Form");
    case Copies:
        return tr("Copies");
    case Needed:
        return tr("Needed");
    case State:
        return tr("State");
    case Pages:
        return tr("Pages");
    case Scans:
        return tr("Scans");
    default:
        return {};
    }
}

} // namespace ow
