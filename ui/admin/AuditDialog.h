#pragma once

#include "access/Session.h"
#include "audit/AuditLog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace ow {

class AccountService;
class AuditModel;

// 审计日志: supervisors and administrators read the log by date, user and action, check its
// hash chain and export what they filtered. Reading, checking and exporting are themselves logged.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(AccountService& accounts, const Session& session, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    QLabel* messageLabel() const { return m_message; }
    void setFilter(const AuditFilter& filter);
    bool load();
    bool verify();
    bool exportTo(const QString& path); // JSON, the shape of `owctl audit export --json`

private:
    AuditFilter currentFilter() const;

    AccountService& m_accounts;
    const Session& m_session;
    AuditModel* m_model;
    QTableView* m_table;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_user;
    QComboBox* m_action;
    QLabel* m_message;
};

} // namespace ow
