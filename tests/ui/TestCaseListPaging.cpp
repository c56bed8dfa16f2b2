// The case list reads its rows a page at a time as it scrolls: opening a busy day (or a year)
// reads one page, scrolling to the end reads the rest, in order, each row once.
#include "Database.h"
#include "DatabaseSetup.h"
#include "calendar/CalendarData.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"

#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSeed.h"
#include "demo/DemoGenerator.h"
#include "guide/GuideRepository.h"
#include <QComboBox>

#include <QLabel>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestCaseListPaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    WorkCalendar m_calendar;
    const QDate m_day{2025, 12, 30};
    int m_pageReads = 0;

    std::unique_ptr<CaseListView> newView()
    {
        auto view = std::make_unique<CaseListView>(
            [this](const QDate& from, const QDate& to, const QString& show,
                   const CaseSummary* after, int limit) {
                ++m_pageReads;
                return CaseRepository(*m_database)
                    .page({from, to, QStringLiteral("XC01"), 0, show, m_day}, after, limit);
            },
            [this](const QDate& from, const QDate& to, const QString& show) {
                return CaseRepository(*m_database)
                    .counts({from, to, QStringLiteral("XC01"), 0, show, m_day}, m_day);
            },
            m_day);
        view->resize(900, 400);
        view->show();
        return view;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        auto prepared = DatabaseSetup::prepare(m_dir.filePath(QStringLiteral("list.sqlite")),
                                               CatalogSeed::embeddedPath());
        QVERIFY(prepared.ok());
        m_database = std::move(prepared.value().database);
        m_calendar = CalendarData::load().value();
        GuideRepository guides(*m_database);
        DemoGenerator generator(*m_database, m_calendar,
                                CatalogRepository(*m_database).load().value(),
                                guides.latestAll().value(), guides.dictionary().value());
        DemoGenerator::Options options;
        options.cases = 1050; // one busy day: 5 full pages of 200 and 50
        options.days = 1;
        options.seed = 5;
        options.end = m_day;
        options.centerCode = QStringLiteral("XC01");
        const auto report = generator.generate(options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        // And the day before, which the day's list must not show.
        options.cases = 300;
        options.end = m_day.addDays(-1);
        QVERIFY(generator.generate(options).ok());
    }

    void rowsArriveInPagesWhenScrolling()
    {
        m_pageReads = 0;
        const auto view = newView();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        CaseListModel* model = view->model();
        // Opened: one page read, the count of the whole day shown.
        QCOMPARE(model->rowCount(), CaseListModel::DefaultPageSize);
        QCOMPARE(model->pagesFetched(), 1);
        QVERIFY(model->canFetchMore());
        QVERIFY2(view->findChild<QLabel*>(QStringLiteral("caseListSummary"))
                     ->text()
                     .contains(QStringLiteral("1050")),
                 qPrintable(view->findChild<QLabel*>(QStringLiteral("caseListSummary"))->text()));

        // Scrolling to the bottom makes the view ask for the next page, and only that one.
        QScrollBar* bar = view->table()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_COMPARE(model->rowCount(), 2 * CaseListModel::DefaultPageSize);
        QCOMPARE(model->pagesFetched(), 2);

        // To the end: every case of the day once, in number order, then nothing more to read.
        for (int i = 0; i < 20 && model->canFetchMore(); ++i) {
            const int before = model->rowCount();
            QTRY_VERIFY(bar->maximum() > bar->value()); // the new rows are laid out
            bar->setValue(bar->maximum());
            QTRY_VERIFY(model->rowCount() > before || !model->canFetchMore());
        }
        QCOMPARE(model->rowCount(), 1050);
        QVERIFY(!model->canFetchMore());
        QCOMPARE(model->pagesFetched(), 6); // the sixth read finds the last 50 and the end
        const QList<CaseSummary> whole =
            CaseRepository(*m_database).listForDay(m_day, QStringLiteral("XC01")).value();
        QCOMPARE(whole.size(), 1050);
        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const CaseSummary* s = model->summary(row);
            QCOMPARE(s->id, whole.at(row).id);
            QCOMPARE(s->itemCodes, whole.at(row).itemCodes);
            QCOMPARE(s->receivedOn, m_day);
            seen.insert(s->id);
        }
        QCOMPARE(seen.size(), 1050);
        QCOMPARE(m_pageReads, 6);
    }

    void aRangeOpensWithOnePageToo()
    {
        m_pageReads = 0;
        const auto view = newView();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->showRange(m_day.addDays(-1), m_day);
        CaseListModel* model = view->model();
        QCOMPARE(model->rowCount(), CaseListModel::DefaultPageSize);
        QCOMPARE(model->summary(0)->receivedOn, m_day.addDays(-1)); // the earlier day first
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("caseListSummary"))
                    ->text()
                    .contains(QStringLiteral("1350")));
        while (model->canFetchMore())
            model->fetchMore();
        QCOMPARE(model->rowCount(), 1350);
        QCOMPARE(model->summary(299)->receivedOn, m_day.addDays(-1));
        QCOMPARE(model->summary(300)->receivedOn, m_day);
    }

    void theListShowsOnlyTheCasesAsked()
    {
        const auto view = newView();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->showRange(m_day.addDays(-1), m_day);
        auto* show = view->findChild<QComboBox*>(QStringLiteral("caseListShow"));
        QVERIFY(show);
        const auto everyRow = [&] {
            CaseListModel* model = view->model();
            while (model->canFetchMore())
                model->fetchMore();
            QList<CaseSummary> rows;
            for (int i = 0; i < model->rowCount(); ++i)
                rows.append(*model->summary(i));
            return rows;
        };
        const QList<CaseSummary> all = everyRow();
        QCOMPARE(all.size(), 1350);
        const auto countWhere = [&](auto predicate) {
            return int(std::count_if(all.cbegin(), all.cend(), predicate));
        };
        show->setCurrentIndex(show->findData(QStringLiteral("refused")));
        QList<CaseSummary> refused = everyRow();
        QVERIFY(!refused.isEmpty());
        QCOMPARE(int(refused.size()),
                 countWhere([](const CaseSummary& c) { return c.status == CaseStatus::Refused; }));
        show->setCurrentIndex(show->findData(QStringLiteral("open")));
        const QList<CaseSummary> open = everyRow();
        QCOMPARE(int(open.size()),
                 countWhere([](const CaseSummary& c) { return CaseLifecycle::isOpen(c.status); }));
        for (const CaseSummary& c : open)
            QVERIFY(CaseLifecycle::isOpen(c.status));
        show->setCurrentIndex(show->findData(QStringLiteral("overdue")));
        for (const CaseSummary& c : everyRow())
            QVERIFY(CaseLifecycle::isOpen(c.status) && c.dueDate.isValid() && c.dueDate < m_day);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("caseListSummary"))->text().size() > 0);
        show->setCurrentIndex(0);
        QCOMPARE(everyRow().size(), 1350);
    }
};

QTEST_MAIN(TestCaseListPaging)
#include "TestCaseListPaging.moc"
