#pragma once

#include "access/Session.h"
#include "common/Result.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ow {

class AccountService;
class Clock;
class UsersModel;

// 用户管理: the administrator's list of accounts: add, reset a password, unlock, deactivate.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(AccountService& accounts, const Session& session, const Clock& clock,
                QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    UsersModel* model() const { return m_model; }
    QLabel* messageLabel() const { return m_message; }
    void reload();

    // The buttons' work, without their input dialogs (tests call these directly).
    bool addUser(const UserAccount& account, const QString& password);
    bool resetPassword(const QString& name, const QString& password);
    bool unlock(const QString& name);
    bool setActive(const QString& name, bool active);

private:
    QString selectedName() const;
    void addFromForm();
    void resetFromForm();
    bool report(const Status& status, const QString& success);

    AccountService& m_accounts;
    const Session& m_session;
    const Clock& m_clock;
    UsersModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
};

} // namespace ow
