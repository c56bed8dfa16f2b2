#include "access/AccessPolicy.h"

namespace ow {

bool AccessPolicy::needsNoUser(Action action)
{
    return action == Action::SearchCatalog || action == Action::ViewGuide ||
           action == Action::PrintGuide;
}

bool AccessPolicy::allows(Role role, Action action)
{
    if (needsNoUser(action))
        return true;
    const bool clerk = role == Role::Clerk;
    const bool assisted = role == Role::Assisted;
    const bool supervisor = role == Role::Supervisor;
    const bool admin = role == Role::Admin;
    switch (action) {
    case Action::TakeIntake:
    case Action::DecideCase:
    case Action::AdvanceCase:
    case Action::WithdrawCase:
    case Action::PrintCaseDocument:
    case Action::ViewApplicantArchive:
    case Action::ViewFullIdNumber:
        // Counter work and the personal data it needs; administrators keep the system, they
        // do not see applicants.
        return clerk || assisted || supervisor;
    case Action::AssistedService:
        return assisted || supervisor;
    case Action::ArchiveCase:
        // 归档 closes the file for good: the hall's supervisor checks it is complete.
        return supervisor;
    case Action::ViewDashboard:
        // The daily figures and the case numbers behind them, no applicant's data: the hall's
        // administrators read them too.
        return supervisor || admin;
    case Action::ExportCases:
    case Action::HandleRectification:
        return supervisor;
    case Action::ViewAuditLog:
    case Action::ExportAuditLog:
        return supervisor || admin;
    case Action::ReviewSyncConflicts:
        // Both versions field by field, personal data masked (unmasking needs
        // ViewFullIdNumber, which administrators do not have).
        return supervisor || admin;
    case Action::ManageUsers:
    case Action::EditCatalog:
    case Action::PublishCatalog:
    case Action::ManageCalendar:
    case Action::ConfigureWorkstation:
        return admin;
    case Action::SearchCatalog:
    case Action::ViewGuide:
    case Action::PrintGuide:
        return true;
    }
    return false;
}

Status AccessPolicy::check(Role role, Action action)
{
    if (allows(role, action))
        return Status::success();
    return Status::failure(tr("A user with the role \"%1\" may not %2.")
                               .arg(Roles::displayName(role), Actions::describe(action)));
}

} // namespace ow
