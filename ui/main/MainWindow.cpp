#include "main/MainWindow.h"

#include "CaseDocuments.h"
#include "LargePrint.h"
#include "Localization.h"
#include "ScanInspector.h"
#include "access/AccessPolicy.h"
#include "access/AccountService.h"
#include "access/IdleWatcher.h"
#include "access/LockScreen.h"
#include "access/SignInDialog.h"
#include "accessibility/AccessibilitySupport.h"
#include "accessibility/Descriptions.h"
#include "accessibility/ReadAloud.h"
#include "accessibility/SpokenRatingPanel.h"
#include "admin/AuditDialog.h"
#include "admin/CatalogAdminView.h"
#include "admin/UsersDialog.h"
#include "calendar/CalendarData.h"
#include "cases/CaseListView.h"
#include "cases/CaseService.h"
#include "cases/CaseSignatureService.h"
#include "cases/HomeVisitRepository.h"
#include "common/DocumentPrinter.h"
#include "common/ElidedLabel.h"
#include "common/SignaturePad.h"
#include "customer/RatingWindow.h"
#include "dashboard/DashboardView.h"
#include "guide/GuideDiffView.h"
#include "guide/GuideRepository.h"
#include "guide/GuideView.h"
#include "intake/ChecklistModel.h"
#include "intake/IntakeAutosave.h"
#include "intake/IntakeView.h"
#include "navigator/ItemDetailsPanel.h"
#include "navigator/NavigatorPanel.h"
#include "ratings/RectificationView.h"
#include "reports/RatingRecorder.h"
#include "reports/ReportService.h"
#include "scan/ScanGallery.h"
#include "scans/ScanService.h"
#include "search/SearchPanel.h"
#include "visits/HomeVisitView.h"

#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include "Database.h"
#include "SyncService.h"
#include "audit/AuditLog.h"
#include "common/SyncStatusWidget.h"
#include "sync/ShiftClosePanel.h"
#include "sync/ShiftHandover.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncConflictsView.h"

#include <QCloseEvent>
#include <QProgressBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cstdio>

namespace ow {

MainWindow::MainWindow(WorkspaceData data, DocumentPrinter& printer, AccountService& accounts,
                       CaseService& cases, Session session, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_data(std::move(data)), m_catalogSearch(m_data.pinyin),
      m_printer(printer), m_accounts(accounts), m_cases(cases), m_session(std::move(session)),
      m_clock(clock), m_pages(new QStackedWidget(this)), m_lockScreen(new LockScreen(this)),
      m_idle(new IdleWatcher(clock, m_session.hall.idleLockMinutes, this)),
      m_userLabel(new ElidedLabel(this))
{
    m_catalogSearch.setCatalog(m_data.catalog);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OneWindow — government service counter"));
    setAccessibleName(tr("OneWindow main window"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/onewindow.svg")));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setAccessibleName(tr("Navigator and workspace"));

    auto* left = new QWidget(splitter);
    left->setAccessibleName(tr("Find an item"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new SearchPanel(m_catalogSearch, m_data.catalog, left);
    m_navigator = new NavigatorPanel(left);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_navigator, 1);
    splitter->addWidget(left);

    m_workspace = new QTabWidget(splitter);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setAccessibleDescription(
        tr("One tab per open guide, intake, list or case; Ctrl+W closes the current tab."));
    m_workspace->setTabsClosable(true);
    m_workspace->setDocumentMode(true);
    m_details = new ItemDetailsPanel(m_workspace);
    auto* scroll = new QScrollArea(m_workspace);
    scroll->setAccessibleName(tr("Item details"));
    scroll->setAccessibleDescription(tr("The catalog data of the entry chosen on the left."));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    m_workspace->addTab(scroll, tr("Catalog entry"));
    m_workspace->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_workspace->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUser);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lock(m_session.isExpired(m_clock.now())
                 ? tr("Your session is older than %1 hours: enter your password to go on.")
                       .arg(Session::MaxAgeHours)
                 : tr("Locked after %n minute(s) without input. Personal data is hidden.", nullptr,
                      m_session.hall.idleLockMinutes));
    });

    m_navigator->setCatalog(m_data.catalog);
    m_details->setCatalog(&m_data.catalog);
    const auto showEntry = [this](const QString& code) {
        m_details->showCode(code);
        m_workspace->setCurrentIndex(0);
    };
    connect(m_navigator, &NavigatorPanel::codeSelected, this, showEntry);
    connect(m_search, &SearchPanel::currentChanged, this, showEntry);
    connect(m_navigator, &NavigatorPanel::codeActivated, this, &MainWindow::openGuide);
    connect(m_search, &SearchPanel::activated, this, &MainWindow::openGuide);
    connect(m_search, &SearchPanel::activeChanged, m_navigator, &QWidget::setHidden);
    connect(m_workspace, &QTabWidget::tabCloseRequested, this, &MainWindow::closeGuideTab);
    // Each tab says what its page is (its tool tip is what a screen reader reads after the name).
    const auto describeTabs = [this] {
        for (int i = 0; i < m_workspace->count(); ++i) {
            QString description = m_workspace->widget(i)->accessibleDescription();
            if (description.isEmpty())
                description = tr("A page of the workspace.");
            describeTab(m_workspace->tabBar(), i, description, tr("Shows the tabs further left."),
                        tr("Shows the tabs further right."));
        }
    };
    m_workspace->tabBar()->setAccessibleDescription(
        tr("The open pages; Ctrl+Tab and Ctrl+Shift+Tab go from one to the next."));
    connect(m_workspace, &QTabWidget::currentChanged, this, describeTabs);
    describeTabs();
    auto* intakeKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(intakeKey, &QShortcut::activated, this, [this] { newIntake(); });
    auto* casesKey = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(casesKey, &QShortcut::activated, this, [this] { showCases(); });
    auto* visitsKey = new QShortcut(QKeySequence(Qt::Key_F4), this);
    connect(visitsKey, &QShortcut::activated, this, [this] { showHomeVisits(); });
    connect(m_search, &SearchPanel::caseScanned, this, [this](const QString& number) {
        if (CaseDetailView* view = openCase(number))
            askForRating(view->caseId(), m_workspace->tabText(m_workspace->currentIndex()), true);
    });
    auto* lockKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(lockKey, &QShortcut::activated, this, [this] { lock(); });

    auto* focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, m_search, &SearchPanel::focusSearch);
    auto* closeTab = new QShortcut(QKeySequence::Close, this);
    connect(closeTab, &QShortcut::activated, this,
            [this] { closeGuideTab(m_workspace->currentIndex()); });
    closeTab->setWhatsThis(tr("Close the tab"));

    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("statusCatalog"));
    m_status->setAccessibleName(tr("Catalog and database"));
    showCatalogVersion(m_data.catalogVersion);
    statusBar()->addWidget(m_status, 1);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_userLabel->setAccessibleName(tr("Signed-in user and window"));
    statusBar()->addPermanentWidget(m_userLabel);
    createMenus();
    m_accessibility = new AccessibilitySupport(this, m_accounts, [this] { return m_session; });
    // 好差评 by the applicant's spoken answer: the accessibility mode's own command.
    m_spokenRatingAction = new QAction(this);
    m_spokenRatingAction->setObjectName(QStringLiteral("spokenRatingAction"));
    m_spokenRatingAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_spokenRatingAction->setStatusTip(
        tr("The applicant says the rating aloud and the helper keys it in. Only in the "
           "accessibility mode (F12), for an applicant who cannot use the customer window; an "
           "ordinary applicant rates on the customer window and the clerk never rates."));
    m_spokenRatingAction->setToolTip(m_spokenRatingAction->statusTip());
    m_accessibility->menu()->addSeparator();
    m_accessibility->menu()->addAction(m_spokenRatingAction);
    addAction(m_spokenRatingAction);
    connect(m_spokenRatingAction, &QAction::triggered, this, [this] { openSpokenRating(); });
    connect(m_accessibility->mode(), &AccessibilityMode::changed, this,
            [this] { updateSpokenRatingAction(); });
    updateForSession();
    resize(1280, 800);
    m_search->focusSearch(); // the clerk starts typing at once
}

void MainWindow::showCatalogVersion(int version)
{
    // The tree, the search, the guides and the checklists were loaded at start: a version a sync
    // brings later is said to be waiting, never claimed as the one in use.
    const int running = m_data.catalogVersion;
    const QString text = running > 0 ? tr("version %1").arg(running) : tr("not yet published");
    QString line = tr("Catalog %1: %2 items, %3 sub-items, %4 guides · Database: %5")
                       .arg(text)
                       .arg(m_data.catalog.itemCount())
                       .arg(m_data.catalog.subItemCount())
                       .arg(m_data.guides.size())
                       .arg(m_data.databasePath);
    if (version != running)
        line =
            tr("Catalog version %1 received: restart OneWindow to use it · ").arg(version) + line;
    m_status->setFullText(line);
}

void MainWindow::reloadCalendar()
{
    // Deadlines count on the calendar in force at once (CaseService, ratings and
    // rectifications hold this object): no restart for a year published here or pulled.
    if (!m_liveCalendar || !m_catalogDatabase)
        return;
    Result<WorkCalendar> reloaded = CalendarData::load(*m_catalogDatabase);
    if (reloaded)
        *m_liveCalendar = std::move(reloaded).value();
    else
        statusBar()->showMessage(reloaded.error(), 15000);
}

void MainWindow::attachSync(SyncService& sync)
{
    if (!m_syncStatus) {
        m_syncStatus = new SyncStatusWidget(this);
        statusBar()->addPermanentWidget(m_syncStatus->progressBar());
        statusBar()->addPermanentWidget(m_syncStatus);
    }
    m_syncStatus->follow(sync);
    connect(&sync, &SyncService::catalogVersionChanged, this, &MainWindow::showCatalogVersion);
    connect(&sync, &SyncService::statusChanged, this, [this](const SyncStatus& status) {
        if (status.lastRound.pulled > 0) // perhaps a calendar year published centrally
            reloadCalendar();
    });
    auto* syncKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    syncKey->setWhatsThis(tr("Sync with the central store now")); // listed on the F1 sheet
    connect(syncKey, &QShortcut::activated, &sync, &SyncService::syncNow);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    createLanguageMenu(file->addMenu(tr("&Language")));
    m_signOutAction = file->addAction(tr("Sign &out (shift close)…"), this, [this] { signOut(); });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setVisible(false);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* intake = go->addAction(tr("&New intake"), this, [this] { newIntake(); });
    intake->setShortcut(QKeySequence(Qt::Key_F2));
    intake->setShortcutContext(Qt::WidgetShortcut); // the window's QShortcut handles the key
    QAction* cases = go->addAction(tr("&Cases of today"), this, [this] { showCases(); });
    cases->setShortcut(QKeySequence(Qt::Key_F3));
    cases->setShortcutContext(Qt::WidgetShortcut);
    m_homeVisitsAction =
        go->addAction(tr("&Home visits (上门服务)"), this, [this] { showHomeVisits(); });
    m_homeVisitsAction->setObjectName(QStringLiteral("homeVisitsAction"));
    m_homeVisitsAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_homeVisitsAction->setShortcutContext(Qt::WidgetShortcut);
    m_homeVisitsAction->setVisible(false);
    QAction* search = go->addAction(tr("&Search items"), m_search, &SearchPanel::focusSearch);
    m_dashboardAction = go->addAction(tr("&Dashboard"), this, [this] { showDashboard(); });
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setVisible(false);
    m_rectificationAction =
        go->addAction(tr("&Rectifications (整改)"), this, [this] { showRectifications(); });
    m_rectificationAction->setObjectName(QStringLiteral("rectificationAction"));
    m_rectificationAction->setVisible(false);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::WidgetShortcut); // the window's QShortcut handles the key
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QAction* lockAction = account->addAction(tr("&Lock the screen"), this, [this] { lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::WidgetShortcut); // the window's QShortcut handles the key
    account->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    m_adminMenu = menuBar()->addMenu(tr("&Manage"));
    m_usersAction = m_adminMenu->addAction(tr("&User accounts…"), this, &MainWindow::openUsers);
    m_auditAction = m_adminMenu->addAction(tr("&Audit log…"), this, &MainWindow::openAuditLog);
    m_syncConflictsAction =
        m_adminMenu->addAction(tr("S&ync conflicts"), this, [this] { showSyncConflicts(); });
    m_syncConflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    m_syncConflictsAction->setVisible(false);
    m_catalogAction =
        m_adminMenu->addAction(tr("&Catalog and guides…"), this, [this] { openCatalogAdmin(); });
    m_catalogAction->setVisible(false);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About OneWindow"), this, &MainWindow::showAbout);
}

void MainWindow::createLanguageMenu(QMenu* menu)
{
    // Each language named in itself, so that whoever cannot read the current one finds theirs.
    auto* group = new QActionGroup(menu);
    const QString current = QLocale().name().startsWith(QLatin1String("zh"))
                                ? QStringLiteral("zh_CN")
                                : QStringLiteral("en");
    for (const auto& [code, name] :
         {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
          std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (Localization::savePreferredLanguage(code))
                statusBar()->showMessage(
                    tr("The screens will be in the chosen language from the next start."), 15000);
            else
                statusBar()->showMessage(tr("The language could not be saved in the settings."),
                                         15000);
        });
    }
}

GuideView* MainWindow::openGuide(const QString& code)
{
    for (int i = 1; i < m_workspace->count(); ++i) {
        auto* view = qobject_cast<GuideView*>(m_workspace->widget(i));
        if (view && view->subject().code == code) {
            m_workspace->setCurrentIndex(i);
            view->setFocus();
            return view;
        }
    }
    const std::optional<GuideSubject> subject = GuideSubject::fromCatalog(m_data.catalog, code);
    if (!subject)
        return nullptr;
    std::optional<Guide> guide;
    if (const auto found = m_data.guides.constFind(code); found != m_data.guides.cend())
        guide = *found;
    auto* view = new GuideView(*subject, guide, m_data.dictionary, m_printer, m_workspace);
    connect(view, &GuideView::documentHandled, this,
            [this](const QString& action, const QString& what) {
                (void)m_accounts.audit(m_session, action, what, tr("guide"));
            });
    const int index = m_workspace->addTab(
        view, QStringLiteral("%1 %2").arg(subject->code, subject->name.left(12)));
    m_workspace->setTabToolTip(index, subject->name);
    m_workspace->setCurrentIndex(index);
    view->setFocus();
    return view;
}

GuideView* MainWindow::currentGuide() const
{
    return qobject_cast<GuideView*>(m_workspace->currentWidget());
}

void MainWindow::closeGuideTab(int index)
{
    if (index <= 0) // the catalog entry tab stays
        return;
    QWidget* view = m_workspace->widget(index);
    if (auto* intake = qobject_cast<IntakeView*>(view))
        intake->abandon(); // its scans leave the encrypted store
    m_workspace->removeTab(index);
    view->deleteLater();
}

MainWindow::~MainWindow()
{
    // The accessibility mode switches itself off as it goes (after this window's members):
    // the spoken rating's command must not hear of it then.
    disconnect(m_accessibility->mode(), nullptr, this, nullptr);
    // Close the workspace's tabs while the window's members (session, services) still exist:
    // a tab's widgets may signal as they lose focus.
    while (m_workspace->count() > 1) {
        QWidget* tab = m_workspace->widget(1);
        m_workspace->removeTab(1);
        delete tab;
    }
}

QStringList MainWindow::contextCodes() const
{
    if (const GuideView* guide = currentGuide())
        return {guide->subject().code};
    const QString shown = m_details->shownCode();
    if (!shown.isEmpty() && (m_data.catalog.item(shown) || m_data.catalog.subItem(shown) ||
                             shown.count(QLatin1Char('.')) == 1))
        return {shown};
    return {};
}

void MainWindow::setScanning(ScanService* scans, DocumentCamera* camera)
{
    m_scans = scans;
    m_camera = camera;
}

IntakeView* MainWindow::newIntake(const QStringList& codes)
{
    return openIntake(codes, QString());
}

IntakeView* MainWindow::openIntake(const QStringList& codes, const QString& homeVisitId)
{
    if (const Status allowed = m_accounts.require(m_session, Action::TakeIntake); !allowed) {
        statusBar()->showMessage(allowed.error(),
                                 15000); // not modal: F2 must never block the window
        return nullptr;
    }
    // The intake's signature pad, known once the view exists (the decision runs later).
    auto pad = std::make_shared<QPointer<SignaturePad>>();
    auto* view = new IntakeView(
        m_data.catalog, m_data.guides, m_data.dictionary,
        [this, pad, homeVisitId](IntakeDraft& draft, IntakeDraft::Decision decision,
                                 const QString& reason) {
            const auto takeIn = [&] {
                return m_cases.takeIn(m_session, draft, decision, reason, m_data.guides);
            };
            // A case taken at home: stored with the visit's link in one transaction.
            const Result<Case> taken = homeVisitId.isEmpty() || !m_visits
                                           ? takeIn()
                                           : m_visits->takeIn(m_session, homeVisitId, takeIn);
            if (!taken)
                return Status::failure(taken.error());
            if (!homeVisitId.isEmpty())
                refreshHomeVisits();
            if (*pad && !(*pad)->isEmpty()) {
                const Status kept =
                    m_signatures
                        ? Status::from(m_signatures->sign(m_session, taken.value().id,
                                                          draft.agent
                                                              ? CaseSignature::Signer::Agent
                                                              : CaseSignature::Signer::Applicant,
                                                          (*pad)->toPng()))
                        : Status::failure(tr("this workstation has no store for personal files"));
                if (!kept)
                    statusBar()->showMessage(tr("Case %1 is stored, but its signature was not: %2")
                                                 .arg(taken.value().number, kept.error()),
                                             30000);
            }
            m_accessibility->caseDecided(taken.value());
            if (taken.value().status() != CaseStatus::Received) {
                m_lastDecidedId = taken.value().id;
                m_lastDecidedNumber = taken.value().number;
            }
            printDecision(taken.value());
            if (taken.value().status() != CaseStatus::Received)
                askForRating(taken.value().id, taken.value().number, false);
            return Status::success();
        },
        m_clock.now().toLocalTime().date(), m_workspace);
    *pad = view->signatureField()->pad();
    view->setArchiveLookup(
        [this](const QString& identifier) -> std::optional<QPair<Applicant, int>> {
            const auto found = m_cases.lookUpApplicant(m_session, identifier);
            if (!found || !found.value())
                return std::nullopt;
            return QPair<Applicant, int>{found.value()->applicant, found.value()->caseCount};
        });
    if (m_scans) {
        view->setScanSupport(
            [this](const QByteArray& content,
                   const QString& fileName) -> Result<QPair<Scan, QImage>> {
                using R = Result<QPair<Scan, QImage>>;
                const auto inspected = ScanInspector::inspect(content, fileName);
                if (!inspected)
                    return R::failure(inspected.error());
                const ScanFacts facts{inspected.value().mediaType, inspected.value().pages,
                                      inspected.value().thumbnailPng};
                const Result<Scan> kept = m_scans->keep(m_session, content, fileName, facts);
                if (!kept)
                    return R::failure(kept.error());
                return R::success({kept.value(), inspected.value().thumbnail});
            },
            [this, view](const Scan& scan, bool stillUsed) {
                // Another open intake may hold the same file (the store keeps it once).
                for (int i = 0; i < m_workspace->count() && !stillUsed; ++i) {
                    const auto* other = qobject_cast<IntakeView*>(m_workspace->widget(i));
                    stillUsed = other && other != view && !other->decided() &&
                                other->draft().usesFile(scan.sha256);
                }
                return m_scans->discard(m_session, scan, stillUsed);
            },
            m_camera);
    } else {
        view->setScanSupport({}, {}, m_camera);
    }
    if (m_ratings)
        mirrorChecklist(view);
    view->addItems(codes.isEmpty() ? contextCodes() : codes);
    if (m_drafts) {
        auto* autosave = new IntakeAutosave(view, *m_drafts, m_session,
                                            [this, view] { return openDraftIds(view); });
        autosave->offerSavedDraft();
    }
    const int index = m_workspace->addTab(view, tr("Intake"));
    m_workspace->setCurrentIndex(index);
    view->setFocus();
    return view;
}

QStringList MainWindow::openDraftIds(const IntakeView* except) const
{
    QStringList ids;
    for (int i = 1; i < m_workspace->count(); ++i) {
        const auto* view = qobject_cast<const IntakeView*>(m_workspace->widget(i));
        if (!view || view == except)
            continue;
        if (const auto* autosave = view->findChild<const IntakeAutosave*>())
            ids.append(autosave->draftId());
    }
    return ids;
}

IntakeView* MainWindow::offerUnfinishedIntake()
{
    if (!m_drafts || !AccessPolicy::check(m_session.user.role, Action::TakeIntake))
        return nullptr;
    const auto drafts = m_drafts->list(m_session);
    if (!drafts) {
        statusBar()->showMessage(drafts.error(), 15000);
        return nullptr;
    }
    const QStringList open = openDraftIds(nullptr);
    for (const IntakeDraftStore::Info& info : drafts.value()) {
        if (!open.contains(info.id))
            return newIntake();
    }
    return nullptr;
}

CaseListView* MainWindow::showCases()
{
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* list = qobject_cast<CaseListView*>(m_workspace->widget(i))) {
            list->showDay(m_clock.now().toLocalTime().date());
            m_workspace->setCurrentIndex(i);
            list->setFocus();
            return list;
        }
    }
    if (const Status allowed = m_accounts.require(m_session, Action::TakeIntake); !allowed) {
        statusBar()->showMessage(allowed.error(), 15000);
        return nullptr;
    }
    auto* list = new CaseListView(
        [this](const QDate& from, const QDate& to, const QString& show, const CaseSummary* after,
               int limit) { return m_cases.casesPage(m_session, from, to, after, limit, show); },
        [this](const QDate& from, const QDate& to, const QString& show) {
            return m_cases.caseCounts(m_session, from, to, m_clock.now().toLocalTime().date(),
                                      show);
        },
        m_clock.now().toLocalTime().date(), m_workspace);
    connect(list, &CaseListView::caseActivated, this, [this](const QString& id) { openCase(id); });
    const int index = m_workspace->addTab(list, tr("Cases"));
    m_workspace->setCurrentIndex(index);
    list->setFocus();
    return list;
}

CaseDetailView* MainWindow::openCase(const QString& idOrNumber)
{
    const Result<Case> loaded = m_cases.open(m_session, idOrNumber);
    if (!loaded) {
        statusBar()->showMessage(loaded.error(), 15000);
        return nullptr;
    }
    const QString caseId = loaded.value().id;
    auto* view = new CaseDetailView(
        loaded.value(), m_session.user.role,
        [this, caseId](CaseStatus to, const QString& note) { return stepCase(caseId, to, note); },
        m_workspace);
    if (m_signatures) {
        if (const auto signatures = m_signatures->signaturesOf(m_session, caseId))
            view->setSignatures(signatures.value());
        else
            statusBar()->showMessage(signatures.error(), 15000);
    }
    if (m_scans) {
        bool hasScans = false;
        for (const CaseMaterial& material : loaded.value().materials)
            hasScans = hasScans || !material.scanFiles.isEmpty();
        if (hasScans && view->layout()) // every thumbnail looked at is audited
            view->layout()->addWidget(new ScanGallery(
                loaded.value(),
                [this, number = loaded.value().number](const Scan& scan) {
                    return m_scans->thumbnail(m_session, number, scan);
                },
                view));
    }
    if (m_visits && view->layout()) {
        // The channel: a case taken at the applicant's home says so above its timeline.
        if (const auto visit = m_visits->visitOfCase(caseId); visit && visit.value()) {
            auto* channel =
                new QLabel(tr("Taken at home (上门服务) on %1 %2 by %3.")
                               .arg(visit.value()->date.toString(Qt::ISODate),
                                    HomeVisits::slotText(*visit.value()), visit.value()->staff),
                           view);
            channel->setObjectName(QStringLiteral("caseHomeVisit"));
            channel->setAccessibleName(tr("Channel: home visit"));
            channel->setAccessibleDescription(
                tr("The case was taken at the applicant's home on a booked home visit."));
            qobject_cast<QBoxLayout*>(view->layout())
                ? qobject_cast<QBoxLayout*>(view->layout())->insertWidget(0, channel)
                : view->layout()->addWidget(channel);
        }
    }
    connect(view, &CaseDetailView::caseChanged, this, &MainWindow::refreshCaseLists);
    if (m_catalogDatabase && view->layout()) {
        // The guide version each item was taken under, against its newest version.
        auto* row = new QHBoxLayout();
        for (const QString& pair : loaded.value().guideVersions.split(u' ', Qt::SkipEmptyParts)) {
            const QString code = pair.section(u':', 0, 0);
            const int taken = pair.section(u':', 1, 1).toInt();
            if (code.isEmpty() || taken < 1)
                continue;
            auto* compare =
                new QPushButton(tr("Guide %1: v%2 against current").arg(code).arg(taken), view);
            compare->setObjectName(QStringLiteral("caseGuideCompare_%1").arg(code));
            compare->setAccessibleName(tr("Compare the guide of %1").arg(code));
            compare->setAccessibleDescription(
                tr("Shows the guide version %1, which the case was taken under, beside the "
                   "current one")
                    .arg(taken));
            connect(compare, &QPushButton::clicked, this,
                    [this, code, taken] { compareGuideVersions(code, taken); });
            row->addWidget(compare);
        }
        row->addStretch(1);
        if (row->count() > 1)
            static_cast<QBoxLayout*>(view->layout())->addLayout(row);
        else
            delete row;
    }
    const int index = m_workspace->addTab(view, loaded.value().number);
    m_workspace->setCurrentIndex(index);
    view->setFocus();
    return view;
}

Result<Case> MainWindow::stepCase(const QString& caseId, CaseStatus to, const QString& note)
{
    // 补正 → 受理 carries a deadline, from the guides; the other steps are events.
    Result<Case> stepped = to == CaseStatus::Accepted
                               ? m_cases.acceptSupplied(m_session, caseId, note, m_data.guides)
                               : m_cases.advance(m_session, caseId, to, note);
    // The applicant takes the new paper home: the receipt, or the refusal notice.
    if (stepped && (to == CaseStatus::Accepted || to == CaseStatus::Refused))
        printDecision(stepped.value());
    return stepped;
}

void MainWindow::refreshCaseLists()
{
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* list = qobject_cast<CaseListView*>(m_workspace->widget(i)))
            list->refresh();
    }
}

void MainWindow::enableReportsAndRatings(ReportService& reports, RatingRecorder& ratings,
                                         int rectificationDays)
{
    m_reports = &reports;
    m_ratings = &ratings;
    m_rectificationDays = rectificationDays;
    updateForSession();
}

void MainWindow::setHomeVisits(HomeVisitRepository* visits)
{
    m_visits = visits;
    updateForSession();
}

HomeVisitView* MainWindow::showHomeVisits()
{
    if (!m_visits)
        return nullptr;
    if (const Status allowed = m_accounts.require(m_session, Action::AssistedService); !allowed) {
        statusBar()->showMessage(allowed.error(), 15000);
        return nullptr;
    }
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* view = qobject_cast<HomeVisitView*>(m_workspace->widget(i))) {
            view->refresh();
            m_workspace->setCurrentIndex(i);
            view->setFocus();
            return view;
        }
    }
    auto* view = new HomeVisitView(
        *m_visits, m_data.catalog, [this] { return m_session; }, m_clock.now().toLocalTime().date(),
        m_workspace);
    connect(view, &HomeVisitView::intakeRequested, this,
            [this](const HomeVisit& visit) { intakeFromVisit(visit); });
    m_workspace->setCurrentIndex(m_workspace->addTab(view, tr("Home visits")));
    view->setFocus();
    return view;
}

IntakeView* MainWindow::intakeFromVisit(const HomeVisit& visit)
{
    IntakeView* view = openIntake(visit.itemCodes, visit.id);
    if (!view)
        return nullptr;
    view->prefillApplicant(visit.applicantIdentifier, visit.applicantName, visit.phone,
                           visit.address);
    auto* banner = new QLabel(
        tr("Home visit (上门服务) of %1 %2: the case is recorded as taken at home and the "
           "appointment is marked visited.")
            .arg(visit.date.toString(Qt::ISODate), HomeVisits::slotText(visit)),
        view);
    banner->setObjectName(QStringLiteral("intakeHomeVisit"));
    banner->setAccessibleName(tr("Channel: home visit"));
    banner->setAccessibleDescription(
        tr("This intake is the case taken at an applicant's home, booked as a home visit."));
    banner->setWordWrap(true);
    view->addBanner(banner);
    m_workspace->setTabText(m_workspace->indexOf(view), tr("Intake (home visit)"));
    return view;
}

void MainWindow::refreshHomeVisits()
{
    for (int i = 1; i < m_workspace->count(); ++i)
        if (auto* view = qobject_cast<HomeVisitView*>(m_workspace->widget(i)))
            view->refresh();
}

DashboardView* MainWindow::showDashboard()
{
    if (!m_reports)
        return nullptr;
    if (const Status allowed = m_accounts.require(m_session, Action::ViewDashboard); !allowed) {
        statusBar()->showMessage(allowed.error(), 15000);
        return nullptr;
    }
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* view = qobject_cast<DashboardView*>(m_workspace->widget(i))) {
            m_workspace->setCurrentIndex(i);
            return view;
        }
    }
    auto* view = new DashboardView(*m_reports, m_session, m_workspace);
    m_workspace->setCurrentIndex(m_workspace->addTab(view, tr("Dashboard")));
    return view;
}

void MainWindow::enableSyncScreens(Database& database)
{
    m_database = &database;
    m_syncConflicts = std::make_unique<SyncConflicts>(database);
    m_signOutAction->setVisible(true);
    updateForSession();
}

SyncConflictsView* MainWindow::showSyncConflicts()
{
    if (!m_syncConflicts)
        return nullptr;
    if (const Status allowed = m_accounts.require(m_session, Action::ReviewSyncConflicts);
        !allowed) {
        statusBar()->showMessage(allowed.error(), 15000);
        return nullptr;
    }
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* view = qobject_cast<SyncConflictsView*>(m_workspace->widget(i))) {
            view->refresh();
            m_workspace->setCurrentIndex(i);
            view->setFocus();
            return view;
        }
    }
    auto* view = new SyncConflictsView(
        *m_syncConflicts, m_accounts, m_clock, [this] { return m_session; }, m_workspace);
    m_workspace->setCurrentIndex(m_workspace->addTab(view, tr("Sync conflicts")));
    view->setFocus();
    return view;
}

ShiftClosePanel* MainWindow::signOut()
{
    if (!m_database || m_signedOut)
        return nullptr;
    if (m_shiftPanel) {
        m_shiftPanel->raise();
        m_shiftPanel->activateWindow();
        return m_shiftPanel;
    }
    // What is left is read now; reading it cannot stop the sign-out (the panel says why).
    // The shift: since this morning, or since the sign-in when that was earlier (a night shift).
    const QDateTime morning = m_clock.now().toLocalTime().date().startOfDay();
    const QDateTime shiftStart = m_session.signedInAt.isValid() && m_session.signedInAt < morning
                                     ? m_session.signedInAt
                                     : morning;
    const Result<ShiftHandover> summary =
        ShiftHandover::summarize(*m_database, m_session.user.name, shiftStart);
    ShiftHandover handover;
    handover.clerk = m_session.user.name;
    if (summary)
        handover = summary.value();
    auto* panel = new ShiftClosePanel(handover, summary ? QString() : summary.error(), this);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    m_shiftPanel = panel;
    connect(panel, &QDialog::accepted, this, [this, handover] {
        AuditLog audit = m_accounts.auditLog();
        if (const Status recorded = handover.record(audit); !recorded)
            std::fprintf(stderr, "onewindow: %s\n", qUtf8Printable(recorded.error()));
        m_accounts.signOut(m_session, tr("shift closed"));
        m_signedOut = true;
        close();
    });
    panel->open();
    return panel;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Signed in and shift close enabled: the panel first (it closes the window itself).
    if (m_database && !m_signedOut) {
        event->ignore();
        signOut();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::enableRectifications(RectificationService& rectifications)
{
    m_rectifications = &rectifications;
    updateForSession();
}

RectificationView* MainWindow::showRectifications()
{
    if (!m_rectifications)
        return nullptr;
    if (const Status allowed = m_accounts.require(m_session, Action::HandleRectification);
        !allowed) {
        statusBar()->showMessage(allowed.error(), 15000);
        return nullptr;
    }
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* view = qobject_cast<RectificationView*>(m_workspace->widget(i))) {
            m_workspace->setCurrentIndex(i);
            view->refresh();
            return view;
        }
    }
    auto* view = new RectificationView(*m_rectifications, m_session, m_workspace);
    m_workspace->setCurrentIndex(m_workspace->addTab(view, tr("Rectifications")));
    return view;
}

RatingWindow* MainWindow::customerWindow()
{
    if (!m_ratings)
        return nullptr;
    if (!m_ratingWindow) {
        m_ratingWindow = new RatingWindow(
            [this](const QString& id, int score, RatingRecorder::Channel channel) {
                AuditLog audit = m_accounts.auditLog();
                return m_ratings->record({id, score, channel, m_clock.now()}, m_session.user.name,
                                         audit, m_rectificationDays);
            },
            [this](const QString& id) { return m_ratings->scoreOf(id); }, this);
        m_ratingWindow->placeOnCustomerScreen();
    }
    return m_ratingWindow;
}

void MainWindow::mirrorChecklist(IntakeView* view)
{
    // The applicant follows the checklist in large type on the customer window.
    ChecklistModel* model = view->checklist();
    const auto mirror = [this, model] {
        if (!customerWindow())
            return;
        QStringList lines;
        for (int row = 0; row < model->rowCount(); ++row)
            lines.append(QStringLiteral("%1 — %2").arg(
                model->index(row, ChecklistModel::Name).data().toString(),
                model->index(row, ChecklistModel::State).data().toString()));
        m_ratingWindow->showChecklist(tr("Materials"), lines);
        m_ratingWindow->show();
    };
    connect(model, &ChecklistModel::checklistChanged, this, mirror);
    connect(model, &QAbstractItemModel::modelReset, this, mirror);
    connect(model, &QAbstractItemModel::dataChanged, this, mirror);
}

void MainWindow::askForRating(const QString& caseId, const QString& number, bool scanned)
{
    if (!customerWindow())
        return;
    const bool asked = m_ratingWindow->askFor(
        caseId, number, scanned ? RatingRecorder::Channel::Qr : RatingRecorder::Channel::Window);
    if (scanned && !asked)
        return; // a rated or undecided case scanned: nothing to ask
    m_ratingWindow->show();
}

void MainWindow::updateSpokenRatingAction()
{
    if (!m_spokenRatingAction || !m_accessibility)
        return;
    const bool mode = m_accessibility->mode()->settings().enabled;
    const bool role = AccessPolicy::allows(m_session.user.role, Action::AssistedService);
    m_spokenRatingAction->setVisible(m_ratings != nullptr);
    m_spokenRatingAction->setEnabled(m_ratings && mode && role);
    m_spokenRatingAction->setText(
        !mode   ? tr("Spoken rating (accessibility mode only)")
        : !role ? tr("Spoken rating (assisted-service helpers and supervisors only)")
                : tr("Record the applicant's spoken &rating…"));
}

SpokenRatingPanel* MainWindow::openSpokenRating()
{
    if (!m_ratings)
        return nullptr;
    const auto refuse = [this](const QString& text) -> SpokenRatingPanel* {
        statusBar()->showMessage(text, 15000);
        return nullptr;
    };
    if (isLocked()) // nothing of a case is shown or read aloud on the lock screen
        return nullptr;
    // An ordinary applicant rates on the customer window; the clerk never rates for them.
    if (!m_accessibility->mode()->settings().enabled)
        return refuse(tr("The spoken rating is for the accessibility mode only (F12): an "
                         "applicant who can use the customer window rates there."));
    if (const Status allowed = m_accounts.require(m_session, Action::AssistedService); !allowed)
        return refuse(allowed.error());
    QWidget* current = m_workspace->currentWidget();
    QString caseId = m_lastDecidedId;
    QString number = m_lastDecidedNumber;
    if (auto* open = qobject_cast<SpokenRatingPanel*>(current)) {
        if (!open->recorded()) { // F9 again: the question once more
            open->setFocus();
            open->readQuestion();
            return open;
        }
        caseId = open->caseId();
        number = open->caseNumber();
    } else if (const auto* detail = qobject_cast<CaseDetailView*>(current)) {
        caseId = detail->caseId();
        number = detail->currentCase().number;
        if (detail->currentCase().status() == CaseStatus::Received)
            return refuse(tr("The case %1 is not decided yet; it can be rated after the decision.")
                              .arg(number));
    }
    if (caseId.isEmpty())
        return refuse(tr("No decided case to rate: decide an intake, or open the case (F3, "
                         "Enter) first."));
    const Result<int> score = m_ratings->scoreOf(caseId);
    if (!score)
        return refuse(score.error());
    if (score.value() > 0)
        return refuse(tr("The case %1 has already been rated (%2); a case is rated once.")
                          .arg(number)
                          .arg(score.value()));
    for (int i = 1; i < m_workspace->count(); ++i) {
        if (auto* open = qobject_cast<SpokenRatingPanel*>(m_workspace->widget(i));
            open && open->caseId() == caseId && !open->recorded()) {
            m_workspace->setCurrentIndex(i);
            open->setFocus();
            return open;
        }
    }
    auto* panel = new SpokenRatingPanel(
        caseId, number,
        [this](const QString& id, int given) {
            AuditLog audit = m_accounts.auditLog();
            return m_ratings->record({id, given, RatingRecorder::Channel::Spoken, m_clock.now()},
                                     m_session.user.name, audit, m_rectificationDays);
        },
        m_accessibility->readAloud(), m_workspace);
    connect(panel, &SpokenRatingPanel::cancelled, this, [this, panel] {
        if (!panel->recorded())
            statusBar()->showMessage(tr("Spoken rating cancelled: nothing recorded."), 15000);
        closeGuideTab(m_workspace->indexOf(panel));
    });
    connect(panel, &SpokenRatingPanel::rated, this, [this, number](const QString& id, int given) {
        statusBar()->showMessage(tr("Case %1 rated %2 (spoken answer).").arg(number).arg(given),
                                 15000);
        // The customer window no longer asks for this case.
        if (m_ratingWindow && m_ratingWindow->caseId() == id)
            m_ratingWindow->askFor(id, number);
    });
    m_workspace->setCurrentIndex(m_workspace->addTab(panel, tr("Spoken rating")));
    panel->setFocus();
    panel->readQuestion();
    return panel;
}

void MainWindow::printDecision(const Case& c)
{
    DocumentContext context =
        CaseDocuments::contextFor(c, m_data.catalog, m_data.guides, m_session.hall,
                                  m_session.user.displayName, m_clock.now().toLocalTime().date());
    if (m_signatures) {
        // The signature stands on the signer's line (the applicant's, or the agent's).
        if (const auto signatures = m_signatures->signaturesOf(m_session, c.id);
            signatures && !signatures.value().isEmpty()) {
            const CaseSignature& signature = signatures.value().first();
            context.signature = QImage::fromData(signature.png, "PNG");
            context.signedByAgent = signature.signer == CaseSignature::Signer::Agent;
        }
    }
    PrintableDocument document = CaseDocuments::forDecision(c, context);
    if (m_accessibility->mode()->settings().enabled) // 大字版 for the applicant beside the helper
        document = LargePrint::enlarge(std::move(document));
    (void)m_accounts.audit(m_session, QStringLiteral("print"), c.number, document.title);
    m_printer.previewDocument(document, this);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

void MainWindow::updateForSession()
{
    QString text = tr("%1 (%2) · %3 window %4")
                       .arg(m_session.user.displayName, Roles::displayName(m_session.user.role),
                            m_session.hall.centerName)
                       .arg(m_session.hall.window);
    if (m_session.user.demo)
        text += tr(" · DEMO ACCOUNT");
    m_userLabel->setFullText(text);
    const Role role = m_session.user.role;
    m_usersAction->setVisible(AccessPolicy::allows(role, Action::ManageUsers));
    m_auditAction->setVisible(AccessPolicy::allows(role, Action::ViewAuditLog));
    m_dashboardAction->setVisible(m_reports && AccessPolicy::allows(role, Action::ViewDashboard));
    m_rectificationAction->setVisible(m_rectifications &&
                                      AccessPolicy::allows(role, Action::HandleRectification));
    m_homeVisitsAction->setVisible(m_visits && AccessPolicy::allows(role, Action::AssistedService));
    m_syncConflictsAction->setVisible(m_syncConflicts &&
                                      AccessPolicy::allows(role, Action::ReviewSyncConflicts));
    m_catalogAction->setVisible(m_catalogDatabase &&
                                AccessPolicy::allows(role, Action::EditCatalog));
    m_adminMenu->menuAction()->setVisible(
        m_usersAction->isVisible() || m_auditAction->isVisible() ||
        m_syncConflictsAction->isVisible() || m_catalogAction->isVisible());
    if (m_catalogAdmin && !AccessPolicy::allows(role, Action::EditCatalog))
        m_catalogAdmin->close();
    m_idle->setIdleMinutes(m_session.hall.idleLockMinutes);
    updateSpokenRatingAction();
}

void MainWindow::lock(const QString& reason)
{
    if (isLocked())
        return;
    m_lockScreen->showFor(
        tr("%1 (%2)").arg(m_session.user.displayName, m_session.user.name),
        reason.isEmpty()
            ? tr("Locked by %1. Personal data is hidden.").arg(m_session.user.displayName)
            : reason);
    m_pages->setCurrentWidget(m_lockScreen);
    menuBar()->setEnabled(false);
    m_idle->setPaused(true);
    (void)m_accounts.audit(m_session, QStringLiteral("screen_locked"), m_session.user.name, reason);
    m_lockScreen->setFocus();
}

bool MainWindow::unlock(const QString& password)
{
    const Result<Session> again = m_accounts.signIn(m_session.user.name, password);
    if (!again) {
        m_lockScreen->showError(again.error());
        return false;
    }
    m_session = again.value(); // a fresh session: the shift clock starts again
    m_pages->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    m_idle->setPaused(false);
    m_search->focusSearch();
    return true;
}

void MainWindow::switchTo(const Session& session)
{
    m_accounts.signOut(m_session, tr("switched to %1").arg(session.user.name));
    m_session = session;
    m_lastDecidedId.clear(); // the next user rates only what they decide or open
    m_lastDecidedNumber.clear();
    updateForSession();
    m_accessibility->userChanged();
    m_pages->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    m_idle->setPaused(false);
    m_search->focusSearch();
    offerUnfinishedIntake();
}

void MainWindow::switchUser()
{
    SignInDialog dialog(
        m_accounts, tr("%1, window %2").arg(m_session.hall.centerName).arg(m_session.hall.window),
        this);
    if (dialog.exec() == QDialog::Accepted && dialog.session())
        switchTo(*dialog.session());
}

void MainWindow::openUsers()
{
    if (const Status allowed = m_accounts.require(m_session, Action::ManageUsers); !allowed) {
        QMessageBox::warning(this, tr("User accounts"), allowed.error());
        return;
    }
    UsersDialog dialog(m_accounts, m_session, m_clock, this);
    dialog.exec();
}

void MainWindow::setCatalogDatabase(Database* database)
{
    m_catalogDatabase = database;
    m_catalogAction->setVisible(m_catalogDatabase &&
                                AccessPolicy::allows(m_session.user.role, Action::EditCatalog));
    m_adminMenu->menuAction()->setVisible(
        m_usersAction->isVisible() || m_auditAction->isVisible() || m_catalogAction->isVisible());
}

CatalogAdminView* MainWindow::openCatalogAdmin()
{
    if (!m_catalogDatabase)
        return nullptr;
    if (const Status allowed = m_accounts.require(m_session, Action::EditCatalog); !allowed) {
        statusBar()->showMessage(allowed.error(), 15000);
        return nullptr;
    }
    if (!m_catalogAdmin) {
        m_catalogAdmin =
            new CatalogAdminView(*m_catalogDatabase, m_accounts, m_session, m_clock, this);
        m_catalogAdmin->setWindowFlag(Qt::Window);
        m_catalogAdmin->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_catalogAdmin, &CatalogAdminView::calendarPublished, this,
                &MainWindow::reloadCalendar);
    }
    m_catalogAdmin->show();
    m_catalogAdmin->raise();
    m_catalogAdmin->activateWindow();
    return m_catalogAdmin;
}

GuideDiffView* MainWindow::compareGuideVersions(const QString& code, int taken)
{
    if (!m_catalogDatabase)
        return nullptr;
    const GuideRepository guides(*m_catalogDatabase);
    const auto versions = guides.versions(code);
    const auto dictionary = guides.dictionary();
    if (!versions || !dictionary || versions.value().isEmpty()) {
        statusBar()->showMessage(!versions     ? versions.error()
                                 : !dictionary ? dictionary.error()
                                               : tr("%1 has no guide.").arg(code),
                                 15000);
        return nullptr;
    }
    QMap<int, Guide> all;
    for (int version : versions.value())
        if (const auto guide = guides.version(code, version); guide && guide.value())
            all.insert(version, *guide.value());
    const auto current = guides.latest(code);
    const int now = current && current.value() ? current.value()->version : all.lastKey();
    auto* view = new GuideDiffView(code, all, dictionary.value(), this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->compare(all.contains(taken) ? taken : all.firstKey(), now);
    view->show();
    return view;
}

void MainWindow::openAuditLog()
{
    if (const Status allowed = m_accounts.require(m_session, Action::ViewAuditLog); !allowed) {
        QMessageBox::warning(this, tr("Audit log"), allowed.error());
        return;
    }
    AuditDialog dialog(m_accounts, m_session, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OneWindow"),
                       tr("OneWindow %1 — single-window counter client for government service "
                          "halls.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace ow
