#include "access/SignInDialog.h"

#include "access/AccountService.h"
#include "accessibility/AccessibilityMode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

SignInDialog::SignInDialog(AccountService& accounts, const QString& hallText, QWidget* parent)
    : SignInDialog(parent)
{
    setAccounts(accounts);
    setHallText(hallText);
}

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent), m_hall(new QLabel(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — OneWindow"));
    setAccessibleName(tr("Sign in"));
    setAccessibleDescription(tr("Sign in to the counter with your user name and password."));
    auto* layout = new QVBoxLayout(this);
    m_hall->setObjectName(QStringLiteral("signInHall"));
    m_hall->setAccessibleName(tr("Hall and window"));
    m_hall->setAccessibleDescription(tr("The hall and window this workstation serves."));
    m_hall->setWordWrap(true);
    layout->addWidget(m_hall);

    auto* form = new QFormLayout();
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setAccessibleDescription(tr("Your sign-in name at this hall."));
    m_user->setMaxLength(32);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(
        tr("Your password; five wrong passwords lock the account for a while."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setAccessibleDescription(tr("Why the last sign-in failed."));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setAccessibleDescription(tr("Signs in with the user name and password above."));
    m_signIn->setEnabled(false); // until setAccounts()
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes the program without signing in."));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_user->setFocus();
    // The last user's accessibility mode: large type and high contrast from the first screen.
    AccessibilityMode::applyTo(this, AccessibilityMode::lastUsed());
}

void SignInDialog::setAccounts(AccountService& accounts)
{
    m_accounts = &accounts;
    m_signIn->setEnabled(true);
}

void SignInDialog::setHallText(const QString& text)
{
    m_hall->setText(text);
}

void SignInDialog::setUserName(const QString& name)
{
    m_user->setText(name);
    m_password->setFocus();
}

void SignInDialog::trySignIn()
{
    if (!m_accounts)
        return;
    const Result<Session> session =
        m_accounts->signIn(m_user->text().trimmed(), m_password->text());
    m_password->clear();
    if (!session) {
        m_message->setText(session.error());
        m_password->setFocus();
        return;
    }
    m_session = session.value();
    accept();
}

} // namespace ow
