#include "cases/CaseStatus.h"

namespace ow {

namespace {

struct StatusInfo
{
    CaseStatus status;
    const char* key;
    const char* name;
};

const StatusInfo Infos[] = {
    {CaseStatus::Received, "received", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "received")},
    {CaseStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "accepted")},
    {CaseStatus::SupplementRequested, "supplement_requested",
     QT_TRANSLATE_NOOP("ow::CaseLifecycle", "supplement requested")},
    {CaseStatus::Refused, "refused", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "refused")},
    {CaseStatus::UnderReview, "under_review",
     QT_TRANSLATE_NOOP("ow::CaseLifecycle", "under review")},
    {CaseStatus::Concluded, "concluded", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "concluded")},
    {CaseStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "delivered")},
    {CaseStatus::Archived, "archived", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "archived")},
    {CaseStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ow::CaseLifecycle", "withdrawn")},
};

} // namespace

QList<CaseStatus> CaseLifecycle::all()
{
    QList<CaseStatus> result;
    for (const StatusInfo& info : Infos)
        result.append(info.status);
    return result;
}

QString CaseLifecycle::key(CaseStatus status)
{
    for (const StatusInfo& info : Infos) {
        if (info.status == status)
            return QString::fromLatin1(info.key);
    }
    return QString();
}

std::optional<CaseStatus> CaseLifecycle::fromKey(const QString& key)
{
    for (const StatusInfo& info : Infos) {
        if (key == QLatin1String(info.key))
            return info.status;
    }
    return std::nullopt;
}

QString CaseLifecycle::displayName(CaseStatus status)
{
    for (const StatusInfo& info : Infos) {
        if (info.status == status)
            return QCoreApplication::translate("ow::CaseLifecycle", info.name);
    }
    return QString();
}

bool CaseLifecycle::isOpen(CaseStatus status)
{
    return status == CaseStatus::Received || status == CaseStatus::SupplementRequested ||
           status == CaseStatus::Accepted || status == CaseStatus::UnderReview;
}

bool CaseLifecycle::needsReason(CaseStatus status)
{
    return status == CaseStatus::Withdrawn || status == CaseStatus::Refused;
}

bool CaseLifecycle::isDecision(CaseStatus status)
{
    return status == CaseStatus::Accepted || status == CaseStatus::SupplementRequested ||
           status == CaseStatus::Refused;
}

QList<CaseStatus> CaseLifecycle::next(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return {CaseStatus::Accepted, CaseStatus::SupplementRequested, CaseStatus::Refused,
                CaseStatus::Withdrawn};
    case CaseStatus::SupplementRequested:
        // The applicant brings what the one notice listed; the case is then decided.
        return {CaseStatus::Accepted, CaseStatus::Refused, CaseStatus::Withdrawn};
    case CaseStatus::Accepted:
        return {CaseStatus::UnderReview, CaseStatus::Concluded, CaseStatus::Withdrawn};
    case CaseStatus::UnderReview:
        return {CaseStatus::Concluded, CaseStatus::Withdrawn};
    case CaseStatus::Concluded:
        return {CaseStatus::Delivered};
    case CaseStatus::Delivered:
    case CaseStatus::Refused:
    case CaseStatus::Withdrawn:
        return {CaseStatus::Archived};
    case CaseStatus::Archived:
        return {};
    }
    return {};
}

Result<CaseStatus> CaseLifecycle::statusOf(const QList<CaseEvent>& events)
{
    using R = Result<CaseStatus>;
    if (events.isEmpty())
        return R::failure(tr("The case has no event; it must begin with \"received\"."));
    if (events.first().to != CaseStatus::Received)
        return R::failure(tr("The case begins with \"%1\"; it must begin with \"received\".")
                              .arg(displayName(events.first().to)));
    CaseStatus status = CaseStatus::Received;
    for (int i = 1; i < events.size(); ++i) {
        const CaseEvent& event = events.at(i);
        if (event.at.isValid() && events.at(i - 1).at.isValid() && event.at < events.at(i - 1).at)
            return R::failure(tr("Event %1 (%2) is dated before the event before it.")
                                  .arg(i + 1)
                                  .arg(displayName(event.to)));
        if (!next(status).contains(event.to))
            return R::failure(tr("Event %1: a case that is \"%2\" cannot become \"%3\".")
                                  .arg(i + 1)
                                  .arg(displayName(status), displayName(event.to)));
        status = event.to;
    }
    return R::success(status);
}

} // namespace ow
