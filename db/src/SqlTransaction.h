#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ow {

// A transaction that rolls back unless committed: every business write and what belongs with it
// (outbox rows, audit rows) goes through one of these.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    bool begin();
    bool commit();
    const QString& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
};

} // namespace ow
