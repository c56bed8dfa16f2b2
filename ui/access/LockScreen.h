#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

// What the window shows while locked: no personal data, only who locked it and a password box.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    void showFor(const QString& who, const QString& reason);
    void showError(const QString& message);
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* switchUserButton() const { return m_switchUser; }

signals:
    void unlockRequested(const QString& password);
    void switchUserRequested();

private:
    QLabel* m_title;
    QLabel* m_message;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_switchUser;
};

} // namespace ow
