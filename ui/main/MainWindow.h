#pragma once

#include "access/Session.h"
#include "cases/Case.h"
#include "main/WorkspaceData.h"
#include "search/CatalogSearch.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace ow {

class AccessibilitySupport;
class AccountService;
class CatalogAdminView;
class Database;
class GuideDiffView;
class CaseService;
class CaseSignatureService;
class Clock;
class IntakeView;
class CaseListView;
class CaseDetailView;
class DocumentCamera;
class DashboardView;
class RatingRecorder;
class RatingWindow;
class ElidedLabel;
class SpokenRatingPanel;
class ReportService;
class RectificationService;
class RectificationView;
class DocumentPrinter;
class ScanService;
class GuideView;
class HomeVisitRepository;
class HomeVisitView;
struct HomeVisit;
class IdleWatcher;
class IntakeDraftStore;
class LockScreen;
class ItemDetailsPanel;
class NavigatorPanel;
class SearchPanel;
class Database;
class ShiftClosePanel;
class SyncConflicts;
class SyncConflictsView;
class SyncService;
class SyncStatusWidget;

// The clerk's main window: the search box and the lifecycle navigator on the left, the
// workspace on the right (the selected entry's catalog data, then one tab per opened guide),
// who is signed in at which window in the status bar. Locks itself after the idle minutes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(WorkspaceData data, DocumentPrinter& printer, AccountService& accounts,
               CaseService& cases, Session session, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    NavigatorPanel* navigator() const { return m_navigator; }
    ItemDetailsPanel* details() const { return m_details; }
    SearchPanel* searchPanel() const { return m_search; }
    QTabWidget* workspace() const { return m_workspace; }
    GuideView* openGuide(const QString& code);
    GuideView* currentGuide() const;

    const Session& session() const { return m_session; }
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    QMenu* adminMenu() const { return m_adminMenu; }
    AccessibilitySupport* accessibility() const { return m_accessibility; }
    void lock(const QString& reason = QString());
    bool unlock(const QString& password);
    void switchTo(const Session& session);
    void openUsers();
    void openAuditLog();
    // Scans in intakes: the encrypted store's service and the document camera (either may be
    // null: then intakes say scans or the camera are not available). Neither is owned.
    void setScanning(ScanService* scans, DocumentCamera* camera);
    // F2: a new intake, starting from the item or scene on screen (or the codes given).
    IntakeView* newIntake(const QStringList& codes = {});
    // Autosaved intake drafts (none without a store: nothing is autosaved).
    void setDraftStore(IntakeDraftStore* store) { m_drafts = store; }
    // Catalog administration and guide versions (not owned; without it the Catalog and guides
    // screen and the case's guide comparison are not offered).
    void setCatalogDatabase(Database* database);
    // The calendar the counter's services count due dates with (CaseService, ratings and
    // rectifications hold it by reference): reloaded from the catalog database when the
    // administrator screen publishes a holiday calendar year, or after a sync round that pulled
    // something (a year published centrally), so it counts at once.
    void setLiveCalendar(WorkCalendar* calendar) { m_liveCalendar = calendar; }
    // 事项与指南管理 (needs EditCatalog): opened once, raised on the next call.
    CatalogAdminView* openCatalogAdmin();
    // The guide version a case was taken under (taken) against the item's newest version.
    GuideDiffView* compareGuideVersions(const QString& code, int taken);
    // After sign-in: an intake that offers the user's unfinished draft, if one is kept.
    IntakeView* offerUnfinishedIntake();
    // F3: the hall's cases of today; Enter opens one.
    CaseListView* showCases();
    // A case in its own tab (from the list, or a scanned receipt), on its timeline with the next
    // steps; a step refreshes the case lists.
    CaseDetailView* openCase(const QString& idOrNumber);
    // Where signatures given at intake are kept (the encrypted file store); without it a
    // signature drawn is not kept, and the status bar says so.
    void setSignatureService(CaseSignatureService* signatures) { m_signatures = signatures; }
    // Background sync: its state in the status bar, F5 runs a round now.
    void attachSync(SyncService& sync);
    // The catalog version in the status bar. A sync that applies a version published centrally
    // calls it (SyncService::catalogVersionChanged): the bar says the version received and that
    // the screens use it after a restart (they were loaded at start).
    void showCatalogVersion(int version);
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }

    // The supervisor's dashboard (Go › Dashboard) and the customer window's 好差评: after a
    // decision the customer window asks for the case's rating; a scanned receipt asks again
    // (channel qr) when the case is not rated yet. Off until enabled (main() enables them).
    void enableReportsAndRatings(ReportService& reports, RatingRecorder& ratings,
                                 int rectificationDays);
    DashboardView* showDashboard();

    // 上门服务 (Go › Home visits, F4; the assisted-service role): the appointments, and the intake
    // opened from one, prefilled with its applicant and items; the stored case marks the visit
    // visited. Off without the repository (not owned).
    void setHomeVisits(HomeVisitRepository* visits);
    HomeVisitView* showHomeVisits();
    IntakeView* intakeFromVisit(const HomeVisit& visit);
    // 整改: the supervisors' list of rectifications (Go menu, for Action::HandleRectification).
    void enableRectifications(RectificationService& rectifications);
    RectificationView* showRectifications();
    RatingWindow* ratingWindow() const { return m_ratingWindow; }
    // 好差评 by the applicant's spoken answer (无障碍 › F9; accessibility mode and the
    // assisted-service role only): a panel for the case of the current tab, else the case last
    // decided at this window. Null (with a status bar message) when it cannot be rated.
    SpokenRatingPanel* openSpokenRating();
    QAction* spokenRatingAction() const { return m_spokenRatingAction; }

    // Manage › Sync conflicts for supervisors and administrators, and 交班 at sign-out (File ›
    // Sign out, or closing the window while signed in, shows what the clerk leaves behind and
    // records the hand-over). Off until enabled (main() enables them).
    void enableSyncScreens(Database& database);
    SyncConflictsView* showSyncConflicts();
    // Opens the shift-close panel (open(), never exec()); its sign-out button records the
    // hand-over, signs out and closes the window. Null when shift close is not enabled.
    ShiftClosePanel* signOut();
    bool signedOut() const { return m_signedOut; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void reloadCalendar();
    void createMenus();
    IntakeView* openIntake(const QStringList& codes, const QString& homeVisitId);
    void refreshHomeVisits();
    void createLanguageMenu(QMenu* menu);
    void updateForSession();
    void switchUser();
    void printDecision(const Case& c);
    Result<Case> stepCase(const QString& caseId, CaseStatus to, const QString& note);
    void refreshCaseLists();
    QStringList contextCodes() const;
    void showAbout();
    void closeGuideTab(int index);
    QStringList openDraftIds(const IntakeView* except) const;
    void askForRating(const QString& caseId, const QString& number, bool scanned);
    RatingWindow* customerWindow(); // made on first use, when ratings are enabled
    void mirrorChecklist(IntakeView* view);

    WorkspaceData m_data;
    SyncStatusWidget* m_syncStatus = nullptr;
    CatalogSearch m_catalogSearch;
    DocumentPrinter& m_printer;
    AccountService& m_accounts;
    CaseService& m_cases;
    CaseSignatureService* m_signatures = nullptr;
    Session m_session;
    const Clock& m_clock;
    QStackedWidget* m_pages;
    LockScreen* m_lockScreen;
    IdleWatcher* m_idle;
    QMenu* m_adminMenu = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_syncConflictsAction = nullptr;
    QAction* m_signOutAction = nullptr;
    Database* m_database = nullptr;
    std::unique_ptr<SyncConflicts> m_syncConflicts;
    QPointer<ShiftClosePanel> m_shiftPanel;
    bool m_signedOut = false;
    QAction* m_homeVisitsAction = nullptr;
    HomeVisitRepository* m_visits = nullptr;
    QAction* m_rectificationAction = nullptr;
    RectificationService* m_rectifications = nullptr;
    ReportService* m_reports = nullptr;
    RatingRecorder* m_ratings = nullptr;
    RatingWindow* m_ratingWindow = nullptr;
    QAction* m_spokenRatingAction = nullptr;
    void updateSpokenRatingAction();
    // The case last decided at this window (for the spoken rating after the decision).
    QString m_lastDecidedId;
    QString m_lastDecidedNumber;
    int m_rectificationDays = 5;
    ElidedLabel* m_userLabel;
    SearchPanel* m_search;
    NavigatorPanel* m_navigator;
    ItemDetailsPanel* m_details;
    QTabWidget* m_workspace;
    ElidedLabel* m_status;
    ScanService* m_scans = nullptr;
    DocumentCamera* m_camera = nullptr;
    IntakeDraftStore* m_drafts = nullptr;
    Database* m_catalogDatabase = nullptr;
    WorkCalendar* m_liveCalendar = nullptr;
    QPointer<CatalogAdminView> m_catalogAdmin; // cleared by Qt when the window closes
    QAction* m_catalogAction = nullptr;
    AccessibilitySupport* m_accessibility = nullptr;
};

} // namespace ow
