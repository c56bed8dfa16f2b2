#pragma once

#include "cases/CaseDetailView.h"
#include "cases/CaseRepository.h"

#include <QWidget>
#include <functional>

class QDateEdit;
class QLabel;
class QTableView;

namespace ow {

class CaseListModel;

// 今日办件: the hall's cases of a day with their status and deadline; Enter opens a case.
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    using Loader = std::function<Result<QList<CaseSummary>>(const QDate& day)>;

    CaseListView(Loader loader, const QDate& today, QWidget* parent = nullptr);

    void showDay(const QDate& day);
    // Reads the shown day again (after a case took a step), keeping the selected case.
    void refresh();
    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    void caseActivated(const QString& caseId);

private:
    Loader m_loader;
    QDate m_today;
    QDateEdit* m_day;
    QTableView* m_table;
    CaseListModel* m_model;
    QLabel* m_summary;
};

} // namespace ow
