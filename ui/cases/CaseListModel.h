#pragma once

#include "cases/CaseRepository.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>

namespace ow {

// A list of cases: number, applicant (masked, as every list), items, status, deadline — overdue
// in red, due today or tomorrow in orange. Rows arrive a page at a time: the view asks for more
// (canFetchMore / fetchMore) as it scrolls towards the end, so a year of 500,000 cases opens as
// fast as a day.
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

    // The next `limit` cases after `after` (from the start when null), in list order.
    using Pager = std::function<Result<QList<CaseSummary>>(const CaseSummary* after, int limit)>;
    static constexpr int DefaultPageSize = 200;

    explicit CaseListModel(QObject* parent = nullptr);
    // All of a list at once (nothing more to fetch).
    void setCases(QList<CaseSummary> cases, const QDate& today);
    // A list read page by page; the first page is read at once. Returns its failure, if any.
    ow::Status setPager(Pager pager, const QDate& today, int pageSize = DefaultPageSize);
    const CaseSummary* summary(int row) const;
    int pagesFetched() const { return m_pages; }
    const QString& lastError() const { return m_error; }

    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void fetchFailed(const QString& message);

private:
    QList<CaseSummary> m_cases;
    QDate m_today;
    Pager m_pager;
    int m_pageSize = DefaultPageSize;
    int m_pages = 0;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace ow
