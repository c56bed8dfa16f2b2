#include "cases/CaseListModel.h"

#include "security/PersonalData.h"

#include <QBrush>
#include <QColor>

namespace ow {

CaseListModel::CaseListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseListModel::setCases(QList<CaseSummary> cases, const QDate& today)
{
    beginResetModel();
    m_cases = std::move(cases);
    m_today = today;
    m_pager = nullptr;
    m_pages = 1;
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

ow::Status CaseListModel::setPager(Pager pager, const QDate& today, int pageSize)
{
    beginResetModel();
    m_cases.clear();
    m_today = today;
    m_pager = std::move(pager);
    m_pageSize = qMax(1, pageSize);
    m_pages = 0;
    m_atEnd = !m_pager;
    m_error.clear();
    endResetModel();
    fetchMore();
    return m_error.isEmpty() ? ow::Status::success() : ow::Status::failure(m_error);
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || !m_pager)
        return;
    Result<QList<CaseSummary>> page =
        m_pager(m_cases.isEmpty() ? nullptr : &m_cases.constLast(), m_pageSize);
    if (!page) {
        m_atEnd = true; // no retry loop on a failing database; Refresh tries again
        m_error = page.error();
        emit fetchFailed(m_error);
        return;
    }
    QList<CaseSummary> rows = std::move(page).value();
    ++m_pages;
    m_atEnd = rows.size() < m_pageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_cases.size()), int(m_cases.size() + rows.size() - 1));
    m_cases.append(std::move(rows));
    endInsertRows();
}

const CaseSummary* CaseListModel::summary(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const CaseSummary* c = index.isValid() ? summary(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == CaseIdRole)
        return c->id;
    const bool open = CaseLifecycle::isOpen(c->status);
    if (role == Qt::ForegroundRole && index.column() == Due && open && c->dueDate.isValid()) {
        if (c->dueDate < m_today)
            return QBrush(QColor(0xa6, 0x1b, 0x1b));
        if (c->dueDate <= m_today.addDays(1))
            return QBrush(
                QColor(0x8a, 0x45, 0x00)); // 7:1 on white, as the high-contrast theme needs
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Number:
        return c->number;
    case Applicant:
        return QStringLiteral("%1 %2").arg(PersonalData::maskName(c->applicantName),
                                           c->applicantIdentifierMasked) +
               (c->greenChannel ? tr(" · green channel") : QString());
    case Items:
        return c->itemCodes.join(QStringLiteral("、"));
    case Status:
        return CaseLifecycle::displayName(c->status);
    case Due: {
        if (!c->dueDate.isValid())
            return QString();
        QString text = c->dueDate.toString(Qt::ISODate);
        if (c->dueProvisional)
            text += tr(" (provisional)");
        if (open && c->dueDate < m_today)
            text += tr(" — overdue");
        return text;
    }
    case Clerk:
        return c->clerk;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case number");
    case Applicant:
        return tr("Applicant");
    case Items:
        return tr("Items");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    case Clerk:
        return tr("Clerk");
    default:
        return {};
    }
}

} // namespace ow
