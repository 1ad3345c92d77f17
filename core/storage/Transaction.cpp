#include "storage/Transaction.h"

#include "storage/Database.h"

Transaction::Transaction(Database &database) : m_database(database), m_began(database.beginTransaction()) {}

Transaction::~Transaction()
{
    if (m_began.ok() && !m_finished)
        m_database.rollbackTransaction();
}

Result<void> Transaction::commit()
{
    if (!m_began.ok())
        return m_began.error();
    m_finished = true;
    Result<void> committed = m_database.commitTransaction();
    if (!committed.ok())
        m_database.rollbackTransaction();
    return committed;
}
