#include "access/LockScreen.h"

#include "accessibility/Descriptions.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_password(new QLineEdit(this)), m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_switchUser(new QPushButton(tr("S&witch user…"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Screen locked"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* box = new QVBoxLayout();
    outer->addLayout(box);
    outer->addStretch(2);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setAccessibleName(tr("Locked by"));
    box->addWidget(m_title);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setAccessibleName(tr("Lock message"));
    box->addWidget(m_message);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setAccessibleName(tr("Password to unlock"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_password->setMinimumWidth(260);
    row->addWidget(m_password);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    row->addWidget(m_unlock);
    m_switchUser->setObjectName(QStringLiteral("lockSwitchUser"));
    m_switchUser->setAccessibleName(tr("Switch user"));
    row->addWidget(m_switchUser);
    row->addStretch(1);
    box->addLayout(row);
    // Screen readers: what each control does, read after its name.
    describeControls(
        this,
        {
            {"lockScreen",
             {},
             tr("The screen is locked and personal data hidden until the password is entered.")},
            {"lockPassword",
             {},
             tr("The password of the user who locked the screen; Enter unlocks.")},
            {"lockUnlock", {}, tr("Unlocks the screen with the password entered.")},
            {"lockSwitchUser", {}, tr("Signs another user in at this window.")},
        });
    const auto unlock = [this] {
        const QString password = m_password->text();
        m_password->clear();
        emit unlockRequested(password);
    };
    connect(m_unlock, &QPushButton::clicked, this, unlock);
    connect(m_password, &QLineEdit::returnPressed, this, unlock);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    setFocusProxy(m_password);
}

void LockScreen::showFor(const QString& who, const QString& reason)
{
    m_title->setText(tr("Locked — %1").arg(who));
    m_message->setText(reason);
    m_message->setStyleSheet(QString());
    m_password->clear();
}

void LockScreen::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_password->setFocus();
}

} // namespace ow
