#include "sync/SyncConflictsView.h"

#include "access/AccountService.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

QString tableName(const QString& table)
{
    // The synced tables in words a supervisor knows; others by their name.
    if (table == QLatin1String("applicant"))
        return SyncConflictsView::tr("Applicant");
    if (table == QLatin1String("case_file"))
        return SyncConflictsView::tr("Case");
    if (table == QLatin1String("case_item"))
        return SyncConflictsView::tr("Case item");
    if (table == QLatin1String("case_material"))
        return SyncConflictsView::tr("Case material");
    if (table == QLatin1String("rectification"))
        return SyncConflictsView::tr("Rectification");
    if (table == QLatin1String("evaluation"))
        return SyncConflictsView::tr("Rating");
    return table;
}

// The columns a supervisor meets most, in words; any other by its column name.
QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("identifier"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "ID number")},
        {QStringLiteral("applicant_identifier"),
         QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Applicant's ID number")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Address")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Kind")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Status")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Due date")},
        {QStringLiteral("agent_name"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Agent")},
        {QStringLiteral("agent_phone"),
         QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Agent's phone")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("ow::SyncConflictsView", "Changed at")},
    };
    const auto found = labels.constFind(field);
    return found == labels.cend()
               ? field
               : SyncConflictsView::tr("%1 (%2)").arg(
                     QCoreApplication::translate("ow::SyncConflictsView", found.value()), field);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

SyncConflictsView::SyncConflictsView(SyncConflicts& conflicts, AccountService& accounts,
                                     const Clock& clock, std::function<Session()> session,
                                     QWidget* parent)
    : QWidget(parent), m_conflicts(conflicts), m_accounts(accounts), m_clock(clock),
      m_session(std::move(session)),
      m_showReviewed(new QCheckBox(tr("Show &reviewed ones too"), this)),
      m_list(new QTableWidget(0, 5, this)), m_heading(new QLabel(this)),
      m_fields(new QTableWidget(0, 3, this)), m_reviewState(new QLabel(this)),
      m_unmask(new QPushButton(tr("Show &unmasked (recorded)"), this)),
      m_note(new QPlainTextEdit(this)), m_review(new QPushButton(tr("&Mark reviewed"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("syncConflictsView"));
    setAccessibleName(tr("Sync conflicts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Edits made at two windows to the same record: the central store "
                                "kept the version that arrived first; the other one is shown "
                                "beside it. Check them and mark each one reviewed with a note."),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("What this screen shows"));
    layout->addWidget(intro);
    m_showReviewed->setObjectName(QStringLiteral("syncConflictsShowReviewed"));
    m_showReviewed->setAccessibleName(tr("Show reviewed conflicts too"));
    layout->addWidget(m_showReviewed);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setAccessibleName(tr("Conflicts and the chosen one's versions"));
    m_list->setObjectName(QStringLiteral("syncConflictsList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setHorizontalHeaderLabels(
        {tr("When"), tr("Table"), tr("Record"), tr("Lost at workstation"), tr("Reviewed")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_list);

    auto* detail = new QWidget(splitter);
    detail->setAccessibleName(tr("The chosen conflict"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("syncConflictHeading"));
    m_heading->setAccessibleName(tr("Chosen conflict"));
    m_heading->setWordWrap(true);
    detailLayout->addWidget(m_heading);
    m_fields->setObjectName(QStringLiteral("syncConflictFields"));
    m_fields->setAccessibleName(tr("Both versions, field by field"));
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Kept by the central store"), tr("Lost (arrived later)")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setTabKeyNavigation(false);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    detailLayout->addWidget(m_fields, 1);
    m_reviewState->setObjectName(QStringLiteral("syncConflictReviewState"));
    m_reviewState->setAccessibleName(tr("Review"));
    m_reviewState->setWordWrap(true);
    detailLayout->addWidget(m_reviewState);
    auto* noteLabel = new QLabel(tr("&Note on the review:"), detail);
    noteLabel->setBuddy(m_note);
    detailLayout->addWidget(noteLabel);
    m_note->setObjectName(QStringLiteral("syncConflictNote"));
    m_note->setAccessibleName(tr("Note on the review"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    detailLayout->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    m_unmask->setObjectName(QStringLiteral("syncConflictUnmask"));
    m_unmask->setAccessibleName(tr("Show the personal data unmasked; the look is recorded"));
    m_review->setObjectName(QStringLiteral("syncConflictReview"));
    m_review->setAccessibleName(tr("Mark the conflict reviewed with the note"));
    buttons->addWidget(m_unmask);
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    detailLayout->addLayout(buttons);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_message->setObjectName(QStringLiteral("syncConflictMessage"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_showReviewed, &QCheckBox::toggled, this, &SyncConflictsView::refresh);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        m_unmasked = false;
        showCurrent();
    });
    connect(m_unmask, &QPushButton::clicked, this, &SyncConflictsView::unmask);
    connect(m_review, &QPushButton::clicked, this, &SyncConflictsView::markReviewed);
    setFocusProxy(m_list);
    refresh();
}

const SyncConflict* SyncConflictsView::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rows.size() || m_list->selectedItems().isEmpty())
        return nullptr;
    return &m_rows.at(row);
}

void SyncConflictsView::refresh()
{
    const QString keep = current() ? current()->id : QString();
    const Result<QList<SyncConflict>> loaded = m_conflicts.list(m_showReviewed->isChecked());
    if (!loaded) {
        say(loaded.error(), true);
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_rows = loaded.value();
    m_list->setRowCount(int(m_rows.size()));
    int select = m_rows.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const SyncConflict& c = m_rows.at(row);
        if (c.id == keep)
            select = row;
        m_list->setItem(row, 0,
                        cell(c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_list->setItem(row, 1, cell(tableName(c.table)));
        m_list->setItem(row, 2, cell(SyncConflicts::masked(QStringLiteral("row_key"), c.rowKey)));
        m_list->setItem(row, 3, cell(c.lostClient.left(8)));
        m_list->setItem(
            row, 4,
            cell(c.reviewed()
                     ? tr("%1, %2").arg(c.reviewedBy, c.reviewedAt.toLocalTime().toString(
                                                          QStringLiteral("yyyy-MM-dd HH:mm")))
                     : tr("not yet")));
    }
    m_list->resizeColumnsToContents();
    if (select >= 0)
        m_list->selectRow(select);
    else
        m_list->clearSelection();
    m_unmasked = false;
    showCurrent();
    if (m_rows.isEmpty())
        say(m_showReviewed->isChecked() ? tr("There are no sync conflicts.")
                                        : tr("No sync conflict waits for a review."),
            false);
}

void SyncConflictsView::showCurrent()
{
    const SyncConflict* c = current();
    m_fields->setRowCount(0);
    m_unmask->setEnabled(false);
    m_review->setEnabled(false);
    m_note->setEnabled(false);
    if (!c) {
        m_heading->setText(tr("Choose a conflict in the list."));
        m_reviewState->clear();
        return;
    }
    m_heading->setText(tr("%1 %2, decided %3")
                           .arg(tableName(c->table),
                                m_unmasked
                                    ? c->rowKey
                                    : SyncConflicts::masked(QStringLiteral("row_key"), c->rowKey),
                                c->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QList<SyncConflicts::Field> fields = SyncConflicts::fields(*c);
    m_fields->setRowCount(int(fields.size()));
    bool personal = false;
    for (int row = 0; row < fields.size(); ++row) {
        const SyncConflicts::Field& f = fields.at(row);
        const auto shown = [&](const QString& value, bool present) {
            if (!present)
                return tr("(absent)");
            personal = personal || SyncConflicts::isPersonal(f.name, value);
            return m_unmasked ? value : SyncConflicts::masked(f.name, value);
        };
        QTableWidgetItem* name =
            cell(f.differs ? tr("%1 — differs").arg(fieldLabel(f.name)) : fieldLabel(f.name));
        QTableWidgetItem* kept = cell(shown(f.kept, f.keptPresent));
        QTableWidgetItem* lost = cell(shown(f.lost, f.lostPresent));
        if (f.differs) {
            for (QTableWidgetItem* item : {name, kept, lost}) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(0xff, 0xf0, 0xc0));
                item->setForeground(Qt::black);
            }
        }
        m_fields->setItem(row, 0, name);
        m_fields->setItem(row, 1, kept);
        m_fields->setItem(row, 2, lost);
    }
    const Session session = m_session();
    m_unmask->setEnabled(personal && !m_unmasked &&
                         AccessPolicy::allows(session.user.role, Action::ViewFullIdNumber));
    if (c->reviewed()) {
        m_reviewState->setText(
            tr("Reviewed by %1 on %2: %3")
                .arg(c->reviewedBy,
                     c->reviewedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     c->note));
    } else {
        m_reviewState->setText(tr("Not reviewed yet."));
        m_review->setEnabled(true);
        m_note->setEnabled(true);
    }
}

void SyncConflictsView::unmask()
{
    const SyncConflict* c = current();
    if (!c)
        return;
    const Session session = m_session();
    if (const Status allowed = m_accounts.require(session, Action::ViewFullIdNumber); !allowed) {
        say(allowed.error(), true);
        return;
    }
    if (const Status logged =
            m_accounts.audit(session, QStringLiteral("sync_conflict_unmasked"), c->id, c->table);
        !logged) {
        say(logged.error(), true); // no record, no look
        return;
    }
    m_unmasked = true;
    showCurrent();
    say(tr("The personal data is shown in full; the look was recorded in the audit log."), false);
}

void SyncConflictsView::markReviewed()
{
    const SyncConflict* c = current();
    if (!c)
        return;
    const Session session = m_session();
    if (const Status allowed = m_accounts.require(session, Action::ReviewSyncConflicts); !allowed) {
        say(allowed.error(), true);
        return;
    }
    AuditLog audit = m_accounts.auditLog();
    const QString id = c->id;
    if (const Status done = m_conflicts.markReviewed(id, m_note->toPlainText(), session.user.name,
                                                     m_clock.now(), audit);
        !done) {
        say(done.error(), true);
        m_note->setFocus();
        return;
    }
    m_note->clear();
    refresh();
    say(tr("Conflict marked reviewed."), false);
}

void SyncConflictsView::say(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a00000;") : QString());
}

} // namespace ow
