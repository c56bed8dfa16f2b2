#include "admin/CatalogAdminView.h"

#include "CentralPublications.h"
#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogCsv.h"
#include "catalog/CatalogJson.h"
#include "catalog/PublishCheck.h"
#include "common/Clock.h"
#include "guide/GuideDiffView.h"
#include "guide/GuideRepository.h"
#include "validation/PhoneNumber.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int MaxWorkingDays = 3650;

template <typename W>
W* named(W* widget, const QString& objectName, const QString& name, const QString& description)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
    return widget;
}

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName,
                    const QString& description)
{
    auto* b = new QPushButton(text, parent);
    return named(b, objectName, QString(text).remove(u'&').remove(QStringLiteral("…")),
                 description);
}

QString replacementText(MaterialDefinition::Replacement replacement)
{
    switch (replacement) {
    case MaterialDefinition::Replacement::ELicence:
        return CatalogAdminView::tr("e-licence");
    case MaterialDefinition::Replacement::SharedData:
        return CatalogAdminView::tr("shared data");
    case MaterialDefinition::Replacement::None:
        break;
    }
    return CatalogAdminView::tr("none");
}

} // namespace

CatalogAdminView::CatalogAdminView(Database& database, AccountService& accounts,
                                   const Session& session, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_database(database), m_accounts(accounts), m_session(session),
      m_clock(clock), m_publisher(database)
{
    setObjectName(QStringLiteral("catalogAdminView"));
    setWindowTitle(tr("Catalog and guides"));
    setAccessibleName(tr("Catalog and guides"));
    setAccessibleDescription(tr("Edit items, guides and the materials dictionary as drafts, "
                                "then check and publish them for every counter"));
    resize(1200, 760);
    auto* layout = new QVBoxLayout(this);
    m_tabs = named(new QTabWidget(this), QStringLiteral("catalogAdminTabs"), tr("Sections"),
                   tr("Ctrl+Tab moves between the sections"));
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(buildItemsTab(), tr("&Items and guides"));
    m_tabs->addTab(buildDictionaryTab(), tr("&Materials dictionary"));
    m_tabs->addTab(buildPublishTab(), tr("P&ublish"));
    m_tabs->addTab(buildLedgerTab(), tr("Plan &ledger"));
    m_tabs->addTab(buildCalendarTab(), tr("&Holiday calendar"));
    m_message = named(new QLabel(this), QStringLiteral("catalogAdminMessage"), tr("Result"),
                      tr("What the last action did, or why it did not"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);
    reload();
    loadCalendarYear(m_clock.now().toLocalTime().date().year() + 1);
}

QWidget* CatalogAdminView::buildItemsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* splitter = new QSplitter(page);
    layout->addWidget(splitter);
    m_tree = named(new QTreeWidget(page), QStringLiteral("catalogAdminTree"), tr("Catalog"),
                   tr("Lifecycles, stages, scenes, items and sub-items; choose one to edit it"));
    m_tree->setHeaderLabels({tr("Code"), tr("Name")});
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    splitter->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem*) {
                if (m_loading)
                    return;
                applyForm();
                showCode(current ? current->data(0, CodeRole).toString() : QString());
            });

    auto* editor = new QWidget(page);
    auto* form = new QFormLayout(editor);
    m_codeLabel = named(new QLabel(editor), QStringLiteral("catalogAdminCode"), tr("Code"),
                        tr("The code of the item or sub-item being edited"));
    form->addRow(tr("Code:"), m_codeLabel);
    m_placeLabel = named(new QLabel(editor), QStringLiteral("catalogAdminPlace"),
                         tr("Stage and scene"), tr("Where the item sits in the catalog"));
    m_placeLabel->setWordWrap(true);
    form->addRow(tr("Stage / scene:"), m_placeLabel);
    m_name = named(new QLineEdit(editor), QStringLiteral("catalogAdminName"), tr("Name"),
                   tr("The name of the item or sub-item as the counters show it"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name:"), m_name);
    m_crossRegion =
        named(new QCheckBox(tr("全域办: offered across regions (全省通办)"), editor),
              QStringLiteral("catalogAdminCrossRegion"), tr("Offered across regions"),
              tr("Marks the item 全域办: it can be handled in any hall of the province"));
    form->addRow(QString(), m_crossRegion);
    m_subItemRow = new QWidget(editor);
    auto* subRow = new QHBoxLayout(m_subItemRow);
    subRow->setContentsMargins(0, 0, 0, 0);
    m_subCode = named(new QLineEdit(m_subItemRow), QStringLiteral("catalogAdminSubItemCode"),
                      tr("New sub-item code"),
                      tr("The code of a new sub-item: the item's code, a dot and the next number"));
    m_subCode->setMaxLength(20);
    m_subName = named(new QLineEdit(m_subItemRow), QStringLiteral("catalogAdminSubItemName"),
                      tr("New sub-item name"), tr("The name of the new sub-item"));
    m_subName->setMaxLength(200);
    m_subName->setPlaceholderText(tr("Name of the new sub-item"));
    auto* addSub =
        button(m_subItemRow, tr("Add sub-item"), QStringLiteral("catalogAdminAddSubItem"),
               tr("Adds the sub-item under the chosen item, as part of the draft catalog"));
    subRow->addWidget(m_subCode);
    subRow->addWidget(m_subName, 1);
    subRow->addWidget(addSub);
    auto* subLabel = new QLabel(tr("New sub-item:"), editor);
    subLabel->setBuddy(m_subCode);
    form->addRow(subLabel, m_subItemRow);
    m_removeSub =
        button(editor, tr("Remove sub-item"), QStringLiteral("catalogAdminRemoveSubItem"),
               tr("Removes the chosen sub-item from the draft catalog, unless a case uses it"));
    auto* removeRow = new QHBoxLayout();
    removeRow->addWidget(m_removeSub);
    removeRow->addStretch(1);
    form->addRow(QString(), removeRow);
    connect(addSub, &QPushButton::clicked, this,
            [this] { addSubItem(m_subCode->text().trimmed(), m_subName->text().trimmed()); });
    connect(m_removeSub, &QPushButton::clicked, this, &CatalogAdminView::removeSubItem);

    m_guideFields = new QWidget(editor);
    auto* guideForm = new QFormLayout(m_guideFields);
    guideForm->setContentsMargins(0, 0, 0, 0);
    m_guideState = named(new QLabel(m_guideFields), QStringLiteral("catalogAdminGuideState"),
                         tr("Guide version"), tr("Which version of the guide is being edited"));
    m_guideState->setWordWrap(true);
    guideForm->addRow(tr("Guide:"), m_guideState);
    const auto limitRow = [&](QSpinBox*& days, QCheckBox*& onTheSpot, const QString& label,
                              const QString& what, const QString& key) {
        auto* row = new QHBoxLayout();
        days = named(new QSpinBox(m_guideFields), QStringLiteral("catalogAdmin%1Days").arg(key),
                     tr("%1 in working days").arg(what),
                     tr("Whole working days, at least 1; or tick 即办"));
        days->setRange(0, MaxWorkingDays);
        days->setSuffix(tr(" working days"));
        onTheSpot = named(new QCheckBox(tr("即办 (on the spot)"), m_guideFields),
                          QStringLiteral("catalogAdmin%1OnTheSpot").arg(key),
                          tr("%1: on the spot").arg(what),
                          tr("Decided at the counter the same day; the days are then not used"));
        QSpinBox* box = days;
        connect(onTheSpot, &QCheckBox::toggled, box, [box](bool on) { box->setEnabled(!on); });
        row->addWidget(days, 1);
        row->addWidget(onTheSpot);
        auto* rowLabel = new QLabel(label, m_guideFields);
        rowLabel->setBuddy(days);
        guideForm->addRow(rowLabel, row);
    };
    limitRow(m_promisedDays, m_promisedOnTheSpot, tr("&Promised time limit:"),
             tr("Promised time limit"), QStringLiteral("Promised"));
    limitRow(m_legalDays, m_legalOnTheSpot, tr("L&egal time limit:"), tr("Legal time limit"),
             QStringLiteral("Legal"));
    m_summary = named(new QPlainTextEdit(m_guideFields), QStringLiteral("catalogAdminSummary"),
                      tr("Summary"), tr("What the item is, in one or two sentences"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);
    guideForm->addRow(tr("Summar&y:"), m_summary);
    m_conditions =
        named(new QPlainTextEdit(m_guideFields), QStringLiteral("catalogAdminConditions"),
              tr("Conditions"), tr("The conditions of the guide, one per line"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setMaximumHeight(100);
    guideForm->addRow(tr("C&onditions:"), m_conditions);
    m_materials = named(new QListWidget(m_guideFields), QStringLiteral("catalogAdminMaterials"),
                        tr("Materials"),
                        tr("The materials of the guide, by their key in the dictionary; Delete "
                           "removes the chosen one"));
    m_materials->setMinimumHeight(8 * (m_materials->fontMetrics().height() + 4) +
                                  2 * m_materials->frameWidth());
    guideForm->addRow(tr("Ma&terials:"), m_materials);
    auto* pickRow = new QHBoxLayout();
    m_materialPick =
        named(new QComboBox(m_guideFields), QStringLiteral("catalogAdminMaterialPick"),
              tr("Material to add"), tr("A material of the dictionary to add to the guide"));
    auto* add =
        button(m_guideFields, tr("A&dd material"), QStringLiteral("catalogAdminAddMaterial"),
               tr("Adds the chosen dictionary material to the guide"));
    auto* remove =
        button(m_guideFields, tr("&Remove material"), QStringLiteral("catalogAdminRemoveMaterial"),
               tr("Removes the chosen material from the guide"));
    pickRow->addWidget(m_materialPick, 1);
    pickRow->addWidget(add);
    pickRow->addWidget(remove);
    auto* pickLabel = new QLabel(tr("&Add:"), m_guideFields);
    pickLabel->setBuddy(m_materialPick);
    guideForm->addRow(pickLabel, pickRow);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString key = m_materialPick->currentData().toString();
        if (key.isEmpty())
            return;
        for (int i = 0; i < m_materials->count(); ++i)
            if (m_materials->item(i)->data(CodeRole).toString() == key) {
                say(tr("The guide asks for %1 already.").arg(key), true);
                return;
            }
        auto* entry = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(key, m_dictionary.value(key).name), m_materials);
        entry->setData(CodeRole, key);
        m_materials->setCurrentItem(entry);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_materials->currentItem(); });

    // 办理流程: the steps in order; a step's name is edited in place (F2).
    m_steps =
        named(new QListWidget(m_guideFields), QStringLiteral("catalogAdminSteps"), tr("Steps"),
              tr("The steps of the procedure in order; F2 edits the chosen one, Insert adds "
                 "one after it, Delete removes it, Alt+Up and Alt+Down move it"));
    m_steps->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    // Whole rows, not a half-cut one: room for six steps (the list scrolls beyond).
    const int rowHeight = m_steps->fontMetrics().height() + 4;
    m_steps->setMinimumHeight(6 * rowHeight + 2 * m_steps->frameWidth());
    m_steps->setMaximumHeight(6 * rowHeight + 2 * m_steps->frameWidth());
    auto* stepsLabel = new QLabel(tr("Wor&kflow steps:"), m_guideFields);
    stepsLabel->setBuddy(m_steps);
    guideForm->addRow(stepsLabel, m_steps);
    const auto stepAction = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(m_steps);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_steps->addAction(action);
    };
    stepAction(QKeySequence(Qt::Key_Insert), [this] { addStep(); });
    stepAction(QKeySequence(Qt::Key_Delete), [this] { removeStep(); });
    stepAction(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveStep(-1); });
    stepAction(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveStep(1); });
    auto* stepRow = new QHBoxLayout();
    auto* addStepButton =
        button(m_guideFields, tr("Add step"), QStringLiteral("catalogAdminAddStep"),
               tr("Adds a step after the chosen one and opens its name for editing"));
    auto* removeStepButton =
        button(m_guideFields, tr("Remove step"), QStringLiteral("catalogAdminRemoveStep"),
               tr("Removes the chosen step"));
    auto* upButton = button(m_guideFields, tr("Move up"), QStringLiteral("catalogAdminStepUp"),
                            tr("Moves the chosen step one place earlier"));
    auto* downButton =
        button(m_guideFields, tr("Move down"), QStringLiteral("catalogAdminStepDown"),
               tr("Moves the chosen step one place later"));
    for (QPushButton* b : {addStepButton, removeStepButton, upButton, downButton})
        stepRow->addWidget(b);
    stepRow->addStretch(1);
    guideForm->addRow(QString(), stepRow);
    // The chosen step's description, under the list and its buttons.
    m_stepDescription = named(new QPlainTextEdit(m_guideFields),
                              QStringLiteral("catalogAdminStepDescription"), tr("Step description"),
                              tr("What happens in the chosen step, as the printed guide says it"));
    m_stepDescription->setTabChangesFocus(true);
    m_stepDescription->setMaximumHeight(70);
    m_stepDescription->setPlaceholderText(tr("What happens in this step"));
    auto* stepTextLabel = new QLabel(tr("Step te&xt:"), m_guideFields);
    stepTextLabel->setBuddy(m_stepDescription);
    guideForm->addRow(stepTextLabel, m_stepDescription);
    connect(m_steps, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        const QSignalBlocker quiet(m_stepDescription);
        m_stepDescription->setPlainText(current ? current->data(CodeRole).toString() : QString());
        m_stepDescription->setEnabled(current != nullptr);
    });
    connect(m_stepDescription, &QPlainTextEdit::textChanged, this, [this] {
        if (QListWidgetItem* current = m_steps->currentItem()) {
            current->setData(CodeRole, m_stepDescription->toPlainText().trimmed());
            current->setToolTip(m_stepDescription->toPlainText().trimmed());
        }
    });
    connect(addStepButton, &QPushButton::clicked, this, [this] { addStep(); });
    connect(removeStepButton, &QPushButton::clicked, this, &CatalogAdminView::removeStep);
    connect(upButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveStep(1); });

    // 收费: whether it is charged, what and on which basis.
    auto* feesRow = new QHBoxLayout();
    m_feesCharged = named(new QCheckBox(tr("Charged"), m_guideFields),
                          QStringLiteral("catalogAdminFeesCharged"), tr("Fees charged"),
                          tr("Ticked when the applicant pays a fee for the item"));
    m_feesDescription =
        named(new QLineEdit(m_guideFields), QStringLiteral("catalogAdminFeesDescription"),
              tr("Fees"), tr("What is charged and how much, or why it is free"));
    m_feesDescription->setMaxLength(500);
    m_feesDescription->setPlaceholderText(tr("What is charged"));
    m_feesBasis = named(new QLineEdit(m_guideFields), QStringLiteral("catalogAdminFeesBasis"),
                        tr("Basis of the fees"), tr("The rule that sets the fee"));
    m_feesBasis->setMaxLength(500);
    m_feesBasis->setPlaceholderText(tr("Basis of the fee"));
    feesRow->addWidget(m_feesCharged);
    feesRow->addWidget(m_feesDescription, 2);
    feesRow->addWidget(m_feesBasis, 1);
    auto* feesLabel = new QLabel(tr("&Fees:"), m_guideFields);
    feesLabel->setBuddy(m_feesCharged);
    guideForm->addRow(feesLabel, feesRow);

    // 设定依据: one law per line, its article after a '|'.
    m_legalBasis =
        named(new QPlainTextEdit(m_guideFields), QStringLiteral("catalogAdminLegalBasis"),
              tr("Legal basis"),
              tr("The laws and rules the item rests on, one per line; the article after a |, "
                 "e.g. 《公司法》 | 第二十九条"));
    m_legalBasis->setTabChangesFocus(true);
    m_legalBasis->setMaximumHeight(80);
    auto* basisLabel = new QLabel(tr("Legal &basis:"), m_guideFields);
    basisLabel->setBuddy(m_legalBasis);
    guideForm->addRow(basisLabel, m_legalBasis);
    m_location = named(new QLineEdit(m_guideFields), QStringLiteral("catalogAdminLocation"),
                       tr("Handling location"), tr("Where the applicant hands the item in"));
    m_location->setMaxLength(300);
    auto* locationLabel = new QLabel(tr("&Where to apply:"), m_guideFields);
    locationLabel->setBuddy(m_location);
    guideForm->addRow(locationLabel, m_location);
    // 办理时间 and the phones the public calls (咨询 / 监督), as the printed guide shows them.
    m_hours = named(new QLineEdit(m_guideFields), QStringLiteral("catalogAdminHours"),
                    tr("Opening hours"), tr("When the item is handled, as the guide says it"));
    m_hours->setMaxLength(300);
    auto* hoursLabel = new QLabel(tr("Opening hours:"), m_guideFields);
    hoursLabel->setBuddy(m_hours);
    guideForm->addRow(hoursLabel, m_hours);
    auto* phoneRow = new QHBoxLayout();
    m_enquiryPhone = named(new QLineEdit(m_guideFields), QStringLiteral("catalogAdminEnquiryPhone"),
                           tr("Enquiry phone"),
                           tr("The phone for questions (咨询电话): 12345, a mobile or a landline"));
    m_enquiryPhone->setMaxLength(40);
    m_complaintPhone =
        named(new QLineEdit(m_guideFields), QStringLiteral("catalogAdminComplaintPhone"),
              tr("Complaint phone"),
              tr("The phone for complaints (监督电话): 12345, a mobile or a landline"));
    m_complaintPhone->setMaxLength(40);
    auto* complaintLabel = new QLabel(tr("Complaints:"), m_guideFields);
    complaintLabel->setBuddy(m_complaintPhone);
    phoneRow->addWidget(m_enquiryPhone, 1);
    phoneRow->addWidget(complaintLabel);
    phoneRow->addWidget(m_complaintPhone, 1);
    auto* enquiryLabel = new QLabel(tr("En&quiries:"), m_guideFields);
    enquiryLabel->setBuddy(m_enquiryPhone);
    guideForm->addRow(enquiryLabel, phoneRow);
    form->addRow(m_guideFields);

    auto* buttons = new QHBoxLayout();
    m_save = button(editor, tr("&Save drafts"), QStringLiteral("catalogAdminSave"),
                    tr("Keeps every edit as a draft; the counters see nothing before Publish"));
    m_compare = button(editor, tr("&Compare versions…"), QStringLiteral("catalogAdminCompare"),
                       tr("Shows two versions of this item's guide side by side"));
    m_createGuide =
        button(editor, tr("Create &guide"), QStringLiteral("catalogAdminCreateGuide"),
               tr("Starts a guide for an item that has none, as a draft checked on publishing"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_createGuide);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(m_save, &QPushButton::clicked, this, &CatalogAdminView::saveDrafts);
    connect(m_compare, &QPushButton::clicked, this, [this] { compareVersions(); });
    connect(m_createGuide, &QPushButton::clicked, this, &CatalogAdminView::createGuide);
    auto* scroll = named(new QScrollArea(page), QStringLiteral("catalogAdminEditor"),
                         tr("Item and guide"), tr("The fields of the chosen item and its guide"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return page;
}

QWidget* CatalogAdminView::buildDictionaryTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_dictionaryTable = named(new QTableWidget(page), QStringLiteral("catalogAdminDictionary"),
                              tr("Materials dictionary"),
                              tr("Every material key guides may use; choose one to edit it below"));
    m_dictionaryTable->setColumnCount(5);
    m_dictionaryTable->setHorizontalHeaderLabels(
        {tr("Key"), tr("Name"), tr("Replaceable by"), tr("State"), tr("Description")});
    m_dictionaryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dictionaryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dictionaryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dictionaryTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_dictionaryTable->verticalHeader()->setVisible(false);
    layout->addWidget(m_dictionaryTable, 1);
    auto* form = new QFormLayout();
    m_materialKey =
        named(new QLineEdit(page), QStringLiteral("catalogAdminMaterialKey"), tr("Material key"),
              tr("Canonical key: lower-case letters, digits and _, e.g. id_card"));
    m_materialKey->setMaxLength(64);
    m_materialName = named(new QLineEdit(page), QStringLiteral("catalogAdminMaterialName"),
                           tr("Material name"), tr("The name applicants read"));
    m_materialDescription =
        named(new QLineEdit(page), QStringLiteral("catalogAdminMaterialDescription"),
              tr("Material description"), tr("What exactly is asked for"));
    m_materialReplacement =
        named(new QComboBox(page), QStringLiteral("catalogAdminMaterialReplacement"),
              tr("Replaceable by"), tr("What can replace the paper: an e-licence or shared data"));
    m_materialReplacement->addItem(tr("none"), int(MaterialDefinition::Replacement::None));
    m_materialReplacement->addItem(tr("e-licence"), int(MaterialDefinition::Replacement::ELicence));
    m_materialReplacement->addItem(tr("shared data"),
                                   int(MaterialDefinition::Replacement::SharedData));
    form->addRow(tr("&Key:"), m_materialKey);
    form->addRow(tr("&Name:"), m_materialName);
    form->addRow(tr("&Description:"), m_materialDescription);
    form->addRow(tr("&Replaceable by:"), m_materialReplacement);
    layout->addLayout(form);
    auto* save =
        button(page, tr("Sa&ve material"), QStringLiteral("catalogAdminSaveMaterial"),
               tr("Adds the material to the dictionary, or changes the one with this key"));
    layout->addWidget(save, 0, Qt::AlignLeft);
    connect(save, &QPushButton::clicked, this, &CatalogAdminView::saveMaterial);
    connect(m_dictionaryTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_dictionaryTable->item(row, 0))
            return;
        const MaterialDefinition definition =
            m_dictionary.value(m_dictionaryTable->item(row, 0)->text());
        m_materialKey->setText(definition.key);
        m_materialName->setText(definition.name);
        m_materialDescription->setText(definition.description);
        m_materialReplacement->setCurrentIndex(
            m_materialReplacement->findData(int(definition.replaceableBy)));
    });
    return page;
}

QWidget* CatalogAdminView::buildPublishTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* problemsLabel = new QLabel(tr("Problems to fix before publishing:"), page);
    layout->addWidget(problemsLabel);
    m_problems = named(new QListWidget(page), QStringLiteral("catalogAdminProblems"),
                       tr("Problems"), tr("What stops the publication, one problem per line"));
    m_problems->setWordWrap(true);
    problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problems, 1);
    auto* form = new QFormLayout();
    m_effective = named(new QDateEdit(page), QStringLiteral("catalogAdminEffective"),
                        tr("Effective date"), tr("The day the new version takes effect"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_effective->setDate(m_clock.now().toLocalTime().date());
    m_note = named(new QLineEdit(page), QStringLiteral("catalogAdminNote"), tr("Change note"),
                   tr("What changed, in a sentence; kept with the version"));
    m_note->setMaxLength(500);
    form->addRow(tr("&Effective on:"), m_effective);
    form->addRow(tr("Change &note:"), m_note);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout();
    m_check = button(page, tr("Chec&k"), QStringLiteral("catalogAdminCheck"),
                     tr("Lists what would stop a publication now"));
    m_publish = button(page, tr("&Publish"), QStringLiteral("catalogAdminPublish"),
                       tr("Checks everything, then puts the drafts in force as the next version"));
    auto* import = button(page, tr("Imp&ort file…"), QStringLiteral("catalogAdminImport"),
                          tr("A catalog (JSON or CSV) or one guide (JSON) as a draft; a bad file "
                             "changes nothing"));
    auto* exportJson = button(page, tr("Export &JSON…"), QStringLiteral("catalogAdminExportJson"),
                              tr("Saves the working catalog as JSON"));
    auto* exportCsv = button(page, tr("Export C&SV…"), QStringLiteral("catalogAdminExportCsv"),
                             tr("Saves the working catalog as CSV (UTF-8 with BOM, for Excel)"));
    for (QPushButton* b : {m_check, m_publish, import, exportJson, exportCsv})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, &CatalogAdminView::check);
    connect(m_publish, &QPushButton::clicked, this, &CatalogAdminView::publish);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import a catalog or guide"), QString(),
                                         tr("Catalog or guide (*.json *.csv)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportJson, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the catalog"), QStringLiteral("catalog.json"), tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path, false);
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the catalog"), QStringLiteral("catalog.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path, true);
    });
    auto* versionsLabel = new QLabel(tr("Published versions:"), page);
    layout->addWidget(versionsLabel);
    m_versions = named(new QTableWidget(page), QStringLiteral("catalogAdminVersions"),
                       tr("Published versions"),
                       tr("Every version published so far, newest first; none is ever changed"));
    versionsLabel->setBuddy(m_versions);
    m_versions->setColumnCount(6);
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Effective on"), tr("Items"),
                                           tr("Guides"), tr("Published by"), tr("Note")});
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->setVisible(false);
    layout->addWidget(m_versions, 1);
    // The central store: what waits to be sent, and the button that sends it.
    auto* centralRow = new QHBoxLayout();
    m_centralState =
        named(new QLabel(page), QStringLiteral("catalogAdminCentralState"), tr("Central store"),
              tr("Whether every publication made here has reached the central store"));
    m_centralState->setWordWrap(true);
    m_centralState->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_sendCentral = button(page, tr("Send to &central"), QStringLiteral("catalogAdminSendCentral"),
                           tr("Sends the versions published here that the central store does "
                              "not have yet"));
    centralRow->addWidget(m_centralState, 1);
    centralRow->addWidget(m_sendCentral);
    layout->addLayout(centralRow);
    connect(m_sendCentral, &QPushButton::clicked, this, &CatalogAdminView::sendToCentral);
    return page;
}

QWidget* CatalogAdminView::buildLedgerTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_ledgerSummary =
        named(new QLabel(page), QStringLiteral("catalogAdminLedgerSummary"), tr("Ledger summary"),
              tr("How many items count towards the plan's targets"));
    m_ledgerSummary->setWordWrap(true);
    layout->addWidget(m_ledgerSummary);
    auto* bars = new QFormLayout();
    m_enterpriseBar = named(new QProgressBar(page), QStringLiteral("catalogAdminLedgerE"),
                            tr("Enterprise items against the target"),
                            tr("Enterprise items with at least one mark, of 100"));
    m_individualBar = named(new QProgressBar(page), QStringLiteral("catalogAdminLedgerP"),
                            tr("Individual items against the target"),
                            tr("Individual items with at least one mark, of 100"));
    for (QProgressBar* bar : {m_enterpriseBar, m_individualBar}) {
        bar->setRange(0, PlanLedger::Target);
    }
    bars->addRow(tr("Enterprise (E):"), m_enterpriseBar);
    bars->addRow(tr("Individual (P):"), m_individualBar);
    layout->addLayout(bars);
    auto* rule = new QLabel(
        tr("极简办: the guide in force promises fewer days than the law, lets an e-licence or "
           "shared data replace a material, or has fewer than 4 steps. 集成办: the item is in a "
           "scene (一件事) with other items, each with a guide. 全域办: the item's cross-region "
           "flag (全省通办)."),
        page);
    rule->setWordWrap(true);
    rule->setAccessibleName(tr("How the ledger counts"));
    layout->addWidget(rule);
    m_ledgerTable = named(new QTableWidget(page), QStringLiteral("catalogAdminLedger"),
                          tr("Plan ledger"), tr("One row per item with its three marks"));
    m_ledgerTable->setColumnCount(5);
    m_ledgerTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("极简办"), tr("集成办"), tr("全域办")});
    m_ledgerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledgerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerTable->verticalHeader()->setVisible(false);
    m_ledgerTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ledgerTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ledgerTable->setWordWrap(false);
    layout->addWidget(m_ledgerTable, 1);
    return page;
}

QWidget* CatalogAdminView::buildCalendarTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QFormLayout();
    m_calendarYear = named(new QSpinBox(page), QStringLiteral("calendarAdminYear"), tr("Year"),
                           tr("The year whose days off and make-up workdays are shown"));
    m_calendarYear->setRange(2000, 2100);
    connect(m_calendarYear, &QSpinBox::editingFinished, this,
            [this] { loadCalendarYear(m_calendarYear->value()); });
    top->addRow(tr("&Year:"), m_calendarYear);
    m_calendarState = named(new QLabel(page), QStringLiteral("calendarAdminState"),
                            tr("Calendar version"), tr("Which version of the year is shown"));
    top->addRow(tr("Version:"), m_calendarState);
    m_calendarNotice = named(new QLineEdit(page), QStringLiteral("calendarAdminNotice"),
                             tr("Notice"), tr("The State Council notice the days come from"));
    top->addRow(tr("&Notice:"), m_calendarNotice);
    layout->addLayout(top);
    m_calendarDays =
        named(new QTableWidget(page), QStringLiteral("calendarAdminDays"), tr("Days of the year"),
              tr("Every day off and make-up workday of the year; Delete removes one"));
    m_calendarDays->setColumnCount(4);
    m_calendarDays->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name")});
    m_calendarDays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendarDays->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calendarDays->horizontalHeader()->setStretchLastSection(true);
    m_calendarDays->verticalHeader()->setVisible(false);
    layout->addWidget(m_calendarDays, 1);
    auto* add = new QHBoxLayout();
    m_dayDate = named(new QDateEdit(page), QStringLiteral("calendarAdminDayDate"), tr("Day"),
                      tr("The date to add"));
    m_dayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayKind =
        named(new QComboBox(page), QStringLiteral("calendarAdminDayKind"), tr("Kind of day"),
              tr("A day off (放假) or a make-up workday on a weekend (调休上班)"));
    m_dayKind->addItem(tr("day off (放假)"), false);
    m_dayKind->addItem(tr("make-up workday (调休上班)"), true);
    m_dayName =
        named(new QLineEdit(page), QStringLiteral("calendarAdminDayName"), tr("Holiday name"),
              tr("The holiday the day belongs to, e.g. 春节 or 春节调休"));
    auto* addDay = button(page, tr("A&dd day"), QStringLiteral("calendarAdminAddDay"),
                          tr("Adds the day to the year's list"));
    auto* removeDay = button(page, tr("&Remove day"), QStringLiteral("calendarAdminRemoveDay"),
                             tr("Removes the chosen day from the list"));
    add->addWidget(m_dayDate);
    add->addWidget(m_dayKind);
    add->addWidget(m_dayName, 1);
    add->addWidget(addDay);
    add->addWidget(removeDay);
    layout->addLayout(add);
    connect(addDay, &QPushButton::clicked, this, [this] {
        addCalendarDay(m_dayDate->date(), m_dayName->text(), m_dayKind->currentData().toBool());
    });
    connect(removeDay, &QPushButton::clicked, this, [this] {
        const int row = m_calendarDays->currentRow();
        if (row >= 0 && row < m_year.days.size())
            removeCalendarDay(m_year.days.at(row).date);
    });
    auto* buttons = new QHBoxLayout();
    auto* save = button(page, tr("Sa&ve calendar draft"), QStringLiteral("calendarAdminSave"),
                        tr("Checks the year and keeps it as a draft"));
    auto* publish = button(page, tr("Pu&blish calendar"), QStringLiteral("calendarAdminPublish"),
                           tr("Puts the year's draft in force: due dates are counted with it"));
    buttons->addWidget(save);
    buttons->addWidget(publish);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &CatalogAdminView::saveCalendar);
    connect(publish, &QPushButton::clicked, this, &CatalogAdminView::publishCalendar);
    return page;
}

bool CatalogAdminView::loadCalendarYear(int year)
{
    const Result<CalendarAdmin::Year> loaded = CalendarAdmin(m_database).year(year);
    if (!loaded) {
        say(loaded.error(), true);
        return false;
    }
    m_year = loaded.value();
    const QSignalBlocker block(m_calendarYear);
    m_calendarYear->setValue(year);
    m_calendarNotice->setText(m_year.notice);
    m_dayDate->setDate(QDate(year, 1, 1));
    fillCalendar();
    return true;
}

void CatalogAdminView::fillCalendar()
{
    m_calendarState->setText(m_year.version.isEmpty() ? tr("not published yet")
                             : m_year.draft           ? tr("%1 (draft)").arg(m_year.version)
                                                      : tr("%1 (in force)").arg(m_year.version));
    m_calendarDays->setRowCount(int(m_year.days.size()));
    for (int r = 0; r < m_year.days.size(); ++r) {
        const CalendarAdmin::Day& day = m_year.days.at(r);
        const QStringList cells{day.date.toString(Qt::ISODate),
                                QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat),
                                day.worked ? tr("make-up workday") : tr("day off"), day.name};
        for (int c = 0; c < cells.size(); ++c)
            m_calendarDays->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_calendarDays->resizeColumnsToContents();
}

bool CatalogAdminView::addCalendarDay(const QDate& date, const QString& name, bool worked)
{
    if (date.year() != m_year.year) {
        say(tr("%1 is not in %2.").arg(date.toString(Qt::ISODate)).arg(m_year.year), true);
        return false;
    }
    if (name.trimmed().isEmpty()) {
        say(tr("Name the holiday the day belongs to (e.g. 春节)."), true);
        return false;
    }
    for (const CalendarAdmin::Day& day : std::as_const(m_year.days))
        if (day.date == date) {
            say(tr("%1 is in the list already.").arg(date.toString(Qt::ISODate)), true);
            return false;
        }
    m_year.days.append(CalendarAdmin::Day{date, name.trimmed(), worked});
    std::sort(
        m_year.days.begin(), m_year.days.end(),
        [](const CalendarAdmin::Day& a, const CalendarAdmin::Day& b) { return a.date < b.date; });
    fillCalendar();
    say(tr("Added %1; save the draft to keep it.").arg(date.toString(Qt::ISODate)));
    return true;
}

bool CatalogAdminView::removeCalendarDay(const QDate& date)
{
    for (int i = 0; i < m_year.days.size(); ++i)
        if (m_year.days.at(i).date == date) {
            m_year.days.removeAt(i);
            fillCalendar();
            return true;
        }
    return false;
}

bool CatalogAdminView::saveCalendar()
{
    if (!allowed(Action::ManageCalendar))
        return false;
    m_year.notice = m_calendarNotice->text().trimmed();
    AuditLog audit = m_accounts.auditLog();
    if (const Status saved =
            CalendarAdmin(m_database).saveDraft(m_year, m_session.user.name, m_clock.now(), audit);
        !saved) {
        say(tr("Not saved: %1").arg(saved.error()), true);
        return false;
    }
    loadCalendarYear(m_year.year);
    say(tr("Saved the calendar of %1 as draft %2; publish it to count due dates with it.")
            .arg(m_year.year)
            .arg(m_year.version));
    return true;
}

bool CatalogAdminView::publishCalendar()
{
    if (!allowed(Action::ManageCalendar))
        return false;
    AuditLog audit = m_accounts.auditLog();
    const Result<QString> version =
        CalendarAdmin(m_database).publish(m_year.year, m_session.user.name, audit);
    if (!version) {
        say(version.error(), true);
        return false;
    }
    loadCalendarYear(m_year.year);
    emit calendarPublished();
    fillCentral();
    bool offline = false;
    const QString central = sendWaiting(offline);
    say(tr("The calendar of %1 is in force as version %2: due dates count with it from now on.")
                .arg(m_year.year)
                .arg(version.value()) +
            u' ' + central,
        offline);
    return true;
}

void CatalogAdminView::reload()
{
    const Result<Catalog> catalog = m_publisher.workingCatalog();
    const GuideRepository guides(m_database);
    const Result<QHash<QString, Guide>> newest = guides.newestAll();
    const Result<GuideJson::Dictionary> dictionary = m_publisher.workingDictionary();
    const Result<QStringList> draftMaterials = m_publisher.draftMaterials();
    if (draftMaterials)
        m_draftMaterials = draftMaterials.value();
    if (!catalog || !newest || !dictionary) {
        say(!catalog ? catalog.error() : !newest ? newest.error() : dictionary.error(), true);
        return;
    }
    m_catalog = catalog.value();
    m_catalogChanged = false;
    m_guides = newest.value();
    m_pending.clear();
    m_dictionary = dictionary.value();
    fillTree();
    fillDictionary();
    fillVersions();
    fillLedger();
    fillCentral();
    const QString code = m_code;
    m_code.clear();
    showCode(code);
    if (!code.isEmpty())
        selectCode(code);
}

void CatalogAdminView::fillTree()
{
    m_loading = true;
    m_tree->clear();
    for (const Lifecycle& lifecycle : m_catalog.lifecycles()) {
        auto* l = new QTreeWidgetItem(m_tree, {lifecycle.code, lifecycle.name});
        for (const Stage& stage : lifecycle.stages) {
            auto* s = new QTreeWidgetItem(l, {stage.code, stage.name});
            for (const Scene& scene : stage.scenes) {
                auto* c = new QTreeWidgetItem(s, {scene.code, scene.name});
                for (const Item& item : scene.items) {
                    auto* i = new QTreeWidgetItem(c, {item.code, item.name});
                    i->setData(0, CodeRole, item.code);
                    for (const SubItem& sub : item.subItems) {
                        auto* u = new QTreeWidgetItem(i, {sub.code, sub.name});
                        u->setData(0, CodeRole, sub.code);
                    }
                }
            }
        }
    }
    m_materialPick->clear();
    QStringList keys = m_dictionary.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString& key : keys)
        m_materialPick->addItem(QStringLiteral("%1 — %2").arg(key, m_dictionary.value(key).name),
                                key);
    m_loading = false;
}

void CatalogAdminView::fillDictionary()
{
    // Drafts first (what waits for Publish), then the rest by key.
    QStringList keys = m_dictionary.keys();
    std::sort(keys.begin(), keys.end(), [this](const QString& a, const QString& b) {
        const bool da = m_draftMaterials.contains(a), db = m_draftMaterials.contains(b);
        return da != db ? da : a < b;
    });
    m_dictionaryTable->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        const MaterialDefinition& d = m_dictionary[keys.at(r)];
        const bool draft = m_draftMaterials.contains(d.key);
        const QStringList cells{d.key, d.name, replacementText(d.replaceableBy),
                                draft ? tr("draft: waits for Publish") : tr("in force"),
                                d.description};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells.at(c));
            if (draft) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_dictionaryTable->setItem(r, c, cell);
        }
    }
    for (int c = 0; c < 4; ++c) // the description takes the rest of the width
        m_dictionaryTable->resizeColumnToContents(c);
}

void CatalogAdminView::fillVersions()
{
    const auto releases = m_publisher.releases();
    if (!releases) {
        say(releases.error(), true);
        return;
    }
    const QList<CatalogPublisher::Release>& list = releases.value();
    m_publishedVersion = list.isEmpty() ? 0 : list.last().version;
    m_versions->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const CatalogPublisher::Release& release = list.at(list.size() - 1 - r);
        const QStringList cells{QString::number(release.version),
                                release.effectiveOn.toString(Qt::ISODate),
                                QString::number(release.itemCount),
                                QString::number(release.guideCount),
                                release.publishedBy,
                                release.note};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_versions->resizeColumnsToContents();
}

void CatalogAdminView::fillLedger()
{
    const Result<PlanLedger> ledger = PlanLedger::load(m_database);
    if (!ledger) {
        say(ledger.error(), true);
        return;
    }
    m_ledger = ledger.value();
    QStringList lines;
    for (const PlanLedger::Count& count : m_ledger.counts) {
        QProgressBar* bar = count.lifecycle == u'E' ? m_enterpriseBar : m_individualBar;
        bar->setValue(std::min(count.counted, count.target));
        bar->setFormat(tr("%1 of %2").arg(count.counted).arg(count.target));
        bar->setAccessibleDescription(tr("%1 of %2 items").arg(count.counted).arg(count.target));
        lines.append(tr("%1: %2 of %3 items count towards the target of %4 — 极简办 %5, 集成办 "
                        "%6, 全域办 %7.")
                         .arg(count.name)
                         .arg(count.counted)
                         .arg(count.items)
                         .arg(count.target)
                         .arg(count.minimal)
                         .arg(count.integrated)
                         .arg(count.anywhere));
    }
    m_ledgerSummary->setText(lines.join(u'\n'));
    m_ledgerTable->setRowCount(int(m_ledger.entries.size()));
    const QString yes = tr("yes");
    for (int r = 0; r < m_ledger.entries.size(); ++r) {
        const PlanLedger::Entry& e = m_ledger.entries.at(r);
        QStringList why;
        for (const QString& reason : e.minimalWhy)
            why.append(reason == QLatin1String("days")        ? tr("fewer days")
                       : reason == QLatin1String("materials") ? tr("fewer materials")
                                                              : tr("fewer steps"));
        const QStringList cells{e.code, e.name, e.minimal ? why.join(tr(", ")) : QString(),
                                e.integrated ? yes : QString(), e.anywhere ? yes : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_ledgerTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

bool CatalogAdminView::selectCode(const QString& code)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it)
        if ((*it)->data(0, CodeRole).toString() == code) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return m_code == code;
        }
    return false;
}

void CatalogAdminView::showCode(const QString& code)
{
    m_code = code;
    const Item* item = m_catalog.item(code);
    const SubItem* sub = item ? nullptr : m_catalog.subItem(code);
    const bool any = item || sub;
    m_name->setEnabled(any);
    m_crossRegion->setEnabled(item != nullptr);
    m_subItemRow->setEnabled(item != nullptr);
    m_removeSub->setEnabled(sub != nullptr);
    m_subName->clear();
    m_subCode->clear();
    if (item) // the next number under the item
        m_subCode->setText(QStringLiteral("%1.%2").arg(item->code).arg(item->subItems.size() + 1));
    m_codeLabel->setText(code);
    m_name->setText(item ? item->name : sub ? sub->name : QString());
    m_crossRegion->setChecked(item && item->crossRegion);
    QString place;
    for (const Lifecycle& lifecycle : m_catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& i : scene.items)
                    if (i.code == code || code.startsWith(i.code + u'.'))
                        place =
                            tr("%1 %2 / %3 %4").arg(stage.code, stage.name, scene.code, scene.name);
    m_placeLabel->setText(place);

    const bool pending = m_pending.contains(code);
    const auto stored = m_guides.constFind(code);
    const bool hasGuide = pending || stored != m_guides.cend();
    m_guideFields->setEnabled(hasGuide);
    m_compare->setEnabled(stored != m_guides.cend());
    m_createGuide->setEnabled(item && !hasGuide);
    m_materials->clear();
    m_steps->clear();
    if (!hasGuide) {
        m_guideState->setText(
            item  ? tr("No guide yet: create one (Create guide) or import one on the Publish page.")
            : any ? tr("No guide yet: import one (JSON) on the Publish page.")
                  : QString());
        m_feesCharged->setChecked(false);
        m_feesDescription->clear();
        m_feesBasis->clear();
        m_legalBasis->clear();
        m_location->clear();
        m_hours->clear();
        m_enquiryPhone->clear();
        m_complaintPhone->clear();
        m_stepDescription->clear();
        m_promisedDays->setValue(0);
        m_legalDays->setValue(0);
        m_promisedOnTheSpot->setChecked(false);
        m_legalOnTheSpot->setChecked(false);
        m_summary->clear();
        m_conditions->clear();
        return;
    }
    const Guide guide = pending ? m_pending.value(code) : stored.value();
    m_guideState->setText(pending ? tr("Version %1 with changes not saved yet").arg(guide.version)
                          : guide.isDraft() ? tr("Version %1, a draft").arg(guide.version)
                                            : tr("Version %1, published").arg(guide.version));
    m_promisedOnTheSpot->setChecked(guide.promisedLimit.onTheSpot);
    m_promisedDays->setValue(guide.promisedLimit.workingDays);
    m_promisedDays->setEnabled(!guide.promisedLimit.onTheSpot);
    m_legalOnTheSpot->setChecked(guide.legalLimit.onTheSpot);
    m_legalDays->setValue(guide.legalLimit.workingDays);
    m_legalDays->setEnabled(!guide.legalLimit.onTheSpot);
    m_summary->setPlainText(guide.summary);
    m_conditions->setPlainText(guide.conditions.join(u'\n'));
    for (const GuideMaterial& material : guide.materials) {
        auto* entry = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(material.key, m_dictionary.value(material.key).name),
            m_materials);
        entry->setData(CodeRole, material.key);
    }
    for (const GuideStep& step : guide.steps) {
        auto* entry = new QListWidgetItem(step.name, m_steps);
        entry->setData(CodeRole, step.description);
        entry->setToolTip(step.description);
        entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    }
    m_feesCharged->setChecked(guide.fees.charged);
    m_feesDescription->setText(guide.fees.description);
    m_feesBasis->setText(guide.fees.basis);
    QStringList basis;
    for (const LegalBasis& law : guide.legalBasis)
        basis.append(law.article.isEmpty() ? law.law
                                           : QStringLiteral("%1 | %2").arg(law.law, law.article));
    m_legalBasis->setPlainText(basis.join(u'\n'));
    m_location->setText(guide.location);
    m_hours->setText(guide.hours);
    m_enquiryPhone->setText(guide.enquiryPhone);
    m_complaintPhone->setText(guide.complaintPhone);
    if (m_steps->count() > 0)
        m_steps->setCurrentRow(0);
    else
        m_stepDescription->clear();
}

bool CatalogAdminView::addSubItem(const QString& code, const QString& name)
{
    if (!allowed(Action::EditCatalog))
        return false;
    applyForm();
    const QString itemCode = m_code;
    if (!m_catalog.item(itemCode)) {
        say(tr("Choose the item the sub-item belongs to first."), true);
        return false;
    }
    // Sub-item codes are consecutive under their item (E001.1, E001.2, …).
    const QString next =
        QStringLiteral("%1.%2").arg(itemCode).arg(m_catalog.item(itemCode)->subItems.size() + 1);
    if (code != next) {
        say(tr("The sub-item code %1 is not the next one under %2: sub-item codes are "
               "consecutive, the next is %3.")
                .arg(code.isEmpty() ? tr("(empty)") : code, itemCode, next),
            true);
        return false;
    }
    if (m_catalog.subItem(code) || m_catalog.item(code)) {
        say(tr("The code %1 is used already.").arg(code), true);
        return false;
    }
    if (name.isEmpty()) {
        say(tr("Give the new sub-item %1 a name.").arg(code), true);
        m_subName->setFocus();
        return false;
    }
    QList<Lifecycle> lifecycles = m_catalog.lifecycles();
    for (Lifecycle& lifecycle : lifecycles)
        for (Stage& stage : lifecycle.stages)
            for (Scene& scene : stage.scenes)
                for (Item& item : scene.items)
                    if (item.code == itemCode)
                        item.subItems.append(SubItem{code, name,
                                                     item.type.isEmpty() && !item.subItems.isEmpty()
                                                         ? item.subItems.first().type
                                                         : item.type,
                                                     item.departments});
    m_catalog = Catalog(lifecycles);
    m_catalogChanged = true;
    const QHash<QString, Guide> pending = m_pending;
    fillTree();
    m_pending = pending;
    selectCode(itemCode);
    say(tr("Added the sub-item %1 %2 to the draft catalog; save or publish to keep it.")
            .arg(code, name));
    return true;
}

bool CatalogAdminView::removeSubItem()
{
    if (!allowed(Action::EditCatalog))
        return false;
    const QString code = m_code;
    if (!m_catalog.subItem(code)) {
        say(tr("Choose the sub-item to remove first."), true);
        return false;
    }
    for (const Lifecycle& lifecycle : m_catalog.lifecycles())
        for (const Stage& stage : lifecycle.stages)
            for (const Scene& scene : stage.scenes)
                for (const Item& item : scene.items)
                    if (!item.subItems.isEmpty() && code.startsWith(item.code + u'.') &&
                        item.subItems.last().code != code) {
                        say(tr("The sub-item %1 is not removed: sub-item codes stay consecutive, "
                               "so only the last one (%2) can be removed.")
                                .arg(code, item.subItems.last().code),
                            true);
                        return false;
                    }
    const Result<int> cases = m_publisher.casesUsing(code);
    if (!cases) {
        say(cases.error(), true);
        return false;
    }
    if (cases.value() > 0) {
        say(tr("The sub-item %1 is not removed: %n case(s) use it.", nullptr, cases.value())
                .arg(code),
            true);
        return false;
    }
    QList<Lifecycle> lifecycles = m_catalog.lifecycles();
    QString itemCode;
    for (Lifecycle& lifecycle : lifecycles)
        for (Stage& stage : lifecycle.stages)
            for (Scene& scene : stage.scenes)
                for (Item& item : scene.items)
                    for (qsizetype i = 0; i < item.subItems.size(); ++i)
                        if (item.subItems.at(i).code == code) {
                            item.subItems.removeAt(i);
                            itemCode = item.code;
                            break;
                        }
    m_catalog = Catalog(lifecycles);
    m_catalogChanged = true;
    m_code.clear(); // nothing of the removed sub-item is applied any more
    const QHash<QString, Guide> pending = m_pending;
    fillTree();
    m_pending = pending;
    selectCode(itemCode);
    say(tr("Removed the sub-item %1 from the draft catalog; save or publish to keep it.")
            .arg(code));
    return true;
}

void CatalogAdminView::addStep(const QString& name)
{
    if (!m_guideFields->isEnabled())
        return;
    auto* entry = new QListWidgetItem(name.isEmpty() ? tr("New step") : name);
    entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    const int row = m_steps->currentRow() < 0 ? m_steps->count() : m_steps->currentRow() + 1;
    m_steps->insertItem(row, entry);
    m_steps->setCurrentItem(entry);
    if (name.isEmpty()) {
        m_steps->setFocus();
        m_steps->editItem(entry);
    }
}

void CatalogAdminView::removeStep()
{
    delete m_steps->currentItem();
}

bool CatalogAdminView::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps->count())
        return false;
    QListWidgetItem* entry = m_steps->takeItem(row);
    m_steps->insertItem(to, entry);
    m_steps->setCurrentItem(entry);
    return true;
}

bool CatalogAdminView::createGuide()
{
    if (!allowed(Action::EditCatalog))
        return false;
    applyForm();
    if (!m_catalog.item(m_code)) {
        say(tr("Choose an item first: a guide belongs to an item."), true);
        return false;
    }
    if (m_pending.contains(m_code) || m_guides.contains(m_code)) {
        say(tr("%1 has a guide already.").arg(m_code), true);
        return false;
    }
    Guide guide;
    guide.itemCode = m_code;
    guide.version = 1;
    guide.effectiveDate = m_clock.now().toLocalTime().date();
    guide.reviewStatus = QStringLiteral("draft");
    // The hall's opening hours and phones are those of its other guides.
    for (const Guide& other : std::as_const(m_guides)) {
        guide.hours = other.hours;
        guide.enquiryPhone = other.enquiryPhone;
        guide.complaintPhone = other.complaintPhone;
        break;
    }
    m_pending.insert(m_code, guide);
    showCode(m_code);
    m_promisedDays->setFocus();
    say(tr("A new guide for %1: fill it in, then save or publish it.").arg(m_code));
    return true;
}

Guide CatalogAdminView::guideFromForm(const Guide& base) const
{
    Guide guide = base;
    guide.promisedLimit = m_promisedOnTheSpot->isChecked()
                              ? TimeLimit{true, 0}
                              : TimeLimit{false, m_promisedDays->value()};
    guide.legalLimit =
        m_legalOnTheSpot->isChecked() ? TimeLimit{true, 0} : TimeLimit{false, m_legalDays->value()};
    guide.summary = m_summary->toPlainText().trimmed();
    QStringList conditions;
    for (const QString& line : m_conditions->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            conditions.append(line.trimmed());
    guide.conditions = conditions;
    QList<GuideMaterial> materials;
    for (int i = 0; i < m_materials->count(); ++i) {
        const QString key = m_materials->item(i)->data(CodeRole).toString();
        GuideMaterial material;
        material.key = key;
        material.waivable =
            m_dictionary.value(key).replaceableBy != MaterialDefinition::Replacement::None;
        for (const GuideMaterial& old : base.materials)
            if (old.key == key)
                material = old;
        materials.append(material);
    }
    guide.materials = materials;
    QList<GuideStep> steps;
    for (int i = 0; i < m_steps->count(); ++i) {
        const QString name = m_steps->item(i)->text().trimmed();
        if (!name.isEmpty())
            steps.append({name, m_steps->item(i)->data(CodeRole).toString().isEmpty()
                                    ? name // a step added here is described by its name
                                    : m_steps->item(i)->data(CodeRole).toString()});
    }
    guide.steps = steps;
    guide.fees = {m_feesCharged->isChecked(), m_feesDescription->text().trimmed(),
                  m_feesBasis->text().trimmed()};
    QList<LegalBasis> basis;
    for (const QString& line : m_legalBasis->toPlainText().split(u'\n')) {
        const qsizetype bar = line.indexOf(u'|');
        LegalBasis law{(bar < 0 ? line : line.left(bar)).trimmed(),
                       bar < 0 ? QString() : line.mid(bar + 1).trimmed()};
        if (!law.law.isEmpty() || !law.article.isEmpty())
            basis.append(law);
    }
    guide.legalBasis = basis;
    guide.location = m_location->text().trimmed();
    guide.hours = m_hours->text().trimmed();
    guide.enquiryPhone = m_enquiryPhone->text().trimmed();
    guide.complaintPhone = m_complaintPhone->text().trimmed();
    return guide;
}

void CatalogAdminView::applyForm()
{
    if (m_code.isEmpty())
        return;
    // The catalog: the name, and 全域办 for an item.
    QList<Lifecycle> lifecycles = m_catalog.lifecycles();
    bool changed = false;
    const QString name = m_name->text().trimmed();
    for (Lifecycle& lifecycle : lifecycles)
        for (Stage& stage : lifecycle.stages)
            for (Scene& scene : stage.scenes)
                for (Item& item : scene.items) {
                    if (item.code == m_code) {
                        if (!name.isEmpty() && item.name != name) {
                            item.name = name;
                            changed = true;
                        }
                        if (item.crossRegion != m_crossRegion->isChecked()) {
                            item.crossRegion = m_crossRegion->isChecked();
                            changed = true;
                        }
                    }
                    for (SubItem& sub : item.subItems)
                        if (sub.code == m_code && !name.isEmpty() && sub.name != name) {
                            sub.name = name;
                            changed = true;
                        }
                }
    if (changed) {
        m_catalog = Catalog(lifecycles);
        m_catalogChanged = true;
        if (QTreeWidgetItem* current = m_tree->currentItem();
            current && current->data(0, CodeRole).toString() == m_code)
            current->setText(1, name);
    }
    // The guide.
    const auto stored = m_guides.constFind(m_code);
    if (!m_pending.contains(m_code) && stored == m_guides.cend())
        return;
    const Guide base = stored != m_guides.cend() ? stored.value() : m_pending.value(m_code);
    const Guide edited = guideFromForm(base);
    if (stored != m_guides.cend() && edited == stored.value())
        m_pending.remove(m_code);
    else
        m_pending.insert(m_code, edited);
}

void CatalogAdminView::say(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

bool CatalogAdminView::allowed(Action action)
{
    if (const Status ok = m_accounts.require(m_session, action); !ok) {
        say(ok.error(), true);
        return false;
    }
    return true;
}

bool CatalogAdminView::storeCatalogDraft()
{
    if (!m_catalogChanged)
        return true;
    AuditLog audit = m_accounts.auditLog();
    const auto imported =
        m_publisher.importFile(CatalogJson::write(m_catalog), tr("the administrator screen"),
                               m_session.user.name, m_clock.now(), audit);
    if (!imported) {
        say(imported.error(), true);
        return false;
    }
    m_catalogChanged = false;
    return true;
}

bool CatalogAdminView::saveDrafts()
{
    if (!allowed(Action::EditCatalog))
        return false;
    applyForm();
    // A guide is stored only when it could be published: its problems are said in plain words.
    QStringList problems;
    for (const Guide& guide : std::as_const(m_pending))
        problems += PublishCheck::problems(m_catalog, {{guide.itemCode, guide}}, m_dictionary,
                                           std::nullopt);
    if (!problems.isEmpty()) {
        m_problems->clear();
        m_problems->addItems(problems);
        say(tr("Not saved: %n problem(s) to fix first:", nullptr, int(problems.size())) + u'\n' +
                problems.join(u'\n'),
            true);
        return false;
    }
    if (!storeCatalogDraft())
        return false;
    AuditLog audit = m_accounts.auditLog();
    QStringList saved;
    for (const Guide& guide : std::as_const(m_pending)) {
        const auto imported =
            m_publisher.importFile(GuideJson::writeGuide(guide), tr("the administrator screen"),
                                   m_session.user.name, m_clock.now(), audit);
        if (!imported) {
            say(imported.error(), true);
            return false;
        }
        saved.append(imported.value().summary);
    }
    reload();
    say(saved.isEmpty()
            ? tr("Saved as a draft; publish to put it in force.")
            : tr("Saved as drafts: %1. Publish to put them in force.").arg(saved.join(tr(", "))));
    return true;
}

QStringList CatalogAdminView::check()
{
    applyForm();
    m_problems->clear();
    const auto found = m_publisher.check(
        m_pending.values(), m_catalogChanged ? std::optional<Catalog>(m_catalog) : std::nullopt);
    if (!found) {
        say(found.error(), true);
        return {found.error()};
    }
    const QStringList problems = found.value();
    m_problems->addItems(problems);
    if (problems.isEmpty())
        say(tr("No problems: ready to publish."));
    else
        say(tr("%n problem(s) to fix before publishing (listed on the Publish page).", nullptr,
               int(problems.size())),
            true);
    return problems;
}

bool CatalogAdminView::publish()
{
    if (!allowed(Action::PublishCatalog))
        return false;
    applyForm();
    const QString note = m_note->text().trimmed();
    if (note.isEmpty()) {
        say(tr("Say what changed in the change note before publishing."), true);
        m_note->setFocus();
        return false;
    }
    // Plain-word problems first: nothing is stored when there are any.
    QStringList problems;
    for (const Guide& guide : std::as_const(m_pending))
        problems += PublishCheck::problems(m_catalog, {{guide.itemCode, guide}}, m_dictionary,
                                           std::nullopt);
    if (problems.isEmpty()) {
        const auto found =
            m_publisher.check(m_pending.values(),
                              m_catalogChanged ? std::optional<Catalog>(m_catalog) : std::nullopt);
        if (!found) {
            say(found.error(), true);
            return false;
        }
        problems = found.value();
    }
    if (problems.isEmpty() && !storeCatalogDraft())
        return false;
    m_problems->clear();
    m_problems->addItems(problems);
    if (!problems.isEmpty()) {
        say(tr("Not published: %n problem(s) to fix first (listed on the Publish page).", nullptr,
               int(problems.size())),
            true);
        return false;
    }
    AuditLog audit = m_accounts.auditLog();
    QList<Guide> pending = m_pending.values();
    for (Guide& guide : pending)
        guide.effectiveDate = m_effective->date(); // the edited guides take effect with it
    const auto release = m_publisher.publish(note, m_effective->date(), m_session.user.name,
                                             m_clock.now(), audit, pending);
    if (!release) {
        say(release.error(), true);
        return false;
    }
    m_note->clear();
    reload();
    QString text = tr("Published version %1, effective %2: %3 items, %4 guides.")
                       .arg(release.value().version)
                       .arg(release.value().effectiveOn.toString(Qt::ISODate))
                       .arg(release.value().itemCount)
                       .arg(release.value().guideCount);
    if (!release.value().materials.isEmpty())
        text +=
            u' ' +
            tr("Materials brought into force: %1.").arg(release.value().materials.join(tr(", ")));
    bool offline = false;
    const QString central = sendWaiting(offline);
    say(text + u' ' + central, offline);
    return true;
}

bool CatalogAdminView::importFrom(const QString& path)
{
    if (!allowed(Action::EditCatalog))
        return false;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1: %2").arg(path, in.errorString()), true);
        return false;
    }
    if (in.size() > 32 * 1024 * 1024) {
        say(tr("%1 is larger than 32 MB: not a catalog or guide.").arg(path), true);
        return false;
    }
    AuditLog audit = m_accounts.auditLog();
    const auto imported =
        m_publisher.importFile(in.readAll(), path, m_session.user.name, m_clock.now(), audit);
    if (!imported) {
        say(tr("Nothing was imported: %1").arg(imported.error()), true);
        return false;
    }
    reload();
    say(tr("Imported %1 as a draft; publish to put it in force.").arg(imported.value().summary));
    return true;
}

bool CatalogAdminView::exportTo(const QString& path, bool csv)
{
    applyForm();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        say(tr("Cannot write %1: %2").arg(path, out.errorString()), true);
        return false;
    }
    out.write(csv ? CatalogCsv::write(m_catalog) : CatalogJson::write(m_catalog));
    if (!out.commit()) {
        say(tr("Cannot write %1: %2").arg(path, out.errorString()), true);
        return false;
    }
    say(tr("Saved the catalog (%1 items) to %2.").arg(m_catalog.itemCount()).arg(path));
    return true;
}

bool CatalogAdminView::saveMaterial()
{
    if (!allowed(Action::EditCatalog))
        return false;
    MaterialDefinition definition;
    definition.key = m_materialKey->text().trimmed();
    definition.name = m_materialName->text().trimmed();
    definition.description = m_materialDescription->text().trimmed();
    definition.replaceableBy =
        MaterialDefinition::Replacement(m_materialReplacement->currentData().toInt());
    AuditLog audit = m_accounts.auditLog();
    if (const Status saved =
            m_publisher.saveMaterial(definition, m_session.user.name, m_clock.now(), audit);
        !saved) {
        say(saved.error(), true);
        return false;
    }
    applyForm();
    const QHash<QString, Guide> pending = m_pending;
    const bool catalogChanged = m_catalogChanged;
    const Catalog catalog = m_catalog;
    reload();
    m_pending = pending; // keep unsaved edits of guides and catalog
    m_catalog = catalog;
    m_catalogChanged = catalogChanged;
    showCode(m_code);
    say(tr("Saved the material %1 — %2 as a draft: the counters keep the dictionary in force "
           "until the next Publish.")
            .arg(definition.key, definition.name));
    return true;
}

void CatalogAdminView::fillCentral()
{
    const Result<QString> url = CentralPublications::centralUrl(m_database);
    const auto waiting = CentralPublications::waiting(m_database);
    if (!url || !waiting) {
        m_centralState->setText(!url ? url.error() : waiting.error());
        m_sendCentral->setEnabled(false);
        return;
    }
    const bool configured = !url.value().isEmpty();
    const QList<CentralPublications::Waiting>& list = waiting.value();
    m_sendCentral->setEnabled(configured && !list.isEmpty());
    if (!configured)
        m_centralState->setText(tr("No central store is configured: publications stay on this "
                                   "workstation (owctl sync --central URL sets one)."));
    else if (list.isEmpty())
        m_centralState->setText(tr("Central store: everything published here has been sent."));
    else
        m_centralState->setText(
            tr("Not in the central store yet: %1. It is sent on the next sync, or now with Send "
               "to central.")
                .arg(CentralPublications::describe(list)) +
            (list.last().lastError.isEmpty()
                 ? QString()
                 : u'\n' + tr("Last attempt: %1").arg(list.last().lastError)));
}

// Sends what waits when a central store is configured; one sentence for the message (offline:
// it could not be sent).
QString CatalogAdminView::sendWaiting(bool& offline)
{
    offline = false;
    const Result<QString> url = CentralPublications::centralUrl(m_database);
    if (!url || url.value().isEmpty()) {
        fillCentral();
        return tr("No central store is configured: it is in force on this workstation only.");
    }
    const Result<int> sent = CentralPublications::send(m_database, m_clock.now());
    fillCentral();
    offline = !sent;
    if (!sent)
        return tr("Offline: the central store cannot be reached now, so it is in force here "
                  "only; it is sent on the next sync, or with Send to central. (%1)")
            .arg(sent.error());
    return tr("Sent to the central store: every counter takes it on its next sync.");
}

bool CatalogAdminView::sendToCentral()
{
    if (!allowed(Action::PublishCatalog))
        return false;
    bool offline = false;
    const QString result = sendWaiting(offline);
    say(result, offline);
    return !offline;
}

GuideDiffView* CatalogAdminView::compareVersions(const QString& code)
{
    const QString wanted = code.isEmpty() ? m_code : code;
    const GuideRepository guides(m_database);
    const auto versions = guides.versions(wanted);
    if (!versions || versions.value().isEmpty()) {
        say(versions ? tr("%1 has no guide to compare.").arg(wanted) : versions.error(), true);
        return nullptr;
    }
    QMap<int, Guide> all;
    for (int version : versions.value()) {
        const auto guide = guides.version(wanted, version);
        if (!guide || !guide.value()) {
            say(guide ? tr("%1 v%2 is missing.").arg(wanted).arg(version) : guide.error(), true);
            return nullptr;
        }
        all.insert(version, *guide.value());
    }
    delete m_diff;
    m_diff = new GuideDiffView(wanted, all, m_dictionary, this);
    m_diff->setWindowFlag(Qt::Window);
    m_diff->setAttribute(Qt::WA_DeleteOnClose);
    m_diff->show();
    return m_diff;
}

GuideDiffView* CatalogAdminView::diffView() const
{
    return m_diff;
}

} // namespace ow
