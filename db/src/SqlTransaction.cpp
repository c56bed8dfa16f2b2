#include "SqlTransaction.h"

#include <QSqlError>

namespace ow {

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        m_db.rollback();
}

bool SqlTransaction::begin()
{
    m_open = m_db.transaction();
    if (!m_open)
        m_error = m_db.lastError().text();
    return m_open;
}

bool SqlTransaction::commit()
{
    if (!m_open)
        return false;
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace ow
