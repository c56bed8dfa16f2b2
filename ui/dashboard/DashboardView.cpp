#include "dashboard/DashboardView.h"

#include "PdfWriter.h"
#include "accessibility/AccessibilityTheme.h"
#include "accessibility/Descriptions.h"
#include "reports/ReportFormats.h"
#include "reports/ReportRepository.h"
#include "reports/ReportService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QPieSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ow {

namespace {

QString duration(qint64 seconds)
{
    return DashboardView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString percent(double share)
{
    return share < 0 ? DashboardView::tr("none rated")
                     : QStringLiteral("%1 %").arg(share * 100, 0, 'f', 1);
}

QString modeName(PlanLedgerLine::Mode mode)
{
    switch (mode) {
    case PlanLedgerLine::Mode::Minimal:
        return DashboardView::tr("minimal (极简办)");
    case PlanLedgerLine::Mode::Integrated:
        return DashboardView::tr("integrated (集成办)");
    case PlanLedgerLine::Mode::Anywhere:
        return DashboardView::tr("anywhere (全域办)");
    }
    return QString();
}

// A fresh chart for a view, the old one deleted (QChartView does not delete it).
QChart* freshChart(QChartView* view, const QString& title)
{
    QChart* old = view->chart();
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    view->setChart(chart);
    delete old;
    return chart;
}

bool isHighContrast(const QPalette& palette)
{
    const QPalette contrast = AccessibilityTheme::highContrastPalette();
    return palette.color(QPalette::Base) == contrast.color(QPalette::Base) &&
           palette.color(QPalette::Text) == contrast.color(QPalette::Text) &&
           palette.color(QPalette::Highlight) == contrast.color(QPalette::Highlight);
}

// Labels side by side that need more than a bar's width each would be cut to "…" by Qt Charts:
// measured in the view's font (large in the accessibility mode), they turn upright.
void fitLabels(QBarCategoryAxis* x, const QStringList& categories, const QWidget* view)
{
    // Qt Charts pads each label and keeps the y axis' labels and margins out of the plot.
    const QFontMetrics metrics(view->font());
    int needed = 0;
    for (const QString& label : categories)
        needed += metrics.horizontalAdvance(QString(label).remove(QChar(0x200B))) +
                  metrics.averageCharWidth() * 4;
    const int available =
        std::max(view->width(), view->minimumWidth()) * 3 / 4 - metrics.averageCharWidth() * 8;
    if (needed > available)
        x->setLabelsAngle(-90);
}

void addAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories, int maximum,
             const QWidget* view)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    fitLabels(x, categories, view);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1, maximum));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

// The chart in the view's type and colours: in the accessibility mode large type and, with the
// high-contrast theme, black on white with navy bars, black outlines and thick lines.
void styleChart(QChart* chart, const QWidget* view)
{
    const QPalette& palette = view->palette();
    const bool contrast = isHighContrast(palette);
    const QColor text = palette.color(QPalette::Text);
    QFont font = view->font();
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->setTitleBrush(text);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(text, contrast ? 2 : 1));
        axis->setGridLineColor(contrast ? QColor(0x76, 0x76, 0x76) : palette.color(QPalette::Mid));
    }
    const QColor bars = contrast ? palette.color(QPalette::Highlight) : QColor(0x1f, 0x6f, 0xb5);
    // Distinct on white at 3:1 or more (non-text contrast) in both themes.
    const QList<QColor> slices = {QColor(0x1f, 0x4e, 0x9a), QColor(0x8a, 0x45, 0x00),
                                  AccessibilityTheme::ErrorText, QColor(0x4a, 0x4a, 0x4a)};
    for (QAbstractSeries* series : chart->series()) {
        if (auto* barSeries = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : barSeries->barSets()) {
                if (!set->property("ownColour").toBool())
                    set->setColor(bars);
                set->setBorderColor(contrast ? text : set->color());
                set->setLabelFont(font);
                set->setLabelColor(text);
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (int i = 0; i < pie->count(); ++i) {
                QPieSlice* slice = pie->slices().at(i);
                slice->setColor(slices.at(i % slices.size()));
                slice->setBorderColor(palette.color(QPalette::Base));
                slice->setBorderWidth(2);
                slice->setLabelFont(font);
                slice->setLabelColor(text);
            }
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            line->setPen(QPen(bars, contrast ? 4 : 2));
        }
    }
}

} // namespace

DashboardView::DashboardView(ReportService& reports, Session session, QWidget* parent)
    : QWidget(parent), m_reports(reports), m_session(std::move(session))
{
    setObjectName(QStringLiteral("dashboard"));
    const QDate today = m_reports.today();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_scope->addItem(tr("Whole hall"));
    m_scope->addItem(tr("One window"));
    m_scope->addItem(tr("One clerk"));
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("dashboardWindow"));
    m_window->setRange(1, 999);
    m_window->setValue(std::max(1, m_session.hall.window));
    m_clerk = new QLineEdit(this);
    m_clerk->setObjectName(QStringLiteral("dashboardClerk"));
    m_clerk->setPlaceholderText(tr("user name"));
    auto* show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("dashboardShow"));
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    pdf->setObjectName(QStringLiteral("dashboardExportPdf"));
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("dashboardExportCsv"));
    const auto updateScope = [this] {
        m_window->setEnabled(m_scope->currentIndex() == 1);
        m_clerk->setEnabled(m_scope->currentIndex() == 2);
    };
    updateScope();
    connect(m_scope, &QComboBox::currentIndexChanged, this, updateScope);
    connect(show, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(pdf, &QPushButton::clicked, this, [this] { askAndExport(true); });
    connect(csv, &QPushButton::clicked, this, [this] { askAndExport(false); });

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("From"), this));
    pickers->addWidget(m_from);
    pickers->addWidget(new QLabel(tr("to"), this));
    pickers->addWidget(m_to);
    pickers->addWidget(m_scope);
    pickers->addWidget(m_window);
    pickers->addWidget(m_clerk);
    pickers->addWidget(show);
    pickers->addStretch();
    pickers->addWidget(pdf);
    pickers->addWidget(csv);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("dashboardOverdue"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);

    m_grid = new QGridLayout;
    const QList<QPair<QString, QString>> charts = {
        {QStringLiteral("hourChart"), tr("Cases by hour")},
        {QStringLiteral("decisionChart"), tr("Decisions")},
        {QStringLiteral("stageChart"), tr("Cases by stage")},
        {QStringLiteral("deadlineChart"), tr("Open cases by days to deadline")},
        {QStringLiteral("sceneChart"), tr("Cases by scene (top 20)")},
        {QStringLiteral("itemChart"), tr("Cases by item (top 20)")},
        {QStringLiteral("ratingChart"), tr("Ratings")},
        {QStringLiteral("trendChart"), tr("Satisfaction trend")},
        {QStringLiteral("assistedChart"), tr("Assisted service")},
    };
    for (int i = 0; i < charts.size(); ++i)
        m_grid->addWidget(addChart(charts.at(i).first, charts.at(i).second), i / 2, i % 2);

    m_ledger = new QTableWidget(6, 7, this);
    m_ledger->setObjectName(QStringLiteral("planLedger"));
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->verticalHeader()->hide();
    m_ledger->setMinimumHeight(220);

    m_casesTitle = new QLabel(tr("Click a bar or slice to list its cases."), this);
    m_casesTitle->setObjectName(QStringLiteral("dashboardCasesTitle"));
    m_casesModel = new QStandardItemModel(0, 7, this);
    m_casesModel->setHorizontalHeaderLabels({
        tr("Case number"),
        tr("Received"),
        tr("Window"),
        tr("Clerk"),
        tr("Items"),
        tr("Status"),
        tr("Deadline"),
    });
    m_cases = new QTableView(this);
    m_cases->setObjectName(QStringLiteral("dashboardCases"));
    m_cases->setModel(m_casesModel);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->setMinimumHeight(200);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_summary);
    column->addWidget(m_overdue);
    column->addLayout(m_grid);
    column->addWidget(
        new QLabel(tr("Plan ledger (双全双百): items handled, target 100 each"), this));
    column->addWidget(m_ledger);
    column->addWidget(m_casesTitle);
    column->addWidget(m_cases);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Figures"));
    scroll->setAccessibleDescription(tr("The charts, the work plan and the cases behind a bar."));
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    // Screen readers: what each control does, read after its name.
    describeControls(
        this,
        {
            {"dashboard",
             {},
             tr("The hall's figures of a day or a period: charts, the work plan and the cases "
                "behind a bar.")},
            {"dashboardFrom", tr("From"), tr("The first day of the figures.")},
            {"dashboardTo", tr("To"), tr("The last day of the figures.")},
            {"dashboardScope", tr("Scope"), tr("The whole hall, one window or one clerk.")},
            {"dashboardWindow", tr("Window number"),
             tr("The window whose figures are shown (scope: one window).")},
            {"dashboardClerk", tr("Clerk"),
             tr("The user name of the clerk whose figures are shown (scope: one clerk).")},
            {"dashboardShow", {}, tr("Shows the figures of the period and scope chosen.")},
            {"dashboardExportPdf", {}, tr("Writes the figures with their charts to a PDF file.")},
            {"dashboardExportCsv", {}, tr("Writes one row per figure to a CSV file.")},
            {"hourChart", {}, tr("Chart: cases received in each hour; a bar lists its cases.")},
            {"decisionChart", {}, tr("Chart: decisions taken; a slice lists its cases.")},
            {"stageChart", {}, tr("Chart: cases by stage of life; a bar lists its cases.")},
            {"deadlineChart",
             {},
             tr("Chart: open cases by days to their deadline, overdue in red.")},
            {"sceneChart", {}, tr("Chart: cases by scene.")},
            {"itemChart", {}, tr("Chart: cases by item, the 20 most frequent.")},
            {"ratingChart", {}, tr("Chart: ratings 1 to 5 and the satisfaction rate.")},
            {"trendChart", {}, tr("Chart: the satisfaction rate day by day.")},
            {"assistedChart", {}, tr("Chart: assisted-service cases by kind.")},
            {"planLedger", tr("Work plan"),
             tr("The work plan: milestones and lines with their figures.")},
            {"dashboardCases", tr("Cases behind the chart"),
             tr("The cases behind the bar or slice chosen, without applicants.")},
        });
    sizeCharts();
    showScope(ReportScope::day(today, m_session.hall.centerCode));
}

QChartView* DashboardView::addChart(const QString& objectName, const QString& title)
{
    auto* view = new QChartView(this);
    view->setObjectName(objectName);
    view->setMinimumSize(420, 260);
    view->setRenderHint(QPainter::Antialiasing);
    view->setToolTip(title);
    view->setAccessibleName(title);
    freshChart(view, title);
    m_charts.append(view);
    return view;
}

QChartView* DashboardView::chart(const QString& objectName) const
{
    for (QChartView* view : m_charts)
        if (view->objectName() == objectName)
            return view;
    return nullptr;
}

ReportScope DashboardView::scopeFromPickers() const
{
    ReportScope scope{m_from->date(), m_to->date(), m_session.hall.centerCode, 0, QString()};
    if (m_scope->currentIndex() == 1)
        scope.window = m_window->value();
    else if (m_scope->currentIndex() == 2)
        scope.clerk = m_clerk->text().trimmed();
    return scope;
}

void DashboardView::refresh()
{
    const ReportScope scope = scopeFromPickers();
    if (m_scope->currentIndex() == 2 && scope.clerk.isEmpty()) {
        m_message->setText(tr("Enter the user name of the clerk."));
        return;
    }
    showScope(scope);
}

bool DashboardView::showScope(const ReportScope& scope)
{
    const Result<DailyFigures> figures = m_reports.figures(m_session, scope);
    if (!figures) {
        m_message->setText(figures.error());
        return false;
    }
    m_message->clear();
    m_figures = figures.value();
    m_from->setDate(scope.from);
    m_to->setDate(scope.to);
    m_scope->setCurrentIndex(scope.window > 0 ? 1 : !scope.clerk.isEmpty() ? 2 : 0);
    if (scope.window > 0)
        m_window->setValue(scope.window);
    m_clerk->setText(scope.clerk);
    render();
    return true;
}

void DashboardView::render()
{
    renderCharts();
    m_casesModel->removeRows(0, m_casesModel->rowCount());
    m_casesTitle->setText(tr("Click a bar or slice to list its cases."));
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The accessibility mode changes the application's font and palette: the charts follow.
    // Once, after the change has reached every chart view (the views learn it after us).
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) &&
        !m_charts.isEmpty() && m_figures.scope.from.isValid() && !m_restylePending) {
        m_restylePending = true;
        QTimer::singleShot(0, this, [this] {
            m_restylePending = false;
            sizeCharts();
            renderCharts();
        });
    }
}

void DashboardView::sizeCharts()
{
    // The dashboard's type and colours of the moment (150 % or 200 %, high contrast in the
    // accessibility mode: a QChartView does not follow the application's font by itself) and
    // room for the titles and labels in that type.
    const QFontMetrics metrics(font());
    for (QChartView* view : std::as_const(m_charts)) {
        view->setFont(font());
        view->setPalette(palette());
        view->setMinimumSize(std::max(420, metrics.averageCharWidth() * 48),
                             std::max(260, metrics.height() * 22));
    }
    m_ledger->setMinimumHeight(std::max(220, metrics.height() * 14));
    // In large type 16 stages or 20 scenes and items have no room for a label each in half the
    // width (even upright, a label needs a line's height per bar): those three charts take the
    // whole width, below the others.
    const bool large = metrics.height() >= 20;
    const QStringList wide = {QStringLiteral("stageChart"), QStringLiteral("sceneChart"),
                              QStringLiteral("itemChart")};
    for (QChartView* view : std::as_const(m_charts))
        m_grid->removeWidget(view);
    int row = 0;
    int column = 0;
    for (const bool wideOnes : {false, true}) {
        for (QChartView* view : std::as_const(m_charts)) {
            const bool isWide = large && wide.contains(view->objectName());
            if (isWide != wideOnes)
                continue;
            if (isWide) {
                row += column;
                column = 0;
                m_grid->addWidget(view, row++, 0, 1, 2);
            } else {
                m_grid->addWidget(view, row, column);
                row += column;
                column = 1 - column;
            }
        }
    }
}

void DashboardView::renderCharts()
{
    renderSummary();
    renderHours();
    renderDecisions();
    renderBars(chart(QStringLiteral("stageChart")), m_figures.byStage, FigureSlice::Kind::Stage,
               tr("Cases"));
    renderBars(chart(QStringLiteral("sceneChart")), m_figures.byScene, FigureSlice::Kind::Scene,
               tr("Cases"));
    renderBars(chart(QStringLiteral("itemChart")), m_figures.byItem, FigureSlice::Kind::Item,
               tr("Cases"));
    renderDeadlines();
    renderRatings();
    renderTrend();
    renderAssisted();
    renderLedger();
    for (QChartView* view : std::as_const(m_charts))
        styleChart(view->chart(), view);
}

void DashboardView::renderSummary()
{
    const DailyFigures& f = m_figures;
    m_summary->setText(
        tr("%1 cases · accepted %2 · supplement requested %3 · refused %4 · undecided %5 · "
           "handling time median %6, 90th percentile %7 · satisfaction %8 of %9 rated · "
           "assisted %10")
            .arg(f.cases)
            .arg(percent(f.rate(f.accepted)), percent(f.rate(f.supplementRequested)),
                 percent(f.rate(f.refused)))
            .arg(f.undecided)
            .arg(duration(f.handlingMedianSeconds), duration(f.handlingP90Seconds),
                 percent(f.satisfaction()))
            .arg(f.rated())
            .arg(f.assisted));
    if (f.homeVisits)
        m_summary->setText(m_summary->text() + u' ' +
                           tr("· home visits booked %1, visited %2, cancelled %3")
                               .arg(f.homeVisits->booked)
                               .arg(f.homeVisits->visited)
                               .arg(f.homeVisits->cancelled));
    m_overdue->setText(tr("Overdue open cases on %1: %2")
                           .arg(f.referenceDay.toString(Qt::ISODate))
                           .arg(f.overdue));
    m_overdue->setStyleSheet(f.overdue > 0 ? QStringLiteral("color: #c62828; font-weight: bold")
                                           : QString());
}

void DashboardView::renderBars(QChartView* view, const QList<FigureCount>& counts,
                               FigureSlice::Kind kind, const QString& setName)
{
    QChart* chart = freshChart(view, view->toolTip());
    auto* series = new QBarSeries;
    auto* set = new QBarSet(setName);
    QStringList categories;
    QStringList keys;
    int maximum = 0;
    for (const FigureCount& c : counts) {
        set->append(c.count);
        categories.append(c.key);
        keys.append(c.key);
        maximum = std::max(maximum, c.count);
    }
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, categories, maximum, view);
    connect(set, &QBarSet::clicked, this, [this, kind, keys, counts](int index) {
        if (index >= 0 && index < keys.size())
            showCasesBehind(FigureSlice{kind, keys.at(index)},
                            QStringLiteral("%1 %2").arg(keys.at(index), counts.at(index).name));
    });
}

void DashboardView::renderHours()
{
    QChartView* view = chart(QStringLiteral("hourChart"));
    QChart* chart = freshChart(view, view->toolTip());
    auto* series = new QBarSeries;
    auto* set = new QBarSet(tr("Cases"));
    QStringList hours;
    int maximum = 0;
    for (int hour = 0; hour < 24; ++hour) {
        set->append(m_figures.byHour[size_t(hour)]);
        hours.append(QString::number(hour));
        maximum = std::max(maximum, m_figures.byHour[size_t(hour)]);
    }
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, hours, maximum, view);
    // 24 hour labels do not fit under a bar each (Qt Charts cuts them to "…"): every third hour
    // is labelled, on a value axis under the bars (bar i stands at x = i); each bar's hour is
    // also in its click-through title.
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* x = new QCategoryAxis;
    x->setObjectName(QStringLiteral("hourAxis"));
    x->setRange(-0.5, 23.5);
    x->setStartValue(-0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int hour = 0; hour < 24; hour += 3)
        x->append(QString::number(hour), hour);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->setTitle(chart->title() + tr(" (0 to 23 h)"));
    connect(set, &QBarSet::clicked, this, [this](int hour) {
        showCasesBehind(FigureSlice{FigureSlice::Kind::Hour, QString::number(hour)},
                        tr("received %1:00–%1:59").arg(hour));
    });
}

void DashboardView::renderDecisions()
{
    QChartView* view = chart(QStringLiteral("decisionChart"));
    QChart* chart = freshChart(view, view->toolTip());
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignRight); // one slice a line: long names are not cut
    auto* series = new QPieSeries;
    const QList<std::tuple<QString, QString, int>> slices = {
        {QStringLiteral("accepted"), tr("Accepted (受理)"), m_figures.accepted},
        {QStringLiteral("supplement_requested"), tr("Supplement (补正)"),
         m_figures.supplementRequested},
        {QStringLiteral("refused"), tr("Refused (不予受理)"), m_figures.refused},
        {QStringLiteral("undecided"), tr("Undecided"), m_figures.undecided},
    };
    for (const auto& [key, name, count] : slices) {
        QPieSlice* slice = series->append(QStringLiteral("%1 %2").arg(name).arg(count), count);
        slice->setProperty("sliceKey", key);
    }
    chart->addSeries(series);
    connect(series, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        showCasesBehind(
            FigureSlice{FigureSlice::Kind::Decision, slice->property("sliceKey").toString()},
            slice->label());
    });
}

void DashboardView::renderDeadlines()
{
    // Overdue is its own red set stacked on the same axis, so it stands out whatever the theme.
    QChartView* view = chart(QStringLiteral("deadlineChart"));
    QChart* chart = freshChart(view, view->toolTip());
    auto* series = new QStackedBarSeries;
    auto* open = new QBarSet(tr("Open"));
    auto* overdue = new QBarSet(tr("Overdue"));
    overdue->setColor(AccessibilityTheme::ErrorText);
    overdue->setProperty("ownColour", true);
    QStringList categories;
    QStringList keys;
    int maximum = 0;
    for (const FigureCount& c : m_figures.deadlines) {
        const bool late = c.key == QLatin1String("overdue");
        open->append(late ? 0 : c.count);
        overdue->append(late ? c.count : 0);
        categories.append(late ? tr("overdue") : tr("%1 d").arg(c.key));
        keys.append(c.key);
        maximum = std::max(maximum, c.count);
    }
    series->append(open);
    series->append(overdue);
    chart->addSeries(series);
    addAxes(chart, series, categories, maximum, view);
    for (QBarSet* set : {open, overdue}) {
        connect(set, &QBarSet::clicked, this, [this, keys, categories](int index) {
            if (index >= 0 && index < keys.size())
                showCasesBehind(FigureSlice{FigureSlice::Kind::Deadline, keys.at(index)},
                                tr("deadline: %1").arg(categories.at(index)));
        });
    }
}

void DashboardView::renderRatings()
{
    QChartView* view = chart(QStringLiteral("ratingChart"));
    QChart* chart = freshChart(view, view->toolTip());
    auto* series = new QBarSeries;
    auto* set = new QBarSet(tr("Ratings"));
    QStringList scores;
    int maximum = 0;
    for (int score = 1; score <= 5; ++score) {
        set->append(m_figures.ratings[size_t(score - 1)]);
        scores.append(QString::number(score));
        maximum = std::max(maximum, m_figures.ratings[size_t(score - 1)]);
    }
    series->append(set);
    chart->addSeries(series);
    addAxes(chart, series, scores, maximum, view);
    chart->setTitle(tr("Ratings · satisfaction %1").arg(percent(m_figures.satisfaction())));
    connect(set, &QBarSet::clicked, this, [this](int index) {
        showCasesBehind(FigureSlice{FigureSlice::Kind::Rating, QString::number(index + 1)},
                        tr("rated %1").arg(index + 1));
    });
}

void DashboardView::renderTrend()
{
    QChartView* view = chart(QStringLiteral("trendChart"));
    QChart* chart = freshChart(view, view->toolTip());
    auto* series = new QLineSeries;
    series->setName(tr("Satisfaction %"));
    // Beyond two months a point per month (a year's 365 day labels cannot be read).
    QList<SatisfactionPoint> points;
    const bool monthly = m_figures.satisfactionTrend.size() > 62;
    QStringList days;
    for (const SatisfactionPoint& p : m_figures.satisfactionTrend) {
        const QString label =
            p.day.toString(monthly ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
        if (!monthly || days.isEmpty() || days.last() != label) {
            days.append(label);
            points.append(SatisfactionPoint{p.day, 0, 0});
        }
        points.last().rated += p.rated;
        points.last().satisfied += p.satisfied;
    }
    for (int i = 0; i < points.size(); ++i) {
        const SatisfactionPoint& p = points.at(i);
        // A day without ratings has no satisfaction: the line goes on from the last one.
        if (p.rated > 0)
            series->append(i, 100.0 * p.satisfied / p.rated);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(days);
    fitLabels(x, days, view);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void DashboardView::renderAssisted()
{
    QChartView* view = chart(QStringLiteral("assistedChart"));
    QChart* chart = freshChart(view, view->toolTip());
    auto* series = new QBarSeries;
    auto* set = new QBarSet(tr("Cases"));
    const QStringList keys = {QString(), QStringLiteral("elderly"), QStringLiteral("disabled"),
                              QStringLiteral("agent")};
    const QStringList names = {tr("assisted"), tr("60 and over"), tr("disabled"),
                               tr("through an agent")};
    for (const int count :
         {m_figures.assisted, m_figures.elderly, m_figures.disabled, m_figures.byAgent})
        set->append(count);
    series->append(set);
    QStringList categories = names;
    int maximum = m_figures.assisted;
    // 上门服务 (not for one window): a second set beside the cases, booked / visited / cancelled.
    if (const std::optional<HomeVisitCounts>& visits = m_figures.homeVisits) {
        auto* homeVisits = new QBarSet(tr("Home visits"));
        homeVisits->setObjectName(QStringLiteral("homeVisitSet"));
        for (int i = 0; i < names.size(); ++i)
            homeVisits->append(0); // the cases' bars
        for (const int count : {visits->booked, visits->visited, visits->cancelled}) {
            set->append(0);
            homeVisits->append(count);
            maximum = std::max(maximum, count);
        }
        categories += {tr("home visits booked"), tr("visited at home"), tr("visits cancelled")};
        series->append(homeVisits);
    }
    chart->addSeries(series);
    addAxes(chart, series, categories, maximum, view);
    connect(set, &QBarSet::clicked, this, [this, keys, names](int index) {
        if (index >= 0 && index < keys.size())
            showCasesBehind(FigureSlice{FigureSlice::Kind::Assisted, keys.at(index)},
                            names.at(index));
    });
}

void DashboardView::renderLedger()
{
    const std::array<QDate, 3> milestones =
        ReportRepository::planMilestones(m_figures.planYear > 0 ? m_figures.planYear : 2000);
    m_ledger->setHorizontalHeaderLabels(
        {tr("Lifecycle"), tr("Mode"), tr("Target"),
         tr("by %1").arg(milestones[0].toString(Qt::ISODate)),
         tr("by %1").arg(milestones[1].toString(Qt::ISODate)),
         tr("by %1").arg(milestones[2].toString(Qt::ISODate)),
         tr("to %1").arg(m_figures.scope.to.toString(Qt::ISODate))});
    m_ledger->setRowCount(int(m_figures.ledger.size()));
    for (int row = 0; row < m_figures.ledger.size(); ++row) {
        const PlanLedgerLine& line = m_figures.ledger.at(row);
        const QStringList cells = {
            line.lifecycle == QLatin1Char('E') ? tr("enterprise") : tr("individual"),
            modeName(line.mode),
            QString::number(line.target),
            QString::number(line.byMilestone[0]),
            QString::number(line.byMilestone[1]),
            QString::number(line.byMilestone[2]),
            QString::number(line.toDate),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_ledger->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ledger->resizeColumnsToContents();
}

void DashboardView::showCasesBehind(const FigureSlice& slice, const QString& title)
{
    const Result<QList<FigureCase>> cases =
        m_reports.casesBehind(m_session, m_figures.scope, slice);
    if (!cases) {
        m_message->setText(cases.error());
        return;
    }
    m_casesModel->removeRows(0, m_casesModel->rowCount());
    for (const FigureCase& c : cases.value()) {
        QList<QStandardItem*> row = {
            new QStandardItem(c.number),
            new QStandardItem(
                c.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            new QStandardItem(QString::number(c.window)),
            new QStandardItem(c.clerk),
            new QStandardItem(c.itemCodes.join(QLatin1Char(' '))),
            new QStandardItem(c.status),
            new QStandardItem(c.dueDate.toString(Qt::ISODate)),
        };
        if (c.dueDate.isValid() && c.dueDate < m_figures.referenceDay &&
            (c.status == QLatin1String("accepted") || c.status == QLatin1String("under_review")))
            row.last()->setForeground(QColor(0xc6, 0x28, 0x28));
        m_casesModel->appendRow(row);
    }
    m_casesTitle->setText(tr("Cases behind \"%1\": %2").arg(title).arg(cases.value().size()));
}

Status DashboardView::exportCsv(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportFormats::csv(m_figures)) < 0 ||
        !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return m_reports.recordExport(m_session, m_figures.scope, QStringLiteral("csv"),
                                  QFileInfo(path).fileName());
}

Status DashboardView::exportPdf(const QString& path)
{
    const DailyFigures& f = m_figures;
    PrintableDocument document;
    const QString days = f.scope.from == f.scope.to ? f.scope.from.toString(Qt::ISODate)
                                                    : tr("%1 to %2")
                                                          .arg(f.scope.from.toString(Qt::ISODate),
                                                               f.scope.to.toString(Qt::ISODate));
    QString scope = m_session.hall.centerName;
    if (f.scope.window > 0)
        scope += u' ' + tr("window %1").arg(f.scope.window);
    if (!f.scope.clerk.isEmpty())
        scope += u' ' + tr("clerk %1").arg(f.scope.clerk);
    document.title = tr("Daily report %1").arg(days);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(document.title.toHtmlEscaped(), scope.toHtmlEscaped(),
                            m_summary->text().toHtmlEscaped(), m_overdue->text().toHtmlEscaped());
    for (int i = 0; i < m_charts.size(); ++i) {
        QChartView* view = m_charts.at(i);
        const QSize old = view->size();
        view->resize(900, 420);
        const QImage image = view->grab().toImage();
        view->resize(old);
        const QString name = QStringLiteral("chart%1").arg(i);
        document.images.append({name, image});
        html += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>").arg(name);
    }
    html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellpadding=\"3\">")
                .arg(tr("Plan ledger (双全双百)").toHtmlEscaped());
    for (int row = -1; row < m_ledger->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < m_ledger->columnCount(); ++column) {
            const QString text = row < 0 ? m_ledger->horizontalHeaderItem(column)->text()
                                 : m_ledger->item(row, column) ? m_ledger->item(row, column)->text()
                                                               : QString();
            html += QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    document.html = html;
    if (const Status s = PdfWriter::write(document, path); !s)
        return s;
    return m_reports.recordExport(m_session, f.scope, QStringLiteral("pdf"),
                                  QFileInfo(path).fileName());
}

void DashboardView::askAndExport(bool pdf)
{
    const QString suggested = QStringLiteral("report-%1.%2")
                                  .arg(m_figures.scope.to.toString(Qt::ISODate),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the report as PDF") : tr("Export the figures as CSV"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = pdf ? exportPdf(path) : exportCsv(path);
    m_message->setText(done ? tr("Saved %1").arg(path) : done.error());
}

} // namespace ow
