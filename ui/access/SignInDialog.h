#pragma once

#include "access/Session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class AccountService;

// 登录: user name and password. Stays open with the reason on a failure (wrong password,
// locked account), closes with the session on success.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AccountService& accounts, const QString& hallText, QWidget* parent = nullptr);
    // Built before the database is open (onewindow builds it while a worker thread opens the
    // database): signing in is refused until setAccounts() gives it the accounts.
    explicit SignInDialog(QWidget* parent = nullptr);

    void setAccounts(AccountService& accounts);
    void setHallText(const QString& text);

    void setUserName(const QString& name);
    const std::optional<Session>& session() const { return m_session; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

private:
    void trySignIn();

    AccountService* m_accounts = nullptr;
    QLabel* m_hall;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_signIn;
    std::optional<Session> m_session;
};

} // namespace ow
