#pragma once

#include "access/Session.h"
#include "common/Result.h"
#include "reports/DailyFigures.h"

#include <QHash>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPieSeries;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace ow {

class ReportService;

// 大厅管理: the supervisor's dashboard. A day or range and a scope (the hall, one window, one
// clerk) → the figures of ReportService as Qt Charts: cases by hour, stage, scene and item
// (top 20), decisions, open cases by days to deadline (overdue in red), ratings and the
// satisfaction trend, assisted cases, and the plan's ledger. A click on a bar or slice lists the
// cases behind it (numbers only, no applicant's data). The day exports as PDF (charts included)
// and CSV.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(ReportService& reports, Session session, QWidget* parent = nullptr);

    // Shows the figures of a scope (the pickers follow); false with the message on screen.
    bool showScope(const ReportScope& scope);
    const DailyFigures& figures() const { return m_figures; }
    // The cases behind a bar or slice, listed under the charts (what a click does).
    void showCasesBehind(const FigureSlice& slice, const QString& title);
    QStandardItemModel* casesModel() const { return m_casesModel; }

    QChartView* chart(const QString& objectName) const;
    QList<QChartView*> charts() const { return m_charts; }

    // The exports, to a file named by the caller (the buttons ask for the name first).
    Status exportPdf(const QString& path);
    Status exportCsv(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* addChart(const QString& objectName, const QString& title);
    void refresh();
    void render();
    void renderCharts();
    void sizeCharts();
    void renderBars(QChartView* view, const QList<FigureCount>& counts, FigureSlice::Kind kind,
                    const QString& setName);
    void renderHours();
    void renderDecisions();
    void renderDeadlines();
    void renderRatings();
    void renderTrend();
    void renderAssisted();
    void renderLedger();
    void renderSummary();
    ReportScope scopeFromPickers() const;
    void askAndExport(bool pdf);

    ReportService& m_reports;
    Session m_session;
    DailyFigures m_figures;
    bool m_restylePending = false;
    QGridLayout* m_grid = nullptr;

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_scope;
    QSpinBox* m_window;
    QLineEdit* m_clerk;
    QLabel* m_summary;
    QLabel* m_overdue;
    QLabel* m_message;
    QList<QChartView*> m_charts;
    QTableWidget* m_ledger;
    QLabel* m_casesTitle;
    QStandardItemModel* m_casesModel;
    QTableView* m_cases;
};

} // namespace ow
