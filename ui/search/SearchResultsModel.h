#pragma once

#include "search/CatalogSearch.h"

#include <QAbstractListModel>

namespace ow {

// The ranked hits of the search box as a list: a sub-item is indented under its item.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        KindRole,
        ScoreRole
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(QList<SearchHit> hits, const Catalog* catalog);
    const QList<SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString label(int row) const;
    QList<SearchHit> m_hits;
    const Catalog* m_catalog = nullptr;
};

} // namespace ow
