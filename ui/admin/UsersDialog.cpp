#include "admin/UsersDialog.h"

#include "access/AccountService.h"
#include "accessibility/Descriptions.h"
#include "admin/UsersModel.h"
#include "security/PasswordPolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

QLineEdit* passwordLine(QWidget* parent, const QString& name)
{
    auto* line = new QLineEdit(parent);
    line->setEchoMode(QLineEdit::Password);
    line->setAccessibleName(name);
    line->setMaxLength(128);
    return line;
}

// A modal form over the caller's dialog (which owns the fields, so they outlive the form): the
// fields given, OK only when the two passwords match.
bool runForm(QDialog& dialog, const QString& title, const QList<QPair<QString, QWidget*>>& rows,
             QLineEdit* password, QLineEdit* repeat)
{
    dialog.setWindowTitle(title);
    dialog.setAccessibleName(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout();
    for (const auto& [label, field] : rows)
        form->addRow(label, field);
    layout->addLayout(form);
    auto* hint = new QLabel(PasswordPolicy::describe(), &dialog);
    hint->setWordWrap(true);
    hint->setAccessibleName(UsersDialog::tr("Password rules"));
    layout->addWidget(hint);
    auto* mismatch = new QLabel(&dialog);
    mismatch->setAccessibleName(UsersDialog::tr("Form message"));
    layout->addWidget(mismatch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (password->text() != repeat->text()) {
            mismatch->setText(UsersDialog::tr("The two passwords differ."));
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

UsersDialog::UsersDialog(AccountService& accounts, const Session& session, const Clock& clock,
                         QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_session(session), m_clock(clock),
      m_model(new UsersModel(this)), m_table(new QTableView(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("User accounts"));
    setAccessibleName(tr("User accounts"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("User accounts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout();
    layout->addLayout(buttons);
    const auto button = [&](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        buttons->addWidget(b);
        return b;
    };
    connect(button(tr("&Add user…"), QStringLiteral("usersAdd")), &QPushButton::clicked, this,
            &UsersDialog::addFromForm);
    connect(button(tr("&Reset password…"), QStringLiteral("usersReset")), &QPushButton::clicked,
            this, &UsersDialog::resetFromForm);
    connect(button(tr("&Unlock"), QStringLiteral("usersUnlock")), &QPushButton::clicked, this,
            [this] { unlock(selectedName()); });
    connect(button(tr("&Deactivate"), QStringLiteral("usersDeactivate")), &QPushButton::clicked,
            this, [this] { setActive(selectedName(), false); });
    connect(button(tr("Re&activate"), QStringLiteral("usersActivate")), &QPushButton::clicked, this,
            [this] { setActive(selectedName(), true); });
    buttons->addStretch(1);
    connect(button(tr("&Close"), QStringLiteral("usersClose")), &QPushButton::clicked, this,
            &QDialog::accept);
    // Screen readers: what each control does, read after its name.
    describeControls(
        this,
        {
            {"usersTable",
             {},
             tr("The hall's user accounts with role and state; select one for the buttons below.")},
            {"usersAdd", {}, tr("Adds the user described in the form with the password given.")},
            {"usersReset", {}, tr("Sets a new password for the selected user.")},
            {"usersUnlock", {}, tr("Lifts the lock of the selected user after wrong passwords.")},
            {"usersDeactivate",
             {},
             tr("The selected user can no longer sign in; their records stay.")},
            {"usersActivate", {}, tr("The selected user can sign in again.")},
            {"usersClose", {}, tr("Closes the user accounts.")},
        });
    reload();
}

void UsersDialog::reload()
{
    const auto users = m_accounts.users(m_session);
    if (!users) {
        m_message->setText(users.error());
        return;
    }
    m_model->setUsers(users.value(), m_clock.now());
    m_table->resizeColumnsToContents();
}

QString UsersDialog::selectedName() const
{
    const UserAccount* account = m_model->user(m_table->currentIndex().row());
    return account ? account->name : QString();
}

bool UsersDialog::report(const Status& status, const QString& success)
{
    m_message->setText(status ? success : status.error());
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #a61b1b;"));
    if (status)
        reload();
    return status.ok();
}

bool UsersDialog::addUser(const UserAccount& account, const QString& password)
{
    return report(m_accounts.addUser(m_session, account, password),
                  tr("Added %1 (%2).").arg(account.name, Roles::displayName(account.role)));
}

bool UsersDialog::resetPassword(const QString& name, const QString& password)
{
    if (name.isEmpty())
        return report(Status::failure(tr("Choose a user first.")), QString());
    return report(m_accounts.resetPassword(m_session, name, password),
                  tr("New password set for %1.").arg(name));
}

bool UsersDialog::unlock(const QString& name)
{
    if (name.isEmpty())
        return report(Status::failure(tr("Choose a user first.")), QString());
    return report(m_accounts.unlock(m_session, name), tr("%1 is unlocked.").arg(name));
}

bool UsersDialog::setActive(const QString& name, bool active)
{
    if (name.isEmpty())
        return report(Status::failure(tr("Choose a user first.")), QString());
    return report(m_accounts.setActive(m_session, name, active),
                  active ? tr("%1 is active again.").arg(name)
                         : tr("%1 is deactivated.").arg(name));
}

void UsersDialog::addFromForm()
{
    QDialog form(this);
    auto* name = new QLineEdit(&form);
    name->setAccessibleName(tr("User name"));
    auto* display = new QLineEdit(&form);
    display->setAccessibleName(tr("Display name"));
    auto* role = new QComboBox(&form);
    role->setAccessibleName(tr("Role"));
    for (const Role r : Roles::all())
        role->addItem(Roles::displayName(r), Roles::key(r));
    QLineEdit* password = passwordLine(&form, tr("Password"));
    QLineEdit* repeat = passwordLine(&form, tr("Repeat password"));
    if (!runForm(form, tr("Add user"),
                 {{tr("User name:"), name},
                  {tr("Display name:"), display},
                  {tr("Role:"), role},
                  {tr("Password:"), password},
                  {tr("Repeat:"), repeat}},
                 password, repeat))
        return;
    UserAccount account;
    account.name = name->text().trimmed();
    account.displayName =
        display->text().trimmed().isEmpty() ? account.name : display->text().trimmed();
    account.role = Roles::fromKey(role->currentData().toString()).value_or(Role::Clerk);
    addUser(account, password->text());
}

void UsersDialog::resetFromForm()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        report(Status::failure(tr("Choose a user first.")), QString());
        return;
    }
    QDialog form(this);
    QLineEdit* password = passwordLine(&form, tr("New password"));
    QLineEdit* repeat = passwordLine(&form, tr("Repeat password"));
    if (runForm(form, tr("New password for %1").arg(name),
                {{tr("New password:"), password}, {tr("Repeat:"), repeat}}, password, repeat))
        resetPassword(name, password->text());
}

} // namespace ow
