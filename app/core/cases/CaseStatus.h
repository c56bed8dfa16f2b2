#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// The states of a case (办件), each reached by the event of the same name. A case's status is
// never stored on its own: it is what its append-only event log says.
enum class CaseStatus
{
    Received,            // 收件
    Accepted,            // 受理
    SupplementRequested, // 补正: every missing material asked for once
    Refused,             // 不予受理
    UnderReview,         // 审查
    Concluded,           // 办结
    Delivered,           // 送达
    Archived,            // 归档
    Withdrawn,           // 撤回
};

struct CaseEvent
{
    CaseStatus to;
    QDateTime at;
    QString userName;
    QString note;

    bool operator==(const CaseEvent&) const = default;
};

class CaseLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseLifecycle)

public:
    static QString key(CaseStatus status); // received, accepted, …
    static std::optional<CaseStatus> fromKey(const QString& key);
    static QString displayName(CaseStatus status); // translated: 收件, 受理 …
    static QList<CaseStatus> all();

    // 收件 → 受理 | 补正 | 不予受理 → 审查 → 办结 → 送达 → 归档; 撤回 from any open state.
    static QList<CaseStatus> next(CaseStatus status);
    static bool isOpen(CaseStatus status);
    // 撤回 and 不予受理 are recorded only with their reason (the applicant's, or the refusal's).
    static bool needsReason(CaseStatus status);
    // The decisions at the counter (受理, 补正, 不予受理): they carry the checklist with them.
    static bool isDecision(CaseStatus status);
    // The status an event log leads to, or the first event that does not follow (message says
    // which and why); the log must start with 收件 and be in time order.
    static Result<CaseStatus> statusOf(const QList<CaseEvent>& events);
};

} // namespace ow
