#pragma once

#include "access/Action.h"
#include "access/Session.h"
#include "calendar/CalendarAdmin.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogPublisher.h"
#include "catalog/PlanLedger.h"
#include "common/Result.h"
#include "guide/Guide.h"
#include "guide/GuideJson.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ow {

class AccountService;
class Clock;
class Database;
class GuideDiffView;

// 事项与指南管理: the administrator's screen for the catalog (同源管理). Items and sub-items
// (name, 全域办 flag), their guides (summary, conditions, materials from the dictionary, legal
// and promised time limits, steps, fees, legal basis, location; a new guide for an item without
// one), the materials dictionary, publication (the check's problems in
// plain words, effective date, note, the versions so far, import and export) and the plan
// ledger. Edits are kept on the screen, then as drafts; nothing reaches the counters before
// Publish. Needs EditCatalog; publishing needs PublishCatalog (AccountService::require).
class CatalogAdminView : public QWidget
{
    Q_OBJECT

public:
    CatalogAdminView(Database& database, AccountService& accounts, const Session& session,
                     const Clock& clock, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* crossRegionBox() const { return m_crossRegion; }
    QSpinBox* promisedDays() const { return m_promisedDays; }
    QCheckBox* promisedOnTheSpot() const { return m_promisedOnTheSpot; }
    QSpinBox* legalDays() const { return m_legalDays; }
    QCheckBox* legalOnTheSpot() const { return m_legalOnTheSpot; }
    QListWidget* materialList() const { return m_materials; }
    QComboBox* materialPicker() const { return m_materialPick; }
    QListWidget* problemList() const { return m_problems; }
    QLineEdit* noteEdit() const { return m_note; }
    QDateEdit* effectiveEdit() const { return m_effective; }
    QTableWidget* versionTable() const { return m_versions; }
    QTableWidget* dictionaryTable() const { return m_dictionaryTable; }
    QTableWidget* ledgerTable() const { return m_ledgerTable; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* compareButton() const { return m_compare; }
    GuideDiffView* diffView() const;
    QListWidget* stepList() const { return m_steps; }
    QCheckBox* feesChargedBox() const { return m_feesCharged; }
    QLineEdit* feesDescriptionEdit() const { return m_feesDescription; }
    QLineEdit* feesBasisEdit() const { return m_feesBasis; }
    QPlainTextEdit* legalBasisEdit() const { return m_legalBasis; }
    QLineEdit* locationEdit() const { return m_location; }
    QLineEdit* hoursEdit() const { return m_hours; }
    QLineEdit* enquiryPhoneEdit() const { return m_enquiryPhone; }
    QLineEdit* complaintPhoneEdit() const { return m_complaintPhone; }
    // The chosen step's description (办理流程 step text).
    QPlainTextEdit* stepDescriptionEdit() const { return m_stepDescription; }
    QPushButton* sendToCentralButton() const { return m_sendCentral; }
    QLabel* centralLabel() const { return m_centralState; }
    QPushButton* createGuideButton() const { return m_createGuide; }
    QWidget* guideEditor() const { return m_guideFields; }

    // Shows an item or sub-item in the editor (what choosing it in the tree does).
    bool selectCode(const QString& code);
    QString currentCode() const { return m_code; }
    // Edits not yet stored as drafts: guides by item code, and whether the catalog changed.
    const QHash<QString, Guide>& pendingGuides() const { return m_pending; }
    bool catalogChanged() const { return m_catalogChanged; }

    // The buttons' work (tests call them too; file choosers only on the buttons).
    bool saveDrafts();
    QStringList check();
    bool publish();
    bool importFrom(const QString& path);
    bool exportTo(const QString& path, bool csv);
    bool saveMaterial();
    // Sends what was published here and waits for the central store (a catalog version, a
    // calendar year); says plainly when the store cannot be reached (it stays waiting).
    bool sendToCentral();
    // 办理流程: a step added after the chosen one (or at the end), the chosen one removed or
    // moved up (-1) or down (+1). The step's name is edited in the list (F2).
    void addStep(const QString& name = QString());
    void removeStep();
    bool moveStep(int delta);
    // An item without a guide gets one: a draft from an empty guide with the item's code, kept
    // with the other edits and checked like them before it is saved or published.
    bool createGuide();
    // Sub-items, as part of the catalog draft: one added under the chosen item (code ITEM.N,
    // the next number: codes are consecutive), the last one removed unless a case names it.
    bool addSubItem(const QString& code, const QString& name);
    bool removeSubItem();
    QLineEdit* subItemCodeEdit() const { return m_subCode; }
    QLineEdit* subItemNameEdit() const { return m_subName; }
    GuideDiffView* compareVersions(const QString& code = QString());
    void reload();

    // 节假日: one year's days off and make-up workdays (ManageCalendar).
    bool loadCalendarYear(int year);
    bool addCalendarDay(const QDate& date, const QString& name, bool worked);
    bool removeCalendarDay(const QDate& date);
    bool saveCalendar();
    bool publishCalendar();
    const CalendarAdmin::Year& calendarYear() const { return m_year; }
    QTableWidget* calendarTable() const { return m_calendarDays; }
    QLineEdit* calendarNotice() const { return m_calendarNotice; }

    const PlanLedger& ledger() const { return m_ledger; }

signals:
    // A holiday calendar year was published here: the calendar in force changed (the counter
    // screens count due dates with it at once).
    void calendarPublished();

public:
    int publishedVersion() const { return m_publishedVersion; }

private:
    QWidget* buildItemsTab();
    QWidget* buildDictionaryTab();
    QWidget* buildPublishTab();
    QWidget* buildLedgerTab();
    QWidget* buildCalendarTab();
    void fillCalendar();
    void fillTree();
    void fillDictionary();
    void fillVersions();
    void fillLedger();
    void fillCentral();
    QString sendWaiting(bool& offline);
    void showCode(const QString& code);
    void applyForm();
    Guide guideFromForm(const Guide& base) const;
    bool storeCatalogDraft();
    void say(const QString& text, bool problem = false);
    bool allowed(Action action);

    Database& m_database;
    AccountService& m_accounts;
    Session m_session;
    const Clock& m_clock;
    CatalogPublisher m_publisher;

    Catalog m_catalog;
    bool m_catalogChanged = false;
    QHash<QString, Guide> m_guides; // newest version per code, drafts included
    QHash<QString, Guide> m_pending;
    GuideJson::Dictionary m_dictionary; // the working one: in force with the drafts over it
    QStringList m_draftMaterials;
    PlanLedger m_ledger;
    int m_publishedVersion = 0;
    QString m_code;
    bool m_loading = false;

    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_placeLabel = nullptr;
    QLabel* m_guideState = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_crossRegion = nullptr;
    QSpinBox* m_promisedDays = nullptr;
    QCheckBox* m_promisedOnTheSpot = nullptr;
    QSpinBox* m_legalDays = nullptr;
    QCheckBox* m_legalOnTheSpot = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_conditions = nullptr;
    QListWidget* m_materials = nullptr;
    QComboBox* m_materialPick = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_compare = nullptr;
    QWidget* m_guideFields = nullptr;
    QListWidget* m_steps = nullptr;
    QCheckBox* m_feesCharged = nullptr;
    QLineEdit* m_feesDescription = nullptr;
    QLineEdit* m_feesBasis = nullptr;
    QPlainTextEdit* m_legalBasis = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_hours = nullptr;
    QLineEdit* m_enquiryPhone = nullptr;
    QLineEdit* m_complaintPhone = nullptr;
    QPlainTextEdit* m_stepDescription = nullptr;
    QPushButton* m_createGuide = nullptr;
    QWidget* m_subItemRow = nullptr;
    QLineEdit* m_subCode = nullptr;
    QLineEdit* m_subName = nullptr;
    QPushButton* m_removeSub = nullptr;

    QTableWidget* m_dictionaryTable = nullptr;
    QLineEdit* m_materialKey = nullptr;
    QLineEdit* m_materialName = nullptr;
    QLineEdit* m_materialDescription = nullptr;
    QComboBox* m_materialReplacement = nullptr;

    QListWidget* m_problems = nullptr;
    QDateEdit* m_effective = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_publish = nullptr;
    QTableWidget* m_versions = nullptr;
    QLabel* m_centralState = nullptr;
    QPushButton* m_sendCentral = nullptr;

    QLabel* m_ledgerSummary = nullptr;
    QProgressBar* m_enterpriseBar = nullptr;
    QProgressBar* m_individualBar = nullptr;
    QTableWidget* m_ledgerTable = nullptr;

    CalendarAdmin::Year m_year;
    QSpinBox* m_calendarYear = nullptr;
    QLabel* m_calendarState = nullptr;
    QLineEdit* m_calendarNotice = nullptr;
    QTableWidget* m_calendarDays = nullptr;
    QDateEdit* m_dayDate = nullptr;
    QComboBox* m_dayKind = nullptr;
    QLineEdit* m_dayName = nullptr;

    QLabel* m_message = nullptr;
    QPointer<GuideDiffView> m_diff; // cleared by Qt when the window closes (WA_DeleteOnClose)
};

} // namespace ow
