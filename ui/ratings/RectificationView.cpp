#include "ratings/RectificationView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

enum Column
{
    NumberColumn,
    ScoreColumn,
    OpenedColumn,
    DueColumn,
    StateColumn,
    CallBackColumn,
    ClosedColumn,
    ColumnCount
};

} // namespace

QString RectificationView::stateName(RectificationService::State state)
{
    switch (state) {
    case RectificationService::State::Open:
        return tr("open");
    case RectificationService::State::DueToday:
        return tr("due today");
    case RectificationService::State::Overdue:
        return tr("overdue");
    case RectificationService::State::Closed:
        return tr("closed");
    }
    return QString();
}

RectificationView::RectificationView(RectificationService& service, Session session,
                                     QWidget* parent)
    : QWidget(parent), m_service(service), m_session(std::move(session))
{
    setObjectName(QStringLiteral("rectificationView"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("rectificationFilter"));
    m_filter->addItem(tr("Open"), int(RectificationService::Filter::Open));
    m_filter->addItem(tr("Due today"), int(RectificationService::Filter::DueToday));
    m_filter->addItem(tr("Overdue"), int(RectificationService::Filter::Overdue));
    m_filter->addItem(tr("Closed"), int(RectificationService::Filter::Closed));
    m_filter->addItem(tr("All"), int(RectificationService::Filter::All));
    m_filter->setAccessibleName(tr("Which rectifications to show"));
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rectificationCount"));
    auto* reload = new QPushButton(tr("&Reload"), this);
    reload->setAccessibleName(tr("Reload the rectifications"));
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_count, 1);
    top->addWidget(reload);
    layout->addLayout(top);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rectificationTable"));
    m_table->setAccessibleName(tr("Rectifications, the earliest due first"));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Rating"), tr("Opened"),
                                        tr("Due (working days)"), tr("State"), tr("Call-back"),
                                        tr("Closed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallBackColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 3);

    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("rectificationCase"));
    m_caseLabel->setWordWrap(true);
    layout->addWidget(m_caseLabel);

    auto* forms = new QHBoxLayout;
    auto* callBackBox = new QGroupBox(tr("Call-back (回访)"), this);
    auto* callBackForm = new QFormLayout(callBackBox);
    m_callBackDate = new QDateEdit(callBackBox);
    m_callBackDate->setObjectName(QStringLiteral("callBackDate"));
    m_callBackDate->setCalendarPopup(true);
    m_callBackDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_callBackDate->setAccessibleName(tr("Day of the call-back"));
    m_reached = new QLineEdit(callBackBox);
    m_reached->setObjectName(QStringLiteral("callBackReached"));
    m_reached->setAccessibleName(tr("Whom the call-back reached"));
    m_reached->setPlaceholderText(tr("the applicant, or who answered"));
    m_said = new QPlainTextEdit(callBackBox);
    m_said->setObjectName(QStringLiteral("callBackSaid"));
    m_said->setAccessibleName(tr("What was said in the call-back"));
    m_said->setTabChangesFocus(true);
    m_recordButton = new QPushButton(tr("Record the &call-back"), callBackBox);
    m_recordButton->setObjectName(QStringLiteral("recordCallBack"));
    callBackForm->addRow(tr("&Day:"), m_callBackDate);
    callBackForm->addRow(tr("Reac&hed:"), m_reached);
    callBackForm->addRow(tr("&What was said:"), m_said);
    callBackForm->addRow(m_recordButton);
    auto* closeBox = new QGroupBox(tr("Closing"), this);
    auto* closeForm = new QFormLayout(closeBox);
    m_note = new QPlainTextEdit(closeBox);
    m_note->setObjectName(QStringLiteral("closingNote"));
    m_note->setAccessibleName(tr("Closing note: what was done"));
    m_note->setTabChangesFocus(true);
    m_closeButton = new QPushButton(tr("C&lose the rectification"), closeBox);
    m_closeButton->setObjectName(QStringLiteral("closeRectification"));
    closeForm->addRow(tr("&Note:"), m_note);
    closeForm->addRow(m_closeButton);
    forms->addWidget(callBackBox, 3);
    forms->addWidget(closeBox, 2);
    layout->addLayout(forms, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rectificationMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(reload, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showSelected(); });
    connect(m_recordButton, &QPushButton::clicked, this, [this] { recordCallBack(); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { closeSelected(); });
    refresh();
}

QString RectificationView::message() const
{
    return m_message->text();
}

void RectificationView::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                   : QString());
}

void RectificationView::setFilter(RectificationService::Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

bool RectificationView::refresh()
{
    const QString keep = selected() ? selected()->caseNumber : QString();
    const auto filter = RectificationService::Filter(m_filter->currentData().toInt());
    Result<QList<Rectification>> list = m_service.list(m_session, filter);
    m_table->setRowCount(0);
    m_list.clear();
    if (!list) {
        say(list.error(), true);
        showSelected();
        return false;
    }
    m_list = list.value();
    const QDate today = m_service.today();
    m_table->setRowCount(int(m_list.size()));
    int overdue = 0;
    for (int row = 0; row < m_list.size(); ++row) {
        const Rectification& r = m_list.at(row);
        const auto state = RectificationService::stateOf(r, today);
        overdue += state == RectificationService::State::Overdue ? 1 : 0;
        const CallBack callBack = CallBack::parse(r.callbackRecord);
        const QString callBackText = r.callbackRecord.isEmpty() ? QString()
                                     : callBack.on.isValid()
                                         ? tr("%1, %2: %3")
                                               .arg(callBack.on.toString(Qt::ISODate),
                                                    callBack.reached, callBack.said.simplified())
                                         : callBack.said.simplified();
        const QStringList cells = {
            r.caseNumber,
            QString::number(r.score),
            r.openedOn.toString(Qt::ISODate),
            tr("%1 (%2)").arg(r.dueDate.toString(Qt::ISODate)).arg(r.workingDays),
            stateName(state),
            callBackText,
            r.isClosed()
                ? tr("%1 by %2: %3")
                      .arg(r.closedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           r.closedBy, r.closingNote.simplified())
                : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (state == RectificationService::State::Overdue) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_count->setText(
        tr("%n rectification(s), %1 overdue", nullptr, int(m_list.size())).arg(overdue));
    if (!keep.isEmpty())
        select(keep);
    showSelected();
    return true;
}

bool RectificationView::select(const QString& caseNumber)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).caseNumber == caseNumber) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const Rectification* RectificationView::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

void RectificationView::showSelected()
{
    const Rectification* r = selected();
    const bool open = r && !r->isClosed();
    for (QWidget* w : std::initializer_list<QWidget*>{m_callBackDate, m_reached, m_said,
                                                      m_recordButton, m_note, m_closeButton})
        w->setEnabled(open);
    if (!r) {
        m_caseLabel->setText(tr("Choose a rectification in the list."));
        return;
    }
    m_caseLabel->setText(tr("Case %1, rated %2; opened %3, due %4 (%5).")
                             .arg(r->caseNumber)
                             .arg(r->score)
                             .arg(r->openedOn.toString(Qt::ISODate),
                                  r->dueDate.toString(Qt::ISODate),
                                  stateName(RectificationService::stateOf(*r, m_service.today()))));
    const CallBack callBack = CallBack::parse(r->callbackRecord);
    m_callBackDate->setMaximumDate(m_service.today());
    m_callBackDate->setDate(callBack.on.isValid() ? callBack.on : m_service.today());
    m_reached->setText(callBack.reached);
    m_said->setPlainText(callBack.said);
    m_note->setPlainText(r->closingNote);
}

void RectificationView::recordCallBack()
{
    const Rectification* r = selected();
    if (!r)
        return;
    const QString number = r->caseNumber;
    const Status stored = m_service.recordCallBack(
        m_session, *r, CallBack{m_callBackDate->date(), m_reached->text(), m_said->toPlainText()});
    if (!stored) {
        say(stored.error(), true);
        return;
    }
    refresh();
    say(tr("Call-back of case %1 recorded.").arg(number), false);
}

void RectificationView::closeSelected()
{
    const Rectification* r = selected();
    if (!r)
        return;
    const QString number = r->caseNumber;
    const Status closed = m_service.close(m_session, *r, m_note->toPlainText());
    if (!closed) {
        say(closed.error(), true);
        return;
    }
    refresh();
    say(tr("Rectification of case %1 closed.").arg(number), false);
}

} // namespace ow
