#include "access/SetupDialog.h"

#include "access/AccountService.h"
#include "security/PasswordPolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow {

SetupDialog::SetupDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("First start — set up this workstation"));
    setAccessibleName(tr("First start"));
    setMinimumWidth(520); // room for the examples in the fields
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This database is new. Enter the hall this workstation belongs to, "
                                "its window number, and the administrator account. There is no "
                                "default password."),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Explanation"));
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    layout->addLayout(form);
    const auto addRow = [&](const QString& label, QWidget* field) { form->addRow(label, field); };
    m_centerCode = addLine(tr("Center code"), QStringLiteral("setupCenterCode"),
                           tr("e.g. XC01: capital letters and digits"));
    addRow(tr("&Center code:"), m_centerCode);
    m_centerName = addLine(tr("Center name"), QStringLiteral("setupCenterName"),
                           tr("e.g. 薛城区政务服务中心"));
    addRow(tr("Center &name:"), m_centerName);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("setupWindow"));
    m_window->setAccessibleName(tr("Window number"));
    m_window->setRange(1, 999);
    addRow(tr("&Window number:"), m_window);
    m_adminName = addLine(tr("Administrator user name"), QStringLiteral("setupAdminName"),
                          tr("e.g. admin.wang"));
    addRow(tr("&Administrator:"), m_adminName);
    m_adminDisplay = addLine(tr("Administrator display name"), QStringLiteral("setupAdminDisplay"),
                             tr("e.g. 王伟"));
    addRow(tr("&Display name:"), m_adminDisplay);
    m_password = addLine(tr("Password"), QStringLiteral("setupPassword"),
                         QString()); // the rules stand below
    m_password->setEchoMode(QLineEdit::Password);
    addRow(tr("&Password:"), m_password);
    m_repeat = addLine(tr("Repeat password"), QStringLiteral("setupRepeat"), QString());
    m_repeat->setEchoMode(QLineEdit::Password);
    addRow(tr("&Repeat:"), m_repeat);
    auto* policy = new QLabel(PasswordPolicy::describe(), this);
    policy->setWordWrap(true);
    policy->setAccessibleName(tr("Password rules"));
    layout->addWidget(policy);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setAccessibleName(tr("Setup message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set up"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setupButton"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Set up"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::trySetUp);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit* SetupDialog::addLine(const QString& label, const QString& objectName,
                                const QString& hint)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setAccessibleName(label);
    line->setPlaceholderText(hint);
    line->setMaxLength(128);
    return line;
}

QString SetupDialog::adminName() const
{
    return m_adminName->text().trimmed();
}

void SetupDialog::trySetUp()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const HallSetup hall{m_centerCode->text().trimmed().toUpper(), m_centerName->text().trimmed(),
                         m_window->value(), 5};
    const QString display =
        m_adminDisplay->text().trimmed().isEmpty() ? adminName() : m_adminDisplay->text().trimmed();
    const Status status = m_accounts.setUpHall(hall, adminName(), display, m_password->text());
    if (!status) {
        m_message->setText(status.error());
        return;
    }
    m_password->clear();
    m_repeat->clear();
    accept();
}

} // namespace ow
