#include "cases/CaseListView.h"

#include "accessibility/Descriptions.h"
#include "cases/CaseListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CaseListView::CaseListView(Pager pager, Counter counter, const QDate& today, QWidget* parent)
    : QWidget(parent), m_pager(std::move(pager)), m_counter(std::move(counter)), m_today(today),
      m_day(new QDateEdit(this)), m_to(new QDateEdit(this)), m_show(new QComboBox(this)),
      m_table(new QTableView(this)), m_model(new CaseListModel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("caseList"));
    setAccessibleName(tr("Cases of the day"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    layout->addLayout(bar);
    m_day->setObjectName(QStringLiteral("caseListDay"));
    m_day->setAccessibleName(tr("Day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setDate(today);
    bar->addWidget(new QLabel(tr("Day:"), this));
    bar->addWidget(m_day);
    m_to->setObjectName(QStringLiteral("caseListTo"));
    m_to->setAccessibleName(tr("Until"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDate(today);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    // Which cases: all, the open ones, the overdue ones, or those in one state.
    m_show->setObjectName(QStringLiteral("caseListShow"));
    m_show->setAccessibleName(tr("Show which cases"));
    m_show->addItem(tr("All cases"), QString());
    m_show->addItem(tr("Open"), QStringLiteral("open"));
    m_show->addItem(tr("Overdue"), QStringLiteral("overdue"));
    for (CaseStatus status : CaseLifecycle::all())
        m_show->addItem(CaseLifecycle::displayName(status), CaseLifecycle::key(status));
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("caseListRefresh"));
    refresh->setAccessibleName(tr("Refresh"));
    bar->addWidget(refresh);
    bar->addStretch(1);
    m_summary->setObjectName(QStringLiteral("caseListSummary"));
    m_summary->setAccessibleName(tr("Number of cases"));
    bar->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("caseListTable"));
    m_table->setAccessibleName(tr("Cases; Enter opens one"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    // Screen readers: what each control does, read after its name.
    describeControls(
        this, {
                  {"caseList",
                   {},
                   tr("The hall's cases of a day or a period, with their state and deadline.")},
                  {"caseListDay", {}, tr("The first day of the cases listed.")},
                  {"caseListTo", {}, tr("The last day of the cases listed.")},
                  {"caseListShow",
                   {},
                   tr("Which cases: all, the open ones, the overdue ones or one state.")},
                  {"caseListRefresh", {}, tr("Reads the list again from the database.")},
                  {"caseListTable",
                   {},
                   tr("One row per case, the applicant masked; Enter opens the selected case.")},
              });
    connect(refresh, &QPushButton::clicked, this,
            [this] { showRange(m_day->date(), m_to->date()); });
    connect(m_day, &QDateEdit::dateChanged, this, &CaseListView::showDay);
    connect(m_to, &QDateEdit::dateChanged, this,
            [this](const QDate& to) { showRange(m_day->date(), to); });
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { showRange(m_day->date(), m_to->date()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toString());
    });
    setFocusProxy(m_table);
    showDay(today);
}

void CaseListView::refresh()
{
    const QString selected = m_table->currentIndex().data(CaseListModel::CaseIdRole).toString();
    showRange(m_day->date(), m_to->date());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(CaseListModel::CaseIdRole).toString() == selected) {
            m_table->setCurrentIndex(index);
            break;
        }
    }
}

void CaseListView::showDay(const QDate& day)
{
    showRange(day, day);
}

void CaseListView::showRange(const QDate& from, const QDate& givenTo)
{
    const QDate to = givenTo < from ? from : givenTo;
    {
        const QSignalBlocker blockDay(m_day);
        const QSignalBlocker blockTo(m_to);
        m_day->setDate(from);
        m_to->setDate(to);
    }
    const QString show = m_show->currentData().toString();
    const Result<CaseCounts> counts = m_counter(from, to, show);
    if (!counts) {
        m_model->setCases({}, m_today);
        m_summary->setText(counts.error());
        return;
    }
    const Status first = m_model->setPager(
        [this, from, to, show](const CaseSummary* after, int limit) {
            return m_pager(from, to, show, after, limit);
        },
        m_today);
    if (!first) {
        m_summary->setText(first.error());
        return;
    }
    m_table->resizeColumnsToContents();
    const int overdue = counts.value().overdue;
    const int greenChannel = counts.value().greenChannel; // 绿色通道: elderly and disabled
    m_summary->setText(
        tr("%n case(s)", nullptr, counts.value().total) +
        (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()) +
        (greenChannel > 0 ? tr(", %n green channel", nullptr, greenChannel) : QString()));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

} // namespace ow
