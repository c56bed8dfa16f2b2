#pragma once

#include "access/Session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace ow {

class AccountService;

// 登录: user name and password. Stays open with the reason on a failure (wrong password,
// locked account), closes with the session on success.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AccountService& accounts, const QString& hallText, QWidget* parent = nullptr);

    void setUserName(const QString& name);
    const std::optional<Session>& session() const { return m_session; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

private:
    void trySignIn();

    AccountService& m_accounts;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    std::optional<Session> m_session;
};

} // namespace ow
