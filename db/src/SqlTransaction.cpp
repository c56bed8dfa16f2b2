#include "SqlTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow {

SqlTransaction::~SqlTransaction()
{
    if (!m_open)
        return;
    if (m_immediate)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

bool SqlTransaction::begin()
{
    if (Database::inTransaction(m_db)) {
        m_joined = true;
        return true;
    }
    m_open = m_db.transaction();
    if (!m_open)
        m_error = m_db.lastError().text();
    return m_open;
}

bool SqlTransaction::beginImmediate()
{
    if (Database::inTransaction(m_db)) {
        m_joined = true;
        return true;
    }
    QSqlQuery query(m_db);
    m_open = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_immediate = m_open;
    if (!m_open)
        m_error = query.lastError().text();
    return m_open;
}

bool SqlTransaction::commit()
{
    if (m_joined)
        return true;
    if (!m_open)
        return false;
    if (m_immediate) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            m_error = query.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace ow
