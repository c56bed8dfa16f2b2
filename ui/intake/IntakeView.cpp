#include "intake/IntakeView.h"

#include "accessibility/Descriptions.h"
#include "cases/ScanFormat.h"
#include "chain/ChainMerger.h"
#include "common/SignaturePad.h"
#include "intake/ChecklistModel.h"
#include "scan/DocumentCamera.h"
#include "search/CatalogSearch.h"
#include "search/SearchText.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

// Space on the checklist's State column cycles the state, as a click would.
class ChecklistKeys : public QObject
{
public:
    ChecklistKeys(QTableView* view, ChecklistModel* model)
        : QObject(view), m_view(view), m_model(model)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space) {
            m_model->cycleState(m_view->currentIndex().row());
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    ChecklistModel* m_model;
};

} // namespace

IntakeView::IntakeView(const Catalog& catalog, const QHash<QString, Guide>& guides,
                       const GuideJson::Dictionary& dictionary, DecideFunction decide,
                       const QDate& today, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_guides(guides), m_dictionary(dictionary),
      m_decide(std::move(decide)), m_today(today)
{
    setObjectName(QStringLiteral("intakeView"));
    setAccessibleName(tr("Intake"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Intake form"));
    scroll->setAccessibleDescription(tr("The intake form; Tab goes from field to field."));
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    // 1. Applicant
    auto* applicantBox = new QGroupBox(tr("1. Applicant"), page);
    auto* applicant = new QFormLayout(applicantBox);
    m_kind = new QComboBox(applicantBox);
    m_kind->setObjectName(QStringLiteral("intakeKind"));
    m_kind->setAccessibleName(tr("Applicant kind"));
    m_kind->addItem(tr("Person (resident ID)"));
    m_kind->addItem(tr("Enterprise (unified social credit code)"));
    applicant->addRow(tr("&Kind:"), m_kind);
    m_identifier = line(tr("ID number or credit code"), QStringLiteral("intakeIdentifier"));
    applicant->addRow(tr("&ID / credit code:"), m_identifier);
    applicant->addRow(QString(), problemLabel(QStringLiteral("applicant.identifier")));
    m_archive = new QLabel(applicantBox);
    m_archive->setObjectName(QStringLiteral("intakeArchive"));
    m_archive->setAccessibleName(tr("Applicant's archive"));
    applicant->addRow(QString(), m_archive);
    m_name = line(tr("Name"), QStringLiteral("intakeName"));
    applicant->addRow(tr("&Name:"), m_name);
    applicant->addRow(QString(), problemLabel(QStringLiteral("applicant.name")));
    m_phone = line(tr("Phone"), QStringLiteral("intakePhone"));
    applicant->addRow(tr("P&hone:"), m_phone);
    applicant->addRow(QString(), problemLabel(QStringLiteral("applicant.phone")));
    m_address = line(tr("Address"), QStringLiteral("intakeAddress"));
    applicant->addRow(tr("A&ddress:"), m_address);
    m_legalRepresentative =
        line(tr("Legal representative"), QStringLiteral("intakeLegalRepresentative"));
    applicant->addRow(tr("&Legal representative:"), m_legalRepresentative);
    applicant->addRow(QString(), problemLabel(QStringLiteral("applicant.legalRepresentative")));
    m_disabled = new QCheckBox(tr("Holds a disability certificate"), applicantBox);
    m_disabled->setObjectName(QStringLiteral("intakeDisabled"));
    m_disabled->setAccessibleName(tr("Holds a disability certificate"));
    applicant->addRow(QString(), m_disabled);
    m_disabilityCertificate =
        line(tr("Disability certificate number"), QStringLiteral("intakeDisabilityCertificate"));
    applicant->addRow(tr("Certificate n&umber:"), m_disabilityCertificate);
    applicant->addRow(QString(), problemLabel(QStringLiteral("applicant.disabilityCertificate")));
    m_greenChannel = new QLabel(applicantBox);
    m_greenChannel->setObjectName(QStringLiteral("intakeGreenChannel"));
    m_greenChannel->setAccessibleName(tr("Green channel"));
    applicant->addRow(QString(), m_greenChannel);
    layout->addWidget(applicantBox);

    // 2. Agent
    auto* agentBox = new QGroupBox(tr("2. Agent"), page);
    auto* agent = new QFormLayout(agentBox);
    m_hasAgent = new QCheckBox(tr("An agent applies for the applicant"), agentBox);
    m_hasAgent->setObjectName(QStringLiteral("intakeHasAgent"));
    m_hasAgent->setAccessibleName(tr("An agent applies for the applicant"));
    agent->addRow(QString(), m_hasAgent);
    m_agentName = line(tr("Agent's name"), QStringLiteral("intakeAgentName"));
    agent->addRow(tr("Agent'&s name:"), m_agentName);
    agent->addRow(QString(), problemLabel(QStringLiteral("agent.name")));
    m_agentId = line(tr("Agent's ID number"), QStringLiteral("intakeAgentId"));
    agent->addRow(tr("A&gent's ID number:"), m_agentId);
    agent->addRow(QString(), problemLabel(QStringLiteral("agent.idNumber")));
    m_agentPhone = line(tr("Agent's phone"), QStringLiteral("intakeAgentPhone"));
    agent->addRow(tr("Agent's phon&e:"), m_agentPhone);
    agent->addRow(QString(), problemLabel(QStringLiteral("agent.phone")));
    m_agentAuthorization = line(tr("Authorization"), QStringLiteral("intakeAgentAuthorization"));
    m_agentAuthorization->setPlaceholderText(tr("e.g. 授权委托书"));
    agent->addRow(tr("Au&thorization:"), m_agentAuthorization);
    agent->addRow(QString(), problemLabel(QStringLiteral("agent.authorization")));
    layout->addWidget(agentBox);
    const QList<QLineEdit*> agentFields = {m_agentName, m_agentId, m_agentPhone,
                                           m_agentAuthorization};
    for (QLineEdit* field : agentFields)
        field->setEnabled(false);
    connect(m_hasAgent, &QCheckBox::toggled, this, [agentFields](bool on) {
        for (QLineEdit* field : agentFields)
            field->setEnabled(on);
    });

    // 3. Items
    auto* itemsBox = new QGroupBox(tr("3. Items (one item, several, or a whole scene)"), page);
    auto* items = new QVBoxLayout(itemsBox);
    auto* addRow = new QHBoxLayout();
    m_addItem = line(tr("Add an item by code"), QStringLiteral("intakeAddItem"));
    m_addItem->setPlaceholderText(tr("code, e.g. P001, P001.1 or a scene P1.1; Enter adds"));
    addRow->addWidget(m_addItem);
    items->addLayout(addRow);
    m_itemsModel = new QStringListModel(this);
    m_items = new QListView(itemsBox);
    m_items->setObjectName(QStringLiteral("intakeItems"));
    m_items->setAccessibleName(tr("Chosen items; Delete removes one"));
    m_items->setModel(m_itemsModel);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setMaximumHeight(110);
    items->addWidget(m_items);
    items->addWidget(problemLabel(QStringLiteral("items")));
    layout->addWidget(itemsBox);
    connect(m_addItem, &QLineEdit::returnPressed, this, [this] {
        addItems({m_addItem->text()});
        m_addItem->clear();
    });
    m_items->installEventFilter(this);

    // 4. Checklist
    auto* checklistBox =
        new QGroupBox(tr("4. Materials: one merged list (Space changes the state)"), page);
    auto* checklist = new QVBoxLayout(checklistBox);
    m_mergeSummary = new QLabel(checklistBox);
    m_mergeSummary->setObjectName(QStringLiteral("intakeMergeSummary"));
    m_mergeSummary->setAccessibleName(tr("Merged materials"));
    checklist->addWidget(m_mergeSummary);
    m_checklistModel = new ChecklistModel(&m_draft.materials, this);
    m_checklist = new QTableView(checklistBox);
    m_checklist->setObjectName(QStringLiteral("intakeChecklist"));
    m_checklist->setAccessibleName(tr("Materials checklist"));
    m_checklist->setModel(m_checklistModel);
    m_checklist->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checklist->horizontalHeader()->setStretchLastSection(true);
    m_checklist->setMinimumHeight(200);
    m_checklist->installEventFilter(new ChecklistKeys(m_checklist, m_checklistModel));
    connect(m_checklist, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == ChecklistModel::State)
            m_checklistModel->cycleState(index.row());
    });
    checklist->addWidget(m_checklist);
    checklist->addWidget(createScanPanel(checklistBox));
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showScans(); });
    connect(m_checklistModel, &QAbstractItemModel::modelReset, this, [this] { showScans(); });
    layout->addWidget(checklistBox);

    // 5. Decision
    auto* decisionBox = new QGroupBox(tr("5. Decision"), page);
    auto* decision = new QVBoxLayout(decisionBox);
    m_reason = new QPlainTextEdit(decisionBox);
    m_reason->setObjectName(QStringLiteral("intakeReason"));
    m_reason->setAccessibleName(tr("Reasons for a refusal, or a note"));
    m_reason->setPlaceholderText(tr("Reasons (a refusal needs them)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    decision->addWidget(m_reason);
    m_signature = new SignatureField(decisionBox); // signed before the decision button
    decision->addWidget(m_signature);
    auto* buttons = new QHBoxLayout();
    const auto button = [&](const QString& text, const QString& name, IntakeDraft::Decision which) {
        auto* b = new QPushButton(text, decisionBox);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        connect(b, &QPushButton::clicked, this, [this, which] { this->decide(which); });
        buttons->addWidget(b);
        m_decisionButtons.append(b);
    };
    button(tr("Acce&pt (受理)"), QStringLiteral("intakeAccept"), IntakeDraft::Decision::Accept);
    button(tr("Ask for missing materials &once (补正)"), QStringLiteral("intakeSupplement"),
           IntakeDraft::Decision::Supplement);
    button(tr("&Refuse (不予受理)"), QStringLiteral("intakeRefuse"), IntakeDraft::Decision::Refuse);
    buttons->addStretch(1);
    decision->addLayout(buttons);
    m_message = new QLabel(decisionBox);
    m_message->setObjectName(QStringLiteral("intakeMessage"));
    m_message->setAccessibleName(tr("Intake message"));
    m_message->setWordWrap(true);
    decision->addWidget(m_message);
    layout->addWidget(decisionBox);
    layout->addStretch(1);

    connect(m_identifier, &QLineEdit::editingFinished, this, &IntakeView::updateGreenChannel);
    connect(m_identifier, &QLineEdit::editingFinished, this, &IntakeView::lookUpApplicant);
    connect(m_disabled, &QCheckBox::toggled, this, &IntakeView::updateGreenChannel);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_legalRepresentative->setEnabled(index == 1);
        m_disabled->setEnabled(index == 0);
        m_disabilityCertificate->setEnabled(index == 0);
    });
    m_legalRepresentative->setEnabled(false);
    // Screen readers: what each control does, read after its name.
    describeControls(
        this,
        {
            {"intakeView",
             {},
             tr("One intake from top to bottom: applicant, agent, items, materials checklist, "
                "signature and the decision.")},
            {"intakeKind",
             {},
             tr("A person with a resident ID, or an enterprise with its unified social credit "
                "code.")},
            {"intakeIdentifier",
             {},
             tr("The 18-character resident ID or credit code; a known applicant is filled in from "
                "the archive.")},
            {"intakeName", {}, tr("The applicant's name as on the ID or licence.")},
            {"intakePhone",
             {},
             tr("A mobile or landline number the applicant can be called back on.")},
            {"intakeAddress", {}, tr("The applicant's address (optional).")},
            {"intakeLegalRepresentative", {}, tr("The enterprise's legal representative.")},
            {"intakeDisabled",
             {},
             tr("Check when the applicant shows a disability certificate: the case goes by the "
                "green channel.")},
            {"intakeDisabilityCertificate",
             {},
             tr("The number of the applicant's disability certificate.")},
            {"intakeHasAgent",
             {},
             tr("Check when someone applies on the applicant's behalf; the agent's fields "
                "follow.")},
            {"intakeAgentName", {}, tr("The agent's name as on their ID.")},
            {"intakeAgentId", {}, tr("The agent's resident ID number.")},
            {"intakeAgentPhone", {}, tr("The agent's phone number.")},
            {"intakeAgentAuthorization",
             {},
             tr("What authorizes the agent: the letter of authorization or the relationship.")},
            {"intakeAddItem",
             {},
             tr("Type an item, sub-item or scene code and press Enter to add it to the case.")},
            {"intakeItems",
             {},
             tr("The items this case is taken in for; Delete removes the selected one.")},
            {"intakeChecklist",
             {},
             tr("The materials of every chosen item, merged; Space changes the state of the "
                "selected row.")},
            {"intakeReason",
             {},
             tr("Required for a refusal (the reasons) or a supplement notice; otherwise a note "
                "kept with the decision.")},
            {"intakeAccept",
             {},
             tr("Accepts the case: it gets its deadline and the receipt is printed.")},
            {"intakeSupplement",
             {},
             tr("Asks for the missing materials: the supplement notice is printed.")},
            {"intakeRefuse",
             {},
             tr("Refuses the case with the reasons above: the refusal notice is printed.")},
            {"intakeScans",
             {},
             tr("Scans of the material selected in the checklist; Delete removes one.")},
            {"intakeAttachFile",
             {},
             tr("Chooses a JPEG, PNG or PDF file as a scan of the selected material.")},
            {"intakeRemoveScan", {}, tr("Removes the chosen scan from the material.")},
            {"intakeCameraChoice", {}, tr("Which connected document camera takes pictures.")},
            {"intakeTakePicture",
             {},
             tr("Takes a picture of the selected material with the chosen camera.")},
            {"intakeRefreshCameras", {}, tr("Looks again for connected document cameras.")},
        });
    setFocusProxy(m_identifier);
    refreshItems();
}

IntakeView::~IntakeView()
{
    // A line edit losing focus while the window is torn down emits editingFinished; its slots
    // (archive lookup) would reach services of a window already half destroyed.
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->blockSignals(true);
}

bool IntakeView::eventFilter(QObject* watched, QEvent* event)
{
    // Delete on the item list removes the chosen item.
    if (watched == m_items && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        const int row = m_items->currentIndex().row();
        if (row >= 0 && row < m_draft.itemCodes.size()) {
            m_draft.itemCodes.removeAt(row);
            refreshItems();
        }
        return true;
    }
    if (watched == m_scanList && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        (void)removeScan(selectedMaterial(), m_scanList->currentRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QLineEdit* IntakeView::line(const QString& accessibleName, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(200);
    return edit;
}

QLabel* IntakeView::problemLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("problem:") + field);
    label->setAccessibleName(tr("Problem with this field"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    label->hide();
    m_problemLabels.insert(field, label);
    return label;
}

QString IntakeView::fieldMessage(const QString& field) const
{
    const QLabel* label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void IntakeView::addItems(const QStringList& codes)
{
    QStringList unknown;
    for (const QString& typed : codes) {
        const QString text = SearchText::normalize(typed).toUpper();
        if (text.isEmpty())
            continue;
        const QStringList scene = ChainMerger::sceneItems(m_catalog, text);
        if (!scene.isEmpty()) {
            if (m_draft.sceneCode.isEmpty())
                m_draft.sceneCode = text;
            for (const QString& item : scene) {
                if (!m_draft.itemCodes.contains(item))
                    m_draft.itemCodes.append(item);
            }
            continue;
        }
        const QString code = CatalogSearch::canonicalCode(text.toLower());
        if (code.isEmpty() || (!m_catalog.item(code) && !m_catalog.subItem(code))) {
            unknown.append(typed);
            continue;
        }
        if (!m_draft.itemCodes.contains(code))
            m_draft.itemCodes.append(code);
    }
    refreshItems();
    QLabel* items = m_problemLabels.value(QStringLiteral("items"));
    items->setVisible(!unknown.isEmpty());
    items->setText(tr("Not in the catalog: %1").arg(unknown.join(QStringLiteral("、"))));
}

void IntakeView::prefillApplicant(const QString& identifier, const QString& name,
                                  const QString& phone, const QString& address)
{
    m_kind->setCurrentIndex(0); // a person
    m_identifier->setText(identifier);
    m_name->setText(name);
    m_phone->setText(phone);
    m_address->setText(address);
    lookUpApplicant();
}

void IntakeView::lookUpApplicant()
{
    if (!m_lookup || m_identifier->text().trimmed().isEmpty())
        return;
    const std::optional<QPair<Applicant, int>> found = m_lookup(m_identifier->text());
    if (!found) {
        m_archive->clear();
        return;
    }
    const Applicant& known = found->first;
    const auto fill = [](QLineEdit* field, const QString& value) {
        if (field->text().trimmed().isEmpty())
            field->setText(value);
    };
    m_kind->setCurrentIndex(known.kind == Applicant::Kind::Enterprise ? 1 : 0);
    fill(m_name, known.name);
    fill(m_phone, known.phone);
    fill(m_address, known.address);
    fill(m_legalRepresentative, known.legalRepresentative);
    if (known.disabled && !m_disabled->isChecked()) {
        m_disabled->setChecked(true);
        fill(m_disabilityCertificate, known.disabilityCertificate);
    }
    m_archive->setText(tr("Known applicant: %n earlier case(s); the empty fields were filled from "
                          "the archive — check them with the applicant.",
                          nullptr, found->second));
    updateGreenChannel();
}

void IntakeView::refreshItems()
{
    QStringList labels;
    for (const QString& code : std::as_const(m_draft.itemCodes)) {
        QString name;
        if (const Item* item = m_catalog.item(code))
            name = item->name;
        else if (const SubItem* sub = m_catalog.subItem(code))
            name = sub->name;
        labels.append(QStringLiteral("%1  %2").arg(code, name));
    }
    m_itemsModel->setStringList(labels);
    const QList<Scan> scansBefore = allScans();
    m_draft.mergeChecklist(m_guides, m_dictionary);
    discardUnused(scansBefore);
    m_checklistModel->reload();
    m_checklist->resizeColumnsToContents();
    int before = 0;
    for (const QString& code : std::as_const(m_draft.itemCodes)) {
        if (const Guide* guide = ChainMerger::guideFor(code, m_guides))
            before += int(guide->materials.size());
    }
    QString summary = tr("%1 item(s): %2 materials in their guides, %3 to collect once.")
                          .arg(m_draft.itemCodes.size())
                          .arg(before)
                          .arg(m_draft.materials.size());
    if (!m_draft.itemsWithoutGuide.isEmpty())
        summary += u' ' + tr("No published guide (materials unknown): %1.")
                              .arg(m_draft.itemsWithoutGuide.join(QStringLiteral("、")));
    m_mergeSummary->setText(summary);
}

void IntakeView::readForm()
{
    Applicant& a = m_draft.applicant;
    a.kind = m_kind->currentIndex() == 1 ? Applicant::Kind::Enterprise : Applicant::Kind::Person;
    a.identifier = m_identifier->text();
    a.name = m_name->text();
    a.phone = m_phone->text();
    a.address = m_address->text().trimmed();
    a.legalRepresentative = m_legalRepresentative->text().trimmed();
    a.disabled = a.kind == Applicant::Kind::Person && m_disabled->isChecked();
    a.disabilityCertificate = m_disabilityCertificate->text().trimmed();
    if (m_hasAgent->isChecked())
        m_draft.agent = Agent{m_agentName->text(), m_agentId->text(), m_agentPhone->text(),
                              m_agentAuthorization->text().trimmed()};
    else
        m_draft.agent.reset();
}

const IntakeDraft& IntakeView::formDraft()
{
    readForm();
    return m_draft;
}

QString IntakeView::note() const
{
    return m_reason->toPlainText();
}

void IntakeView::restoreDraft(const IntakeDraft& saved, const QString& note)
{
    const Applicant& a = saved.applicant;
    m_kind->setCurrentIndex(a.kind == Applicant::Kind::Enterprise ? 1 : 0);
    m_identifier->setText(a.identifier);
    m_name->setText(a.name);
    m_phone->setText(a.phone);
    m_address->setText(a.address);
    m_legalRepresentative->setText(a.legalRepresentative);
    m_disabled->setChecked(a.disabled);
    m_disabilityCertificate->setText(a.disabilityCertificate);
    m_hasAgent->setChecked(saved.agent.has_value());
    const Agent agent = saved.agent.value_or(Agent{});
    m_agentName->setText(agent.name);
    m_agentId->setText(agent.idNumber);
    m_agentPhone->setText(agent.phone);
    m_agentAuthorization->setText(agent.authorization);
    m_reason->setPlainText(note);
    m_draft.itemCodes = saved.itemCodes;
    m_draft.sceneCode = saved.sceneCode;
    m_draft.materials = saved.materials; // the counter states; the merge brings the rest back
    refreshItems();
    for (QLabel* label : std::as_const(m_problemLabels))
        label->hide();
    m_archive->clear();
    updateGreenChannel();
}

void IntakeView::addBanner(QWidget* banner)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, banner);
}

void IntakeView::showProblems(const QList<IntakeDraft::Problem>& problems)
{
    for (QLabel* label : std::as_const(m_problemLabels))
        label->hide();
    for (const IntakeDraft::Problem& problem : problems) {
        QLabel* label = m_problemLabels.value(problem.field);
        if (!label)
            continue;
        label->setText(problem.blocking ? problem.message : tr("Warning: %1").arg(problem.message));
        label->show();
    }
}

void IntakeView::updateGreenChannel()
{
    readForm();
    IntakeDraft probe = m_draft;
    (void)probe.check(m_today);
    const int age = probe.ageOn(m_today);
    if (probe.greenChannel(m_today))
        m_greenChannel->setText(probe.applicant.disabled
                                    ? tr("Green channel: disabled applicant")
                                    : tr("Green channel: %1 years old").arg(age));
    else
        m_greenChannel->setText(age >= 0 ? tr("Age %1").arg(age) : QString());
}

bool IntakeView::decide(IntakeDraft::Decision decision)
{
    if (m_decided)
        return false;
    readForm();
    const QList<IntakeDraft::Problem> problems = m_draft.check(m_today);
    showProblems(problems);
    if (IntakeDraft::blocks(problems)) {
        m_message->setText(tr("Correct the fields marked in red; nothing was stored."));
        return false;
    }
    const QString reason = m_reason->toPlainText().trimmed();
    if (const Status allowed = m_draft.canDecide(decision, reason); !allowed) {
        m_message->setText(allowed.error());
        return false;
    }
    const Status stored = m_decide(m_draft, decision, reason);
    if (!stored) {
        m_message->setText(stored.error());
        return false;
    }
    m_decided = true;
    for (QPushButton* button : std::as_const(m_decisionButtons))
        button->setEnabled(false);
    showScans(); // attaching and removing end with the decision
    m_message->setText(tr("Stored. The document is ready to print."));
    emit caseDecided(m_message->text());
    return true;
}

QWidget* IntakeView::createScanPanel(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scanTitle = new QLabel(panel);
    m_scanTitle->setObjectName(QStringLiteral("intakeScanTitle"));
    m_scanTitle->setAccessibleName(tr("Scans of the selected material"));
    layout->addWidget(m_scanTitle);
    m_scanList = new QListWidget(panel);
    m_scanList->setObjectName(QStringLiteral("intakeScans"));
    m_scanList->setAccessibleName(tr("Scans of the selected material; Delete removes one"));
    m_scanList->setViewMode(QListView::IconMode);
    m_scanList->setIconSize(QSize(96, 96));
    m_scanList->setResizeMode(QListView::Adjust);
    m_scanList->setMovement(QListView::Static);
    m_scanList->setWordWrap(true);
    m_scanList->setMaximumHeight(170);
    m_scanList->installEventFilter(this);
    layout->addWidget(m_scanList);

    auto* buttons = new QHBoxLayout();
    m_attachFile = new QPushButton(tr("&Browse for scans…"), panel);
    m_attachFile->setObjectName(QStringLiteral("intakeAttachFile"));
    m_attachFile->setAccessibleName(tr("Attach a scan from a file (JPEG, PNG or PDF)"));
    connect(m_attachFile, &QPushButton::clicked, this, [this] { chooseScanFiles(); });
    buttons->addWidget(m_attachFile);
    m_removeScan = new QPushButton(tr("Remo&ve scan"), panel);
    m_removeScan->setObjectName(QStringLiteral("intakeRemoveScan"));
    m_removeScan->setAccessibleName(tr("Remove the chosen scan"));
    connect(m_removeScan, &QPushButton::clicked, this,
            [this] { (void)removeScan(selectedMaterial(), m_scanList->currentRow()); });
    buttons->addWidget(m_removeScan);
    buttons->addSpacing(16);
    auto* cameraLabel = new QLabel(tr("&Which camera:"), panel);
    buttons->addWidget(cameraLabel);
    m_cameraChoice = new QComboBox(panel);
    m_cameraChoice->setObjectName(QStringLiteral("intakeCameraChoice"));
    m_cameraChoice->setAccessibleName(tr("Document camera"));
    cameraLabel->setBuddy(m_cameraChoice);
    buttons->addWidget(m_cameraChoice, 1);
    m_takePicture = new QPushButton(tr("&Capture"), panel);
    m_takePicture->setObjectName(QStringLiteral("intakeTakePicture"));
    m_takePicture->setAccessibleName(tr("Take a picture with the document camera"));
    connect(m_takePicture, &QPushButton::clicked, this, [this] { captureFromCamera(); });
    buttons->addWidget(m_takePicture);
    m_refreshCameras = new QPushButton(tr("Find cameras"), panel);
    m_refreshCameras->setObjectName(QStringLiteral("intakeRefreshCameras"));
    m_refreshCameras->setAccessibleName(tr("Look again for connected document cameras"));
    connect(m_refreshCameras, &QPushButton::clicked, this, [this] { refreshCameras(); });
    buttons->addWidget(m_refreshCameras);
    layout->addLayout(buttons);

    m_cameraStatus = new QLabel(panel);
    m_cameraStatus->setObjectName(QStringLiteral("intakeCameraStatus"));
    m_cameraStatus->setAccessibleName(tr("Document camera status"));
    m_cameraStatus->setWordWrap(true);
    layout->addWidget(m_cameraStatus);
    m_scanMessage = new QLabel(panel);
    m_scanMessage->setObjectName(QStringLiteral("intakeScanMessage"));
    m_scanMessage->setAccessibleName(tr("Scan message"));
    m_scanMessage->setWordWrap(true);
    layout->addWidget(m_scanMessage);
    refreshCameras();
    return panel;
}

void IntakeView::setScanSupport(AttachFunction attach, DiscardFunction discard,
                                DocumentCamera* camera)
{
    m_attach = std::move(attach);
    m_discard = std::move(discard);
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    if (m_camera) {
        connect(m_camera, &DocumentCamera::captured, this, [this](const QImage& image) {
            const int row = m_captureRow;
            m_captureRow = -1;
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            if (image.isNull() || !image.save(&buffer, "JPEG", 90)) {
                scanProblem(tr("The camera gave no picture that could be kept."));
                return;
            }
            const QString name =
                QStringLiteral("camera-%1.jpg")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            (void)attachScanBytes(row, jpeg, name);
        });
        connect(m_camera, &DocumentCamera::failed, this, [this](const QString& message) {
            m_captureRow = -1;
            scanProblem(message);
        });
    }
    refreshCameras();
    showScans();
    if (!m_attach)
        scanProblem(tr("Scans cannot be stored in this program."));
}

int IntakeView::selectedMaterial() const
{
    const int row = m_checklist->currentIndex().row();
    return row >= 0 && row < m_draft.materials.size() ? row : -1;
}

void IntakeView::selectMaterial(int row)
{
    m_checklist->setCurrentIndex(m_checklistModel->index(row, ChecklistModel::Name));
    showScans();
}

void IntakeView::refreshCameras()
{
    if (!m_cameraChoice)
        return;
    m_cameraChoice->clear();
    const QList<DocumentCamera::Device> devices =
        m_camera ? m_camera->devices() : QList<DocumentCamera::Device>();
    for (const DocumentCamera::Device& device : devices)
        m_cameraChoice->addItem(device.description, device.id);
    if (!m_camera)
        m_cameraStatus->setText(tr("No document camera support in this program."));
    else if (devices.isEmpty())
        m_cameraStatus->setText(tr("No camera is connected. Connect a document camera (USB) and "
                                   "press Find cameras, or attach scans from files."));
    else
        m_cameraStatus->setText(tr("%n camera(s) found.", nullptr, int(devices.size())));
    m_cameraChoice->setEnabled(!devices.isEmpty());
    showScans();
}

void IntakeView::scanProblem(const QString& message)
{
    m_scanMessage->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_scanMessage->setText(message);
}

QList<Scan> IntakeView::allScans() const
{
    QList<Scan> scans;
    for (const CaseMaterial& material : m_draft.materials)
        scans += material.scanFiles;
    return scans;
}

void IntakeView::discardUnused(const QList<Scan>& before)
{
    if (!m_discard)
        return;
    for (const Scan& scan : before) {
        if (!m_draft.usesFile(scan.sha256))
            (void)m_discard(scan, false);
    }
}

void IntakeView::abandon()
{
    if (m_decided)
        return;
    const QList<Scan> before = allScans();
    for (CaseMaterial& material : m_draft.materials) {
        material.scans.clear();
        material.scanFiles.clear();
    }
    discardUnused(before);
}

void IntakeView::showScans()
{
    if (!m_scanList)
        return;
    const int row = selectedMaterial();
    m_scanList->clear();
    const bool canAttach = m_attach && !m_decided && row >= 0;
    m_attachFile->setEnabled(canAttach);
    m_takePicture->setEnabled(canAttach && m_cameraChoice->count() > 0 && m_captureRow < 0);
    if (row < 0) {
        m_scanTitle->setText(tr("Scans: choose a material in the list above."));
        m_removeScan->setEnabled(false);
        return;
    }
    const CaseMaterial& material = m_draft.materials.at(row);
    m_scanTitle->setText(tr("Scans of %1: %n page(s)", nullptr, material.pages).arg(material.name));
    for (const Scan& scan : material.scanFiles) {
        const QString label = tr("%1 — %n page(s)", nullptr, scan.pages)
                                  .arg(scan.fileName.isEmpty() ? scan.mediaType : scan.fileName);
        auto* entry = new QListWidgetItem(label, m_scanList);
        const QImage thumbnail = m_checklistModel->thumbnail(scan.sha256);
        if (!thumbnail.isNull())
            entry->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
        entry->setData(Qt::AccessibleTextRole, label);
        entry->setToolTip(QStringLiteral("%1\n%2, %3")
                              .arg(label, scan.mediaType, ScanFormat::describeSize(scan.size)));
    }
    if (m_scanList->count() > 0)
        m_scanList->setCurrentRow(m_scanList->count() - 1);
    m_removeScan->setEnabled(!m_decided && m_scanList->count() > 0);
}

Status IntakeView::attachScanFile(int row, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).size() > ScanFormat::MaxBytes) {
        const Status refused =
            Status::failure(tr("%1 is too large to attach (%2; at most %3 per file).")
                                .arg(name, ScanFormat::describeSize(QFileInfo(path).size()),
                                     ScanFormat::describeSize(ScanFormat::MaxBytes)));
        scanProblem(refused.error());
        return refused;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const Status failed =
            Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
        scanProblem(failed.error());
        return failed;
    }
    return attachScanBytes(row, file.readAll(), name);
}

Status IntakeView::attachScanBytes(int row, const QByteArray& content, const QString& fileName)
{
    const auto refuse = [this](const QString& message) {
        scanProblem(message);
        return Status::failure(message);
    };
    if (m_decided)
        return refuse(tr("The case is decided; its scans can no longer change."));
    if (!m_attach)
        return refuse(tr("Scans cannot be stored in this program."));
    if (row < 0 || row >= m_draft.materials.size())
        return refuse(tr("Choose the material the scan belongs to."));
    const Result<QPair<Scan, QImage>> kept = m_attach(content, fileName);
    if (!kept)
        return refuse(kept.error());
    const Scan& scan = kept.value().first;
    m_checklistModel->setThumbnail(scan.sha256, kept.value().second);
    if (const Status attached = m_draft.attachScan(row, scan); !attached) {
        if (m_discard)
            (void)m_discard(scan, m_draft.usesFile(scan.sha256));
        return refuse(attached.error());
    }
    m_checklistModel->materialChanged(row);
    m_checklist->resizeColumnsToContents();
    if (selectedMaterial() != row)
        selectMaterial(row);
    showScans();
    m_scanMessage->setStyleSheet(QString());
    m_scanMessage->setText(tr("Attached %1 to %2 (%n page(s)).", nullptr, scan.pages)
                               .arg(fileName, m_draft.materials.at(row).name));
    return Status::success();
}

Status IntakeView::removeScan(int row, int index)
{
    if (m_decided) {
        scanProblem(tr("The case is decided; its scans can no longer change."));
        return Status::failure(m_scanMessage->text());
    }
    const Result<Scan> removed = m_draft.removeScan(row, index);
    if (!removed) {
        scanProblem(removed.error());
        return Status::failure(removed.error());
    }
    if (m_discard) {
        if (const Status discarded =
                m_discard(removed.value(), m_draft.usesFile(removed.value().sha256));
            !discarded)
            scanProblem(discarded.error());
    }
    m_checklistModel->materialChanged(row);
    showScans();
    m_scanMessage->setStyleSheet(QString());
    m_scanMessage->setText(
        tr("Removed %1 from %2.").arg(removed.value().fileName, m_draft.materials.at(row).name));
    return Status::success();
}

QFileDialog* IntakeView::chooseScanFiles()
{
    const int row = selectedMaterial();
    if (row < 0 || !m_attach || m_decided) {
        scanProblem(tr("Choose the material the scan belongs to."));
        return nullptr;
    }
    auto* dialog =
        new QFileDialog(this, tr("Attach scans to %1").arg(m_draft.materials.at(row).name));
    dialog->setObjectName(QStringLiteral("intakeScanFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Scans (*.jpg *.jpeg *.png *.pdf)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this, row](const QStringList& files) {
        for (const QString& file : files)
            (void)attachScanFile(row, file);
    });
    dialog->open();
    return dialog;
}

void IntakeView::captureFromCamera()
{
    const int row = selectedMaterial();
    if (!m_camera || m_cameraChoice->count() == 0) {
        scanProblem(tr("No camera is connected."));
        return;
    }
    if (row < 0 || m_decided) {
        scanProblem(tr("Choose the material the scan belongs to."));
        return;
    }
    m_captureRow = row;
    m_scanMessage->setStyleSheet(QString());
    m_scanMessage->setText(tr("Taking a picture…"));
    m_camera->capture(m_cameraChoice->currentData().toString());
    showScans();
}

} // namespace ow
