#pragma once

#include "access/Session.h"
#include "sync/SyncConflicts.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ow {

class AccountService;
class Clock;

// Manage › Sync conflicts (supervisors and administrators, Action::ReviewSyncConflicts): the
// overlapping edits the central store decided, newest first (when, table, record); the chosen
// one's two versions side by side, field by field, the differing fields marked, personal data
// masked. "Show unmasked" needs ViewFullIdNumber and is audited; "Mark reviewed" records who,
// when and the note (sync_conflict_review and the audit log, one transaction).
class SyncConflictsView : public QWidget
{
    Q_OBJECT

public:
    SyncConflictsView(SyncConflicts& conflicts, AccountService& accounts, const Clock& clock,
                      std::function<Session()> session, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* list() const { return m_list; }
    QTableWidget* fields() const { return m_fields; }
    QPushButton* unmaskButton() const { return m_unmask; }
    QPushButton* reviewButton() const { return m_review; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* message() const { return m_message; }
    QCheckBox* showReviewed() const { return m_showReviewed; }
    // The conflict on screen, if any.
    const SyncConflict* current() const;

private:
    void showCurrent();
    void unmask();
    void markReviewed();
    void say(const QString& text, bool error);

    SyncConflicts& m_conflicts;
    AccountService& m_accounts;
    const Clock& m_clock;
    std::function<Session()> m_session;
    QList<SyncConflict> m_rows;
    bool m_unmasked = false;
    QCheckBox* m_showReviewed;
    QTableWidget* m_list;
    QLabel* m_heading;
    QTableWidget* m_fields;
    QLabel* m_reviewState;
    QPushButton* m_unmask;
    QPlainTextEdit* m_note;
    QPushButton* m_review;
    QLabel* m_message;
};

} // namespace ow
