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
#include <QTableView>
#include <QTextBrowser>
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
