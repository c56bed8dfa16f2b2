// The supervisor's dashboard over the fixture hall (tests/support/ReportFixture.h): the chart
// widgets carry the hand-counted figures, a click on a bar or slice lists the cases behind it,
// the day exports as PDF and CSV, and the main window offers it to supervisors and
// administrators only.
#include "Localization.h"
#include "ReportFixture.h"
#include "WorkspaceFixture.h"
#include "accessibility/AccessibilityMode.h"
#include "accessibility/AccessibilityTheme.h"
#include "customer/RatingWindow.h"
#include "dashboard/DashboardView.h"
#include "intake/IntakeView.h"
#include "main/MainWindow.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using test::ReportFixture;

namespace {

QBarSet* firstSet(QChartView* view)
{
    if (!view || view->chart()->series().isEmpty())
        return nullptr;
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().first());
    return series && !series->barSets().isEmpty() ? series->barSets().first() : nullptr;
}

QList<qreal> values(QBarSet* set)
{
    QList<qreal> list;
    for (int i = 0; set && i < set->count(); ++i)
        list.append(set->at(i));
    return list;
}

QStringList firstColumn(const QStandardItemModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->item(row, 0)->text());
    return list;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    // The bar sets of the assisted-service chart.
    QList<QBarSet*> assistedChartSets()
    {
        QChartView* view = m_view->chart(QStringLiteral("assistedChart"));
        auto* series = view && !view->chart()->series().isEmpty()
                           ? qobject_cast<QAbstractBarSeries*>(view->chart()->series().first())
                           : nullptr;
        return series ? series->barSets() : QList<QBarSet*>();
    }

    WorkspaceData m_data;
    test::RecordingPrinter m_printer;
    std::unique_ptr<test::CounterFixture> m_counter;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<DashboardView> m_view;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
        m_data = test::loadWorkspace();
        m_counter = std::make_unique<test::CounterFixture>();
        AuditLog audit = m_counter->accounts->auditLog();
        const Status loaded = ReportFixture::load(*m_counter->database, m_counter->calendar, audit);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_reports = std::make_unique<ReportService>(*m_counter->database, m_counter->clock,
                                                    *m_counter->accounts);
        m_view =
            std::make_unique<DashboardView>(*m_reports, m_counter->signIn(QStringLiteral("boss")));
        m_view->resize(1200, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->showScope(ReportScope::day(ReportFixture::Day, ReportFixture::Center)));
    }

    void theChartsCarryTheDaysFigures()
    {
        for (const char* name :
             {"hourChart", "decisionChart", "stageChart", "deadlineChart", "sceneChart",
              "itemChart", "ratingChart", "trendChart", "assistedChart"})
            QVERIFY2(m_view->findChild<QChartView*>(QLatin1String(name)), name);
        QList<qreal> hours(24, 0);
        hours[8] = 1;
        hours[9] = 3;
        hours[10] = 1;
        hours[14] = 2;
        hours[16] = 1;
        QCOMPARE(values(firstSet(m_view->chart(QStringLiteral("hourChart")))), hours);
        // The hours are readable under the bars: every third one labelled, at its bar.
        auto* hourAxis = qobject_cast<QCategoryAxis*>(
            m_view->chart(QStringLiteral("hourChart"))->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(hourAxis);
        QVERIFY(hourAxis->labelsVisible());
        QCOMPARE(hourAxis->categoriesLabels(),
                 (QStringList{QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("6"),
                              QStringLiteral("9"), QStringLiteral("12"), QStringLiteral("15"),
                              QStringLiteral("18"), QStringLiteral("21")}));
        QCOMPARE(hourAxis->endValue(QStringLiteral("9")), 9.0);
        QCOMPARE(values(firstSet(m_view->chart(QStringLiteral("stageChart")))),
                 (QList<qreal>{5, 3}));
        QCOMPARE(values(firstSet(m_view->chart(QStringLiteral("itemChart")))),
                 (QList<qreal>{4, 2, 2, 1}));
        QCOMPARE(values(firstSet(m_view->chart(QStringLiteral("ratingChart")))),
                 (QList<qreal>{1, 1, 1, 1, 2}));
        // The assisted cases, then the day's home visits booked / visited / cancelled in a set
        // of their own beside them.
        QCOMPARE(values(firstSet(m_view->chart(QStringLiteral("assistedChart")))),
                 (QList<qreal>{4, 2, 1, 1, 0, 0, 0}));
        const QList<QBarSet*> assistedSets = assistedChartSets();
        QCOMPARE(assistedSets.size(), 2);
        QCOMPARE(assistedSets.at(1)->label(), QStringLiteral("Home visits"));
        QCOMPARE(values(assistedSets.at(1)), (QList<qreal>{0, 0, 0, 0, 2, 1, 1}));
        auto* assistedAxis = qobject_cast<QBarCategoryAxis*>(
            m_view->chart(QStringLiteral("assistedChart"))->chart()->axes(Qt::Horizontal).first());
        QVERIFY(assistedAxis);
        QCOMPARE(
            assistedAxis->categories().mid(4),
            (QStringList{QStringLiteral("home visits booked"), QStringLiteral("visited at home"),
                         QStringLiteral("visits cancelled")}));
        QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("dashboardSummary"))
                    ->text()
                    .contains(QStringLiteral("home visits booked 2, visited 1, cancelled 1")));

        auto* pie = qobject_cast<QPieSeries*>(
            m_view->chart(QStringLiteral("decisionChart"))->chart()->series().first());
        QVERIFY(pie);
        QList<qreal> decisions;
        for (QPieSlice* slice : pie->slices())
            decisions.append(slice->value());
        QCOMPARE(decisions, (QList<qreal>{5, 1, 1, 1}));

        // Overdue: its own red set, one case, in the first column.
        auto* deadlines = qobject_cast<QStackedBarSeries*>(
            m_view->chart(QStringLiteral("deadlineChart"))->chart()->series().first());
        QVERIFY(deadlines);
        QCOMPARE(deadlines->barSets().size(), 2);
        QBarSet* overdue = deadlines->barSets().at(1);
        QCOMPARE(overdue->color(), AccessibilityTheme::ErrorText); // 7:1 on white
        QCOMPARE(values(overdue), (QList<qreal>{1, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(values(deadlines->barSets().at(0)), (QList<qreal>{0, 1, 1, 1, 1, 1, 1}));
        auto* overdueLabel = m_view->findChild<QLabel*>(QStringLiteral("dashboardOverdue"));
        QVERIFY(overdueLabel->text().endsWith(QStringLiteral(": 1")));
        QVERIFY(overdueLabel->styleSheet().contains(QStringLiteral("#c62828")));

        // Trend: 30 days; satisfaction only on the two days with ratings (100 %, then 50 %).
        auto* trend = qobject_cast<QLineSeries*>(
            m_view->chart(QStringLiteral("trendChart"))->chart()->series().first());
        QVERIFY(trend);
        QCOMPARE(trend->points(), (QList<QPointF>{{28, 100}, {29, 50}}));

        auto* ledger = m_view->findChild<QTableWidget*>(QStringLiteral("planLedger"));
        QCOMPARE(ledger->rowCount(), 6);
        // enterprise 极简办: E003 by June, E001 and E002 in November.
        QCOMPARE(ledger->item(0, 3)->text(), QStringLiteral("1"));
        QCOMPARE(ledger->item(0, 5)->text(), QStringLiteral("3"));
        QCOMPARE(ledger->item(0, 2)->text(), QStringLiteral("100"));
    }

    void aClickOnABarListsItsCases()
    {
        QBarSet* hours = firstSet(m_view->chart(QStringLiteral("hourChart")));
        emit hours->clicked(9);
        QCOMPARE(firstColumn(m_view->casesModel()),
                 (QStringList{QStringLiteral("XC01-03-20261120-0002"),
                              QStringLiteral("XC01-03-20261120-0003"),
                              QStringLiteral("XC01-05-20261120-0001")}));
        auto* title = m_view->findChild<QLabel*>(QStringLiteral("dashboardCasesTitle"));
        QVERIFY2(title->text().endsWith(QStringLiteral(": 3")), qPrintable(title->text()));

        auto* pie = qobject_cast<QPieSeries*>(
            m_view->chart(QStringLiteral("decisionChart"))->chart()->series().first());
        emit pie->clicked(pie->slices().at(2)); // refused
        QCOMPARE(firstColumn(m_view->casesModel()),
                 QStringList{QStringLiteral("XC01-05-20261120-0002")});

        auto* deadlines = qobject_cast<QStackedBarSeries*>(
            m_view->chart(QStringLiteral("deadlineChart"))->chart()->series().first());
        emit deadlines->barSets().at(1)->clicked(0); // overdue
        QCOMPARE(firstColumn(m_view->casesModel()),
                 QStringList{QStringLiteral("XC01-03-20261119-0001")});
        QCOMPARE(m_view->casesModel()->item(0, 6)->foreground().color(), QColor(0xc6, 0x28, 0x28));
    }

    void oneWindowRedrawsTheCharts()
    {
        ReportScope window = ReportScope::day(ReportFixture::Day, ReportFixture::Center);
        window.window = 5;
        QVERIFY(m_view->showScope(window));
        QCOMPARE(values(firstSet(m_view->chart(QStringLiteral("ratingChart")))),
                 (QList<qreal>{1, 0, 1, 0, 0}));
        QCOMPARE(m_view->figures().cases, 3);
        // A visit has no window: the assisted chart has the cases' bars only.
        QCOMPARE(assistedChartSets().size(), 1);
        QCOMPARE(values(assistedChartSets().first()), (QList<qreal>{2, 1, 0, 1}));
        QVERIFY(!m_view->findChild<QLabel*>(QStringLiteral("dashboardSummary"))
                     ->text()
                     .contains(QStringLiteral("home visits")));
        // One clerk: the visits this clerk goes on.
        ReportScope clerk = ReportScope::day(ReportFixture::Day, ReportFixture::Center);
        clerk.clerk = QStringLiteral("clerk");
        QVERIFY(m_view->showScope(clerk));
        QCOMPARE(assistedChartSets().size(), 2);
        QCOMPARE(values(assistedChartSets().at(1)), (QList<qreal>{0, 0, 0, 0, 1, 1, 0}));
        QVERIFY(m_view->showScope(ReportScope::day(ReportFixture::Day, ReportFixture::Center)));
    }

    void theChartsFollowTheAccessibilityMode()
    {
        // F12's mode at 200 % with the high-contrast theme: the charts are redrawn in the large
        // type, black on white with navy bars, tall enough for it, and labels that would not fit
        // side by side (the assisted kinds) stand upright instead of being cut.
        const double before =
            m_view->chart(QStringLiteral("ratingChart"))->chart()->titleFont().pointSizeF();
        const Session boss = m_counter->signIn(QStringLiteral("boss"));
        QWidget host;
        AccessibilityMode mode(
            *m_counter->accounts, [boss] { return boss; }, &host);
        AccessibilitySettings settings;
        settings.enabled = true;
        settings.scalePercent = AccessibilitySettings::ScaleLargest;
        settings.highContrast = true;
        mode.change(settings);
        QChartView* ratings = m_view->chart(QStringLiteral("ratingChart"));
        QTRY_VERIFY(ratings->chart()->titleFont().pointSizeF() >= before * 1.9);
        QCOMPARE(ratings->chart()->backgroundBrush().color(), QColor(Qt::white));
        QCOMPARE(ratings->chart()->titleBrush().color(), QColor(Qt::black));
        QCOMPARE(firstSet(ratings)->color(),
                 AccessibilityTheme::highContrastPalette().color(QPalette::Highlight));
        QVERIFY(ratings->minimumHeight() >= QFontMetrics(m_view->font()).height() * 15);
        auto* assisted = qobject_cast<QBarCategoryAxis*>(
            m_view->chart(QStringLiteral("assistedChart"))->chart()->axes(Qt::Horizontal).first());
        QVERIFY(assisted);
        QCOMPARE(assisted->labelsAngle(), -90);
        QCOMPARE(assisted->labelsFont().pointSizeF(), m_view->font().pointSizeF());
        // The figures stay: still the fixture's ratings.
        QCOMPARE(values(firstSet(ratings)), (QList<qreal>{1, 1, 1, 1, 2}));
        // Off again: the normal look and size come back.
        settings.enabled = false;
        mode.change(settings);
        QTRY_COMPARE(ratings->chart()->titleFont().pointSizeF(), before);
    }

    void theDayExportsAsPdfAndCsv()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
        const Status pdfDone = m_view->exportPdf(pdf);
        QVERIFY2(pdfDone.ok(), qPrintable(pdfDone.error()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.count("/Subtype /Image") >= 9 || bytes.count("/Subtype/Image") >= 9,
                 "the nine charts are in the PDF as images");

        const QString csv = m_dir.filePath(QStringLiteral("day.csv"));
        QVERIFY(m_view->exportCsv(csv).ok());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray text = csvFile.readAll();
        QVERIFY(text.contains("cases,cases,,8\r\n"));
        QVERIFY(text.contains("by_hour,9,,3\r\n"));
        QVERIFY(text.contains("overdue,overdue,,1\r\n"));
        QVERIFY(text.contains("ratings,satisfaction,,0.5\r\n"));
        QVERIFY(text.contains("home_visits,booked,,2\r\nhome_visits,visited,,1\r\n"
                              "home_visits,cancelled,,1\r\n"));
        const auto records = m_counter->accounts->auditLog().list();
        QVERIFY(records.ok());
        int exports = 0;
        for (const AuditRecord& record : records.value())
            exports += record.action == QLatin1String("report_exported") ? 1 : 0;
        QCOMPARE(exports, 2);
    }

    void theMainWindowOffersItToSupervisorsAndAdministrators()
    {
        RatingRecorder ratings(*m_counter->database, m_counter->calendar);
        for (const auto& [user, offered] :
             QList<QPair<QString, bool>>{{QStringLiteral("boss"), true},
                                         {QStringLiteral("admin"), true},
                                         {QStringLiteral("clerk"), false}}) {
            MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                              m_counter->signIn(user), m_counter->clock);
            window.enableReportsAndRatings(*m_reports, ratings, 5);
            auto* action = window.findChild<QAction*>(QStringLiteral("dashboardAction"));
            QVERIFY(action);
            QCOMPARE(action->isVisible(), offered);
            DashboardView* view = window.showDashboard();
            QCOMPARE(view != nullptr, offered);
            if (view)
                QCOMPARE(window.workspace()->currentWidget(), view);
        }
    }

    void theCustomerWindowMirrorsTheIntakeChecklist()
    {
        RatingRecorder ratings(*m_counter->database, m_counter->calendar);
        MainWindow window(m_data, m_printer, *m_counter->accounts, *m_counter->cases,
                          m_counter->signIn(QStringLiteral("clerk")), m_counter->clock);
        window.enableReportsAndRatings(*m_reports, ratings, 5);
        QVERIFY(!window.ratingWindow());
        QVERIFY(window.newIntake({QStringLiteral("P001")}));
        QVERIFY(window.ratingWindow());
        auto* mirrored =
            window.ratingWindow()->findChild<QLabel*>(QStringLiteral("customerChecklist"));
        QVERIFY(mirrored && mirrored->isVisible());
        QVERIFY2(mirrored->text().contains(QStringLiteral("居民身份证")),
                 qPrintable(mirrored->text()));
        QVERIFY(mirrored->font().pointSize() >= 20);
    }
};

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
