#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace ow {

class AccountService;

// 首次设置: the first start of a new database asks for the hall (center code and name), this
// workstation's window number, and the administrator account. No default password exists.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupDialog(AccountService& accounts, QWidget* parent = nullptr);

    QString adminName() const;
    QLabel* messageLabel() const { return m_message; }

private:
    QLineEdit* addLine(const QString& label, const QString& objectName, const QString& hint);
    void trySetUp();

    AccountService& m_accounts;
    QLineEdit* m_centerCode;
    QLineEdit* m_centerName;
    QSpinBox* m_window;
    QLineEdit* m_adminName;
    QLineEdit* m_adminDisplay;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace ow
