#include "admin/AuditDialog.h"

#include "access/AccountService.h"
#include "accessibility/Descriptions.h"
#include "admin/AuditModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

AuditDialog::AuditDialog(AccountService& accounts, const Session& session, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_model(new AuditModel(this)),
      m_table(new QTableView(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_user(new QLineEdit(this)), m_action(new QComboBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    setAccessibleName(tr("Audit log"));
    resize(1000, 560);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout();
    layout->addLayout(filters);
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
    }
    m_from->setDate(today.addDays(-7));
    m_from->setAccessibleName(tr("From date"));
    m_from->setAccessibleDescription(tr("The first day of the records shown."));
    m_to->setAccessibleName(tr("To date"));
    m_to->setAccessibleDescription(tr("The last day of the records shown."));
    m_user->setAccessibleName(tr("User name filter"));
    m_user->setAccessibleDescription(tr("Only the records of this user (empty: everyone)."));
    m_user->setPlaceholderText(tr("all users"));
    m_action->setAccessibleName(tr("Action filter"));
    m_action->setAccessibleDescription(
        tr("Only the records of this action (empty: every action)."));
    m_action->addItem(tr("all actions"), QString());
    for (const char* key :
         {"sign_in", "sign_in_failed", "account_locked", "sign_out", "screen_locked",
          "access_denied", "user_added", "password_reset", "account_unlocked",
          "account_deactivated", "print", "export", "view_personal_data", "audit_exported",
          "audit_verified", "hall_set_up"})
        m_action->addItem(AuditModel::actionLabel(QLatin1String(key)), QLatin1String(key));
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    auto* show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("auditShow"));
    show->setAccessibleName(tr("Show"));
    show->setDefault(true);
    filters->addWidget(show);
    connect(show, &QPushButton::clicked, this, &AuditDialog::load);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit records"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout();
    layout->addLayout(buttons);
    auto* check = new QPushButton(tr("&Verify the chain"), this);
    check->setObjectName(QStringLiteral("auditVerify"));
    check->setAccessibleName(tr("Verify the chain"));
    connect(check, &QPushButton::clicked, this, &AuditDialog::verify);
    buttons->addWidget(check);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    exportButton->setAccessibleName(tr("Export"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                         QStringLiteral("audit.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setAccessibleName(tr("Close"));
    close->setAccessibleDescription(tr("Closes the audit log."));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(close);
    // Screen readers: what each control does, read after its name.
    describeControls(
        this, {
                  {"auditShow", {}, tr("Shows the records that match the filters.")},
                  {"auditTable",
                   {},
                   tr("One row per record: time, user, window, action, subject and detail.")},
                  {"auditVerify",
                   {},
                   tr("Checks the hash chain of the whole log for changed or missing records.")},
                  {"auditExport", {}, tr("Writes the records shown to a JSON file.")},
              });
    load();
}

AuditFilter AuditDialog::currentFilter() const
{
    return AuditFilter{m_from->date(), m_to->date(), m_user->text().trimmed(),
                       m_action->currentData().toString()};
}

void AuditDialog::setFilter(const AuditFilter& filter)
{
    m_from->setDate(filter.from.isValid() ? filter.from : QDate(2000, 1, 1));
    m_to->setDate(filter.to.isValid() ? filter.to : QDate::currentDate());
    m_user->setText(filter.userName);
    const int index = m_action->findData(filter.action);
    m_action->setCurrentIndex(index >= 0 ? index : 0);
}

bool AuditDialog::load()
{
    if (const Status allowed = m_accounts.require(m_session, Action::ViewAuditLog); !allowed) {
        m_message->setText(allowed.error());
        return false;
    }
    const auto records = m_accounts.auditLog().list(currentFilter());
    if (!records) {
        m_message->setText(records.error());
        return false;
    }
    m_model->setRecords(records.value());
    m_table->resizeColumnsToContents();
    m_message->setText(tr("%n record(s)", nullptr, int(records.value().size())));
    return true;
}

bool AuditDialog::verify()
{
    const auto verification = m_accounts.auditLog().verify();
    if (!verification) {
        m_message->setText(verification.error());
        return false;
    }
    (void)m_accounts.audit(m_session, QStringLiteral("audit_verified"), QStringLiteral("audit_log"),
                           verification.value().ok ? QStringLiteral("ok")
                                                   : verification.value().message);
    m_message->setText(
        verification.value().ok
            ? tr("The audit log is intact.")
            : tr("The audit log was tampered with: %1").arg(verification.value().message));
    m_message->setStyleSheet(verification.value().ok ? QString()
                                                     : QStringLiteral("color: #a61b1b;"));
    return verification.value().ok;
}

bool AuditDialog::exportTo(const QString& path)
{
    if (const Status allowed = m_accounts.require(m_session, Action::ExportAuditLog); !allowed) {
        m_message->setText(allowed.error());
        return false;
    }
    const QList<AuditRecord>& records = m_model->records();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AuditLog::toJson(records)) < 0 ||
        !file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    (void)m_accounts.audit(m_session, QStringLiteral("audit_exported"), QFileInfo(path).fileName(),
                           tr("%n record(s)", nullptr, int(records.size())));
    m_message->setText(tr("Exported %n record(s) to %1.", nullptr, int(records.size())).arg(path));
    return true;
}

} // namespace ow
