#include "search/SearchResultsModel.h"

namespace ow {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(QList<SearchHit> hits, const Catalog* catalog)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_catalog = catalog;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::label(int row) const
{
    const SearchHit& hit = m_hits.at(row);
    QString text;
    if (hit.kind == SearchHit::Kind::SubItem) {
        // Under its item when the item is the row above; else name the item for context.
        const bool underItem = row > 0 && m_hits.at(row - 1).itemCode == hit.itemCode;
        text = underItem ? QStringLiteral("    └ %1 %2").arg(hit.code, hit.name)
                         : QStringLiteral("%1 %2 › %3")
                               .arg(hit.itemCode,
                                    m_catalog && m_catalog->item(hit.itemCode)
                                        ? m_catalog->item(hit.itemCode)->name
                                        : QString(),
                                    hit.name);
    } else {
        text = QStringLiteral("%1 %2").arg(hit.code, hit.name);
    }
    if (!hit.department.isEmpty())
        text += tr("  (department: %1)").arg(hit.department);
    return text;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return label(index.row());
    case CodeRole:
        return hit.code;
    case KindRole:
        return int(hit.kind);
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

} // namespace ow
