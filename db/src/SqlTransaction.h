#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ow {

// A transaction that rolls back unless committed: every business write and what belongs with it
// (outbox rows, audit rows) goes through one of these. Inside a caller's transaction it joins
// it: begin and commit do nothing, and a failure reaches the caller, whose transaction rolls back.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool begin();
    // BEGIN IMMEDIATE: takes the write lock at once, so two processes appending to the same
    // sequence (the audit log) queue up instead of failing half-way.
    bool beginImmediate();
    bool commit();
    const QString& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
    bool m_immediate = false;
    bool m_joined = false;
};

} // namespace ow
