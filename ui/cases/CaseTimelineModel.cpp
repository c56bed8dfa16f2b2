#include "cases/CaseTimelineModel.h"

namespace ow {

CaseTimelineModel::CaseTimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseTimelineModel::setEvents(QList<CaseEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int CaseTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const CaseEvent& event = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Step:
            return CaseLifecycle::displayName(event.to);
        case Time:
            return event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case User:
            return event.userName;
        case Note:
            return event.note;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Note && !event.note.isEmpty())
        return event.note;
    return {};
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step:
        return tr("Step");
    case Time:
        return tr("Time");
    case User:
        return tr("By");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ow
