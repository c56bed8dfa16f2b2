#include "cases/CaseListView.h"

#include "cases/CaseListModel.h"
#include "cases/CaseNumber.h"
#include "guide/GuideJson.h"
#include "intake/ChecklistModel.h"
#include "security/PersonalData.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow {

CaseListView::CaseListView(Pager pager, Counter counter, const QDate& today, QWidget* parent)
    : QWidget(parent), m_pager(std::move(pager)), m_counter(std::move(counter)), m_today(today),
      m_day(new QDateEdit(this)), m_to(new QDateEdit(this)), m_table(new QTableView(this)),
      m_model(new CaseListModel(this)), m_summary(new QLabel(this))
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
    connect(refresh, &QPushButton::clicked, this,
            [this] { showRange(m_day->date(), m_to->date()); });
    connect(m_day, &QDateEdit::dateChanged, this, &CaseListView::showDay);
    connect(m_to, &QDateEdit::dateChanged, this,
            [this](const QDate& to) { showRange(m_day->date(), to); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit caseActivated(index.data(CaseListModel::CaseIdRole).toString());
    });
    setFocusProxy(m_table);
    showDay(today);
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
    const Result<CaseCounts> counts = m_counter(from, to);
    if (!counts) {
        m_model->setCases({}, m_today);
        m_summary->setText(counts.error());
        return;
    }
    const Status first =
        m_model->setPager([this, from, to](const CaseSummary* after,
                                           int limit) { return m_pager(from, to, after, limit); },
                          m_today);
    if (!first) {
        m_summary->setText(first.error());
        return;
    }
    m_table->resizeColumnsToContents();
    const int overdue = counts.value().overdue;
    m_summary->setText(tr("%n case(s)", nullptr, counts.value().total) +
                       (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

CaseDetailView::CaseDetailView(const Case& c, QWidget* parent)
    : QWidget(parent), m_caseId(c.id), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("caseDetail"));
    setAccessibleName(tr("Case %1").arg(c.number));
    auto* layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("caseDetailText"));
    m_browser->setAccessibleName(tr("Case details"));
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3</p>")
                       .arg(esc(c.number), esc(CaseLifecycle::displayName(c.status())),
                            esc(tr("check code %1").arg(CaseNumber::checkCode(c.id, c.number))));
    html += QStringLiteral("<p><b>%1</b> %2 %3 %4</p>")
                .arg(esc(tr("Applicant:")), esc(c.applicant.name),
                     esc(c.applicant.kind == Applicant::Kind::Person
                             ? PersonalData::maskIdNumber(c.applicant.identifier)
                             : c.applicant.identifier),
                     esc(PersonalData::maskPhone(c.applicant.phone)));
    if (c.agent)
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(esc(tr("Agent:")), esc(c.agent->name),
                         esc(PersonalData::maskIdNumber(c.agent->idNumber)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Items:")), esc(c.itemCodes.join(QStringLiteral("、"))));
    if (c.dueDate.isValid())
        html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                    .arg(esc(tr("Due:")), esc(c.dueDate.toString(Qt::ISODate)),
                         c.dueProvisional ? esc(tr(" (provisional)")) : QString());
    if (!c.decisionNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Note:")), esc(c.decisionNote));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Materials")));
    for (const CaseMaterial& m : c.materials)
        html += QStringLiteral("<li>%1（%2 × %3）— %4</li>")
                    .arg(esc(m.name), esc(GuideJson::formName(m.form)))
                    .arg(m.copies)
                    .arg(esc(ChecklistModel::stateName(m.state)));
    html += QStringLiteral("</ul><h3>%1</h3><ol>").arg(esc(tr("Timeline")));
    for (const CaseEvent& event : c.events)
        html += QStringLiteral("<li>%1 %2 — %3%4</li>")
                    .arg(esc(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         esc(CaseLifecycle::displayName(event.to)), esc(event.userName),
                         event.note.isEmpty() ? QString() : esc(QStringLiteral("：") + event.note));
    html += QStringLiteral("</ol>");
    m_browser->setHtml(html);
}

QString CaseDetailView::text() const
{
    return m_browser->toPlainText();
}

} // namespace ow
