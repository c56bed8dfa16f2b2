#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ow {

// Everything a person can do that the access policy decides on. Each has a stable key (audit
// log, owctl output) and a translated description (messages).
enum class Action
{
    // reference data: every role
    SearchCatalog,
    ViewGuide,
    PrintGuide,

    // counter work
    TakeIntake,           // 收件: applicant, items, materials
    DecideCase,           // 受理 / 补正 / 不予受理
    AdvanceCase,          // 审查 / 办结 / 送达
    WithdrawCase,         // 撤回 at the applicant's request, with the reason
    ArchiveCase,          // 归档: the case file is closed for good
    PrintCaseDocument,    // receipts and notices
    ViewApplicantArchive, // 一人一档 / 一企一档
    ViewFullIdNumber,     // unmasked resident ID or phone, always logged
    AssistedService,      // 帮办代办: agent, green channel, home visits

    // supervision
    ViewDashboard,
    ExportCases,
    HandleRectification, // 整改 of a bad rating
    ViewAuditLog,
    ExportAuditLog,
    ReviewSyncConflicts, // the central store's conflicts: both versions, a review note

    // administration
    ManageUsers,
    EditCatalog,
    PublishCatalog,
    ManageCalendar,
    ConfigureWorkstation,
};

struct Actions
{
    Q_DECLARE_TR_FUNCTIONS(ow::Actions)

public:
    static QList<Action> all();
    static QString key(Action action);
    static std::optional<Action> fromKey(const QString& key);
    static QString describe(Action action); // "export the audit log"
};

} // namespace ow
