#include "cases/CaseListView.h"

#include "cases/CaseListModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CaseListView::CaseListView(Loader loader, const QDate& today, QWidget* parent)
    : QWidget(parent), m_loader(std::move(loader)), m_today(today), m_day(new QDateEdit(this)),
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
    connect(refresh, &QPushButton::clicked, this, [this] { showDay(m_day->date()); });
    connect(m_day, &QDateEdit::dateChanged, this, &CaseListView::showDay);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toString());
    });
    setFocusProxy(m_table);
    showDay(today);
}

void CaseListView::refresh()
{
    const QString selected = m_table->currentIndex().data(CaseListModel::CaseIdRole).toString();
    showDay(m_day->date());
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
    const Result<QList<CaseSummary>> cases = m_loader(day);
    if (!cases) {
        m_summary->setText(cases.error());
        return;
    }
    m_model->setCases(cases.value(), m_today);
    m_table->resizeColumnsToContents();
    int overdue = 0;
    int greenChannel = 0; // 绿色通道 cases are counted apart (elderly and disabled applicants)
    for (const CaseSummary& c : cases.value()) {
        overdue +=
            CaseLifecycle::isOpen(c.status) && c.dueDate.isValid() && c.dueDate < m_today ? 1 : 0;
        greenChannel += c.greenChannel ? 1 : 0;
    }
    m_summary->setText(
        tr("%n case(s)", nullptr, int(cases.value().size())) +
        (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()) +
        (greenChannel > 0 ? tr(", %n green channel", nullptr, greenChannel) : QString()));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

} // namespace ow
