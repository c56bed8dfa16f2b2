#include "access/Action.h"

namespace ow {

namespace {

struct ActionInfo
{
    Action action;
    const char* key;
    const char* description;
};

// The one table of actions; QT_TRANSLATE_NOOP marks the descriptions for lupdate.
const ActionInfo Infos[] = {
    {Action::SearchCatalog, "search_catalog",
     QT_TRANSLATE_NOOP("ow::Actions", "search the catalog")},
    {Action::ViewGuide, "view_guide", QT_TRANSLATE_NOOP("ow::Actions", "open a guide")},
    {Action::PrintGuide, "print_guide", QT_TRANSLATE_NOOP("ow::Actions", "print a guide")},
    {Action::TakeIntake, "take_intake", QT_TRANSLATE_NOOP("ow::Actions", "take in a case")},
    {Action::DecideCase, "decide_case", QT_TRANSLATE_NOOP("ow::Actions", "decide on a case")},
    {Action::AdvanceCase, "advance_case",
     QT_TRANSLATE_NOOP("ow::Actions", "review, conclude or deliver a case")},
    {Action::WithdrawCase, "withdraw_case", QT_TRANSLATE_NOOP("ow::Actions", "withdraw a case")},
    {Action::ArchiveCase, "archive_case", QT_TRANSLATE_NOOP("ow::Actions", "archive a case")},
    {Action::PrintCaseDocument, "print_case_document",
     QT_TRANSLATE_NOOP("ow::Actions", "print a receipt or notice")},
    {Action::ViewApplicantArchive, "view_applicant_archive",
     QT_TRANSLATE_NOOP("ow::Actions", "open an applicant's archive")},
    {Action::ViewFullIdNumber, "view_full_id_number",
     QT_TRANSLATE_NOOP("ow::Actions", "see a full ID number or phone number")},
    {Action::AssistedService, "assisted_service",
     QT_TRANSLATE_NOOP("ow::Actions", "record assisted service")},
    {Action::ViewDashboard, "view_dashboard",
     QT_TRANSLATE_NOOP("ow::Actions", "open the dashboard")},
    {Action::ExportCases, "export_cases", QT_TRANSLATE_NOOP("ow::Actions", "export cases")},
    {Action::HandleRectification, "handle_rectification",
     QT_TRANSLATE_NOOP("ow::Actions", "handle a rectification")},
    {Action::ViewAuditLog, "view_audit_log",
     QT_TRANSLATE_NOOP("ow::Actions", "read the audit log")},
    {Action::ExportAuditLog, "export_audit_log",
     QT_TRANSLATE_NOOP("ow::Actions", "export the audit log")},
    {Action::ReviewSyncConflicts, "review_sync_conflicts",
     QT_TRANSLATE_NOOP("ow::Actions", "review the sync conflicts")},
    {Action::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("ow::Actions", "manage user accounts")},
    {Action::EditCatalog, "edit_catalog",
     QT_TRANSLATE_NOOP("ow::Actions", "edit the catalog and guides")},
    {Action::PublishCatalog, "publish_catalog",
     QT_TRANSLATE_NOOP("ow::Actions", "publish the catalog")},
    {Action::ManageCalendar, "manage_calendar",
     QT_TRANSLATE_NOOP("ow::Actions", "edit the holiday calendar")},
    {Action::ConfigureWorkstation, "configure_workstation",
     QT_TRANSLATE_NOOP("ow::Actions", "change this workstation's settings")},
};

} // namespace

QList<Action> Actions::all()
{
    QList<Action> result;
    for (const ActionInfo& info : Infos)
        result.append(info.action);
    return result;
}

QString Actions::key(Action action)
{
    for (const ActionInfo& info : Infos) {
        if (info.action == action)
            return QString::fromLatin1(info.key);
    }
    return QString();
}

std::optional<Action> Actions::fromKey(const QString& key)
{
    for (const ActionInfo& info : Infos) {
        if (key == QLatin1String(info.key))
            return info.action;
    }
    return std::nullopt;
}

QString Actions::describe(Action action)
{
    for (const ActionInfo& info : Infos) {
        if (info.action == action)
            return QCoreApplication::translate("ow::Actions", info.description);
    }
    return QString();
}

} // namespace ow
