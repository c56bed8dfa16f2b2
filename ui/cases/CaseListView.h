#pragma once

#include "cases/CaseDetailView.h"
#include "cases/CaseRepository.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace ow {

class CaseListModel;

// 今日办件: the hall's cases of a day, or of a range of days, with their status and deadline;
// Enter opens a case. Rows are read a page at a time as the list scrolls.
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    // A page of the cases received from one day to another, after `after` (null: the first).
    // `show` says which (CaseListQuery::show: "" all, "open", "overdue", or a status key).
    using Pager = std::function<Result<QList<CaseSummary>>(const QDate& from, const QDate& to,
                                                           const QString& show,
                                                           const CaseSummary* after, int limit)>;
    // How many cases there are from one day to another (and how many are overdue today).
    using Counter =
        std::function<Result<CaseCounts>(const QDate& from, const QDate& to, const QString& show)>;

    CaseListView(Pager pager, Counter counter, const QDate& today, QWidget* parent = nullptr);

    void showDay(const QDate& day);
    // Reads the shown day again (after a case took a step), keeping the selected case.
    void refresh();
    void showRange(const QDate& from, const QDate& to);
    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    void caseActivated(const QString& caseId);

private:
    Pager m_pager;
    Counter m_counter;
    QDate m_today;
    QDateEdit* m_day;
    QDateEdit* m_to;
    QComboBox* m_show;
    QTableView* m_table;
    CaseListModel* m_model;
    QLabel* m_summary;
};

} // namespace ow
