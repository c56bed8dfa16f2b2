#include "visits/HomeVisitView.h"

#include "cases/HomeVisitRepository.h"
#include "security/PersonalData.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ow {

namespace {

enum Column
{
    DateColumn,
    SlotColumn,
    StateColumn,
    ApplicantColumn,
    PhoneColumn,
    AddressColumn,
    ReasonColumn,
    ItemsColumn,
    StaffColumn,
    CaseColumn,
    NotesColumn,
    ColumnCount
};

void describe(QWidget* widget, const QString& name, const QString& description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

} // namespace

HomeVisitView::HomeVisitView(HomeVisitRepository& visits, const Catalog& catalog,
                             SessionSource session, const QDate& today, QWidget* parent)
    : QWidget(parent), m_visits(visits), m_catalog(catalog), m_session(std::move(session)),
      m_today(today), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("homeVisitView"));
    describe(this, tr("Home visits"),
             tr("Appointments to take a case at the home of an applicant who cannot come."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_pages->addWidget(createList());
    m_pages->addWidget(createForm());
    refresh();
}

QWidget* HomeVisitView::createList()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("homeVisitListPage"));
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(tr("<b>Home visits (上门服务)</b>"), page);
    layout->addWidget(title);

    auto* filter = new QHBoxLayout();
    m_from = new QDateEdit(m_today, page);
    m_from->setObjectName(QStringLiteral("homeVisitFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    describe(m_from, tr("From"), tr("First day of the visits listed."));
    m_to = new QDateEdit(m_today.addDays(14), page);
    m_to->setObjectName(QStringLiteral("homeVisitTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    describe(m_to, tr("To"), tr("Last day of the visits listed."));
    m_state = new QComboBox(page);
    m_state->setObjectName(QStringLiteral("homeVisitState"));
    m_state->addItem(tr("All"), QString());
    for (const HomeVisit::State state :
         {HomeVisit::State::Booked, HomeVisit::State::Visited, HomeVisit::State::Cancelled})
        m_state->addItem(HomeVisits::stateText(state), HomeVisits::stateKey(state));
    m_state->setCurrentIndex(1); // what is still to do
    // Wide enough for its longest state in any type size (the width follows the font).
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(6);
    describe(m_state, tr("Show"), tr("Which appointments the list shows: all, or one state."));
    auto* fromLabel = new QLabel(tr("&From:"), page);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), page);
    toLabel->setBuddy(m_to);
    auto* stateLabel = new QLabel(tr("S&how:"), page);
    stateLabel->setBuddy(m_state);
    filter->addWidget(fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(toLabel);
    filter->addWidget(m_to);
    filter->addWidget(stateLabel);
    filter->addWidget(m_state);
    filter->addStretch(1);
    layout->addLayout(filter);
    connect(m_from, &QDateEdit::dateChanged, this, &HomeVisitView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &HomeVisitView::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &HomeVisitView::refresh);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("State"), tr("Applicant"),
                                        tr("Phone"), tr("Address"), tr("Reason"), tr("Items"),
                                        tr("Staff"), tr("Case"), tr("Notes")});
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("homeVisitTable"));
    describe(m_table, tr("Home-visit appointments"),
             tr("One row per appointment; the applicant is masked. Enter takes the case of the "
                "selected visit."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HomeVisitView::updateButtons);
    connect(m_table, &QTableView::activated, this, &HomeVisitView::takeCaseFromSelected);

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("homeVisitSummary"));
    describe(m_summary, tr("Home visits listed"), tr("How many appointments the list shows."));
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout();
    m_new = new QPushButton(tr("&Book a home visit…"), page);
    m_new->setObjectName(QStringLiteral("homeVisitNew"));
    describe(m_new, tr("Book a home visit"),
             tr("Opens the booking form for an applicant who cannot come to the hall."));
    m_takeCase = new QPushButton(tr("Take the &case from this visit"), page);
    m_takeCase->setObjectName(QStringLiteral("homeVisitTakeCase"));
    describe(m_takeCase, tr("Take the case from this visit"),
             tr("Opens the intake with the applicant and the items of the selected visit; the "
                "stored case marks the visit visited."));
    m_cancelReason = new QLineEdit(page);
    m_cancelReason->setObjectName(QStringLiteral("homeVisitCancelReason"));
    m_cancelReason->setPlaceholderText(tr("Reason for cancelling"));
    m_cancelReason->setMaxLength(200);
    describe(m_cancelReason, tr("Reason for cancelling"),
             tr("Why the selected visit will not happen; required to cancel it."));
    m_cancel = new QPushButton(tr("Cancel the &visit"), page);
    m_cancel->setObjectName(QStringLiteral("homeVisitCancel"));
    describe(m_cancel, tr("Cancel the visit"),
             tr("Cancels the selected booked visit with the reason given beside."));
    buttons->addWidget(m_new);
    buttons->addWidget(m_takeCase);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelReason, 1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &HomeVisitView::showBookingForm);
    connect(m_takeCase, &QPushButton::clicked, this, &HomeVisitView::takeCaseFromSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("homeVisitMessage"));
    m_message->setWordWrap(true);
    describe(m_message, tr("Home-visit message"), tr("The outcome of the last action."));
    layout->addWidget(m_message);
    setFocusProxy(m_table);
    return page;
}

QLabel* HomeVisitView::problemLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("visitProblem:") + field);
    describe(label, tr("Problem with this field"), tr("What to correct in the field above."));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    label->hide();
    m_problemLabels.insert(field, label);
    return label;
}

QWidget* HomeVisitView::createForm()
{
    // Scrolled, so that large type (the accessibility mode) never squeezes a field.
    auto* scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("homeVisitFormPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    describe(scroll, tr("Booking form"),
             tr("The form that books a home visit; Tab goes from field to field."));
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Book a home visit</b>"), page));
    auto* box = new QGroupBox(tr("Applicant and visit"), page);
    auto* form = new QFormLayout(box);
    m_form = form;
    const auto line = [box](const QString& objectName, const QString& name,
                            const QString& description, int maxLength) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(objectName);
        edit->setMaxLength(maxLength);
        describe(edit, name, description);
        return edit;
    };
    m_identifier =
        line(QStringLiteral("visitIdentifier"), tr("Resident ID number"),
             tr("The applicant's 18-character resident ID; the age is read from it."), 18);
    form->addRow(tr("Resident &ID:"), m_identifier);
    form->addRow(QString(), problemLabel(QStringLiteral("identifier")));
    m_name = line(QStringLiteral("visitName"), tr("Applicant's name"),
                  tr("The applicant's name as on the ID."), 50);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), problemLabel(QStringLiteral("name")));
    m_phone = line(QStringLiteral("visitPhone"), tr("Phone"),
                   tr("A mobile or landline number to confirm the visit."), 30);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), problemLabel(QStringLiteral("phone")));
    m_address =
        line(QStringLiteral("visitAddress"), tr("Address to visit"),
             tr("District, street, building and room of the home."), HomeVisits::MaxAddressLength);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), problemLabel(QStringLiteral("address")));
    m_reason = new QComboBox(box);
    m_reason->setObjectName(QStringLiteral("visitReason"));
    for (const HomeVisit::Reason reason : HomeVisits::reasons())
        m_reason->addItem(HomeVisits::reasonText(reason), HomeVisits::reasonKey(reason));
    describe(m_reason, tr("Reason"),
             tr("Why the applicant cannot come: elderly, disabled, ill, or other (say why in "
                "the notes)."));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), problemLabel(QStringLiteral("reason")));
    m_items =
        line(QStringLiteral("visitItems"), tr("Items requested"),
             tr("Codes of the items the applicant asks for, separated by spaces or commas."), 200);
    form->addRow(tr("I&tems:"), m_items);
    m_itemNames = new QLabel(box);
    m_itemNames->setObjectName(QStringLiteral("visitItemNames"));
    m_itemNames->setWordWrap(true);
    describe(m_itemNames, tr("Items found"), tr("The names of the item codes entered."));
    form->addRow(QString(), m_itemNames);
    form->addRow(QString(), problemLabel(QStringLiteral("items")));
    connect(m_items, &QLineEdit::textChanged, this, &HomeVisitView::updateItemNames);
    m_date = new QDateEdit(m_today.addDays(1), box);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    describe(m_date, tr("Day of the visit"), tr("Today or up to 90 days ahead."));
    form->addRow(tr("&Day:"), m_date);
    form->addRow(QString(), problemLabel(QStringLiteral("date")));
    auto* slot = new QHBoxLayout();
    m_slotStart = new QTimeEdit(QTime(9, 0), box);
    m_slotStart->setObjectName(QStringLiteral("visitSlotStart"));
    m_slotStart->setDisplayFormat(QStringLiteral("HH:mm"));
    describe(m_slotStart, tr("From (time)"), tr("When the visit starts, 08:00 or later."));
    m_slotEnd = new QTimeEdit(QTime(11, 0), box);
    m_slotEnd->setObjectName(QStringLiteral("visitSlotEnd"));
    m_slotEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    describe(m_slotEnd, tr("Until (time)"), tr("When the visit ends, 20:00 at the latest."));
    slot->addWidget(m_slotStart);
    slot->addWidget(new QLabel(QStringLiteral("–"), box));
    slot->addWidget(m_slotEnd);
    slot->addStretch(1);
    auto* slotLabel = new QLabel(tr("Ti&me:"), box);
    slotLabel->setBuddy(m_slotStart);
    form->addRow(slotLabel, slot);
    form->addRow(QString(), problemLabel(QStringLiteral("slot")));
    m_staff = line(QStringLiteral("visitStaff"), tr("Staff making the visit"),
                   tr("The user name of who goes to the home."), 32);
    form->addRow(tr("&Staff:"), m_staff);
    form->addRow(QString(), problemLabel(QStringLiteral("staff")));
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("visitNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(64); // two lines at least, in large type too
    m_notes->setMaximumHeight(120);
    describe(m_notes, tr("Notes"),
             tr("Anything the visitor must know: floor, lift, who opens the door."));
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), problemLabel(QStringLiteral("notes")));
    layout->addWidget(box);

    auto* buttons = new QHBoxLayout();
    m_save = new QPushButton(tr("Sa&ve the booking"), page);
    m_save->setObjectName(QStringLiteral("visitSave"));
    describe(m_save, tr("Save the booking"), tr("Checks every field and stores the appointment."));
    m_back = new QPushButton(tr("&Back to the list"), page);
    m_back->setObjectName(QStringLiteral("visitBack"));
    describe(m_back, tr("Back to the list"),
             tr("Leaves the form without booking (Esc does the same)."));
    buttons->addWidget(m_save);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { book(); });
    connect(m_back, &QPushButton::clicked, this, &HomeVisitView::showList);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), page);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setWhatsThis(tr("Leave the booking form"));
    connect(escape, &QShortcut::activated, this, &HomeVisitView::showList);

    m_formMessage = new QLabel(page);
    m_formMessage->setObjectName(QStringLiteral("visitFormMessage"));
    m_formMessage->setWordWrap(true);
    describe(m_formMessage, tr("Booking message"), tr("Why the booking was not stored."));
    layout->addWidget(m_formMessage);
    layout->addStretch(1);

    // A field edited after a refused booking loses its message at once.
    for (const auto& [field, edit] :
         {std::pair{QStringLiteral("identifier"), m_identifier},
          std::pair{QStringLiteral("name"), m_name}, std::pair{QStringLiteral("phone"), m_phone},
          std::pair{QStringLiteral("address"), m_address},
          std::pair{QStringLiteral("items"), m_items}, std::pair{QStringLiteral("staff"), m_staff}})
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] { hideProblem(field); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { hideProblem(QStringLiteral("notes")); });
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        hideProblem(QStringLiteral("reason"));
        hideProblem(QStringLiteral("notes"));
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { hideProblem(QStringLiteral("date")); });
    for (QTimeEdit* time : {m_slotStart, m_slotEnd})
        connect(time, &QTimeEdit::timeChanged, this,
                [this] { hideProblem(QStringLiteral("slot")); });
    for (QLabel* label : std::as_const(m_problemLabels))
        showProblemRow(label, false);
    scroll->setWidget(page);
    return scroll;
}

void HomeVisitView::showProblemRow(QLabel* label, bool shown)
{
    // The row goes with its message, so a form without problems has no gaps.
    label->setVisible(shown);
    if (m_form) {
        m_form->setRowVisible(label, shown);
        m_form->invalidate(); // word-wrapped rows keep their height otherwise
    }
}

void HomeVisitView::hideProblem(const QString& field)
{
    if (QLabel* label = m_problemLabels.value(field))
        showProblemRow(label, false);
    for (const QLabel* label : std::as_const(m_problemLabels))
        if (!label->isHidden())
            return;
    m_formMessage->clear();
}

void HomeVisitView::refresh()
{
    const QString keep = selectedId();
    m_model->removeRows(0, m_model->rowCount());
    m_shown.clear();
    const auto listed =
        m_visits.list(m_session(), m_from->date(), m_to->date(), m_state->currentData().toString());
    if (!listed) {
        m_summary->setText(listed.error());
        updateButtons();
        return;
    }
    m_shown = listed.value();
    int selectRow = m_shown.isEmpty() ? -1 : 0;
    for (const HomeVisit& v : std::as_const(m_shown)) {
        QStringList items;
        for (const QString& code : v.itemCodes) {
            const Item* item = m_catalog.item(code);
            const SubItem* sub = item ? nullptr : m_catalog.subItem(code);
            items.append(item  ? QStringLiteral("%1 %2").arg(code, item->name)
                         : sub ? QStringLiteral("%1 %2").arg(code, sub->name)
                               : code);
        }
        QList<QStandardItem*> row;
        row << new QStandardItem(v.date.toString(Qt::ISODate))
            << new QStandardItem(HomeVisits::slotText(v))
            << new QStandardItem(HomeVisits::stateText(v.state))
            << new QStandardItem(
                   QStringLiteral("%1 %2").arg(PersonalData::maskName(v.applicantName),
                                               PersonalData::maskIdNumber(v.applicantIdentifier)))
            << new QStandardItem(PersonalData::maskPhone(v.phone)) << new QStandardItem(v.address)
            << new QStandardItem(HomeVisits::reasonText(v.reason))
            << new QStandardItem(items.join(QStringLiteral("、"))) << new QStandardItem(v.staff)
            << new QStandardItem(v.caseNumber)
            << new QStandardItem(QString(v.notes).replace(u'\n', QStringLiteral(" · ")));
        if (v.id == keep)
            selectRow = m_model->rowCount();
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n home visit(s) listed.", nullptr, int(m_shown.size())));
    if (selectRow >= 0)
        m_table->setCurrentIndex(m_model->index(selectRow, 0));
    updateButtons();
}

QString HomeVisitView::selectedId() const
{
    const int row = m_table->currentIndex().row();
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).id : QString();
}

void HomeVisitView::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const bool booked =
        row >= 0 && row < m_shown.size() && m_shown.at(row).state == HomeVisit::State::Booked;
    m_takeCase->setEnabled(booked);
    m_cancel->setEnabled(booked);
    m_cancelReason->setEnabled(booked);
}

void HomeVisitView::showList()
{
    m_pages->setCurrentIndex(0);
    setFocusProxy(m_table);
    m_table->setFocus();
}

void HomeVisitView::showBookingForm()
{
    clearForm();
    m_pages->setCurrentIndex(1);
    setFocusProxy(m_identifier);
    m_identifier->setFocus();
}

bool HomeVisitView::isBookingFormShown() const
{
    return m_pages->currentIndex() == 1;
}

void HomeVisitView::clearForm()
{
    for (QLineEdit* edit : {m_identifier, m_name, m_phone, m_address, m_items})
        edit->clear();
    m_staff->setText(m_session().user.name);
    m_reason->setCurrentIndex(0);
    m_date->setDate(m_today.addDays(1));
    m_slotStart->setTime(QTime(9, 0));
    m_slotEnd->setTime(QTime(11, 0));
    m_notes->clear();
    m_formMessage->clear();
    showProblems({});
}

HomeVisit HomeVisitView::readForm() const
{
    HomeVisit v;
    v.applicantIdentifier = m_identifier->text();
    v.applicantName = m_name->text();
    v.phone = m_phone->text();
    v.address = m_address->text();
    v.reason = HomeVisits::reasonFromKey(m_reason->currentData().toString())
                   .value_or(HomeVisit::Reason::Other);
    v.itemCodes = m_items->text().toUpper().split(
        QRegularExpression(QStringLiteral("[\\s,，、;；]+")), Qt::SkipEmptyParts);
    v.date = m_date->date();
    v.slotStart = m_slotStart->time();
    v.slotEnd = m_slotEnd->time();
    v.staff = m_staff->text();
    v.notes = m_notes->toPlainText();
    return v;
}

void HomeVisitView::updateItemNames()
{
    QStringList names;
    for (const QString& code : readForm().itemCodes) {
        if (const Item* item = m_catalog.item(code))
            names.append(QStringLiteral("%1 %2").arg(code, item->name));
        else if (const SubItem* sub = m_catalog.subItem(code))
            names.append(QStringLiteral("%1 %2").arg(code, sub->name));
        else
            names.append(tr("%1: not in the catalog").arg(code));
    }
    m_itemNames->setText(names.join(QStringLiteral("\n")));
}

void HomeVisitView::showProblems(const QList<HomeVisitProblem>& problems)
{
    for (QLabel* label : std::as_const(m_problemLabels))
        showProblemRow(label, false);
    QStringList all;
    for (const HomeVisitProblem& problem : problems) {
        all.append(problem.message);
        QLabel* label = m_problemLabels.value(problem.field);
        if (!label)
            continue;
        label->setText(!label->isHidden() ? label->text() + u'\n' + problem.message
                                          : problem.message);
        showProblemRow(label, true);
    }
    if (!problems.isEmpty())
        m_formMessage->setText(tr("The booking is not stored: %n field(s) to correct.", nullptr,
                                  int(problems.size())));
}

QString HomeVisitView::fieldMessage(const QString& field) const
{
    const QLabel* label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool HomeVisitView::book()
{
    HomeVisit visit = readForm();
    QList<HomeVisitProblem> problems = HomeVisits::check(visit, m_today);
    for (const QString& code : std::as_const(visit.itemCodes))
        if (!m_catalog.item(code) && !m_catalog.subItem(code))
            problems.append(
                {QStringLiteral("items"), tr("The item code %1 is not in the catalog.").arg(code)});
    if (!problems.isEmpty()) {
        showProblems(problems);
        // The first wrong field gets the focus, so the helper hears what to correct.
        const QHash<QString, QWidget*> fields{
            {QStringLiteral("identifier"), m_identifier}, {QStringLiteral("name"), m_name},
            {QStringLiteral("phone"), m_phone},           {QStringLiteral("address"), m_address},
            {QStringLiteral("items"), m_items},           {QStringLiteral("date"), m_date},
            {QStringLiteral("slot"), m_slotStart},        {QStringLiteral("staff"), m_staff},
            {QStringLiteral("notes"), m_notes},           {QStringLiteral("reason"), m_reason}};
        if (QWidget* first = fields.value(problems.first().field))
            first->setFocus();
        return false;
    }
    showProblems({});
    const Result<HomeVisit> booked = m_visits.book(m_session(), visit);
    if (!booked) {
        // What only the database knows (the staff's account): shown under the field too.
        QList<HomeVisitProblem> stored;
        for (const QString& line : booked.error().split(u'\n'))
            stored.append({line.contains(visit.staff) && !visit.staff.isEmpty()
                               ? QStringLiteral("staff")
                               : QString(),
                           line});
        showProblems(stored);
        m_formMessage->setText(booked.error());
        return false;
    }
    if (booked.value().date < m_from->date())
        m_from->setDate(booked.value().date);
    if (booked.value().date > m_to->date())
        m_to->setDate(booked.value().date);
    m_state->setCurrentIndex(1);
    refresh();
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).id == booked.value().id)
            m_table->setCurrentIndex(m_model->index(row, 0));
    m_message->setText(tr("Home visit booked for %1 %2 (%3).")
                           .arg(booked.value().date.toString(Qt::ISODate),
                                HomeVisits::slotText(booked.value()),
                                PersonalData::maskName(booked.value().applicantName)));
    showList();
    return true;
}

void HomeVisitView::takeCaseFromSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_message->setText(tr("Select a visit first."));
        return;
    }
    const Result<HomeVisit> opened = m_visits.open(m_session(), id); // audited
    if (!opened) {
        m_message->setText(opened.error());
        return;
    }
    if (opened.value().state != HomeVisit::State::Booked) {
        m_message->setText(tr("This visit is %1: its case is not taken again.")
                               .arg(HomeVisits::stateText(opened.value().state)));
        return;
    }
    emit intakeRequested(opened.value());
}

bool HomeVisitView::cancelSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_message->setText(tr("Select a visit first."));
        return false;
    }
    if (m_cancelReason->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter the reason for cancelling beside the button."));
        m_cancelReason->setFocus();
        return false;
    }
    const Result<HomeVisit> cancelled = m_visits.cancel(m_session(), id, m_cancelReason->text());
    if (!cancelled) {
        m_message->setText(cancelled.error());
        return false;
    }
    m_cancelReason->clear();
    m_message->setText(tr("The visit of %1 is cancelled.")
                           .arg(PersonalData::maskName(cancelled.value().applicantName)));
    refresh();
    m_table->setFocus();
    return true;
}

} // namespace ow
