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
    endResetModel();
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
