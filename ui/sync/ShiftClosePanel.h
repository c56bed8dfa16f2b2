#pragma once

#include "sync/ShiftHandover.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace ow {

// 交班 at sign-out: what the clerk leaves behind (cases not yet in the central store, receipts
// printed since the last sync, 补正 deadlines running, rectifications due, changes not yet sent),
// each as a list; nothing is hidden and nothing blocks: one button hands over and signs out
// (accepted), the other goes back to work (rejected). Opened with open(), never exec().
class ShiftClosePanel : public QDialog
{
    Q_OBJECT

public:
    // problem: why the summary could not be read (the panel says so and still signs out).
    ShiftClosePanel(const ShiftHandover& handover, const QString& problem,
                    QWidget* parent = nullptr);

    QPushButton* signOutButton() const { return m_signOut; }
    QPushButton* cancelButton() const { return m_cancel; }
    QListWidget* section(const QString& objectName) const;

private:
    void addSection(const QString& objectName, const QString& title, const QString& empty,
                    const QStringList& lines);

    QPushButton* m_signOut;
    QPushButton* m_cancel;
};

} // namespace ow
