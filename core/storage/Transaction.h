#pragma once

#include "common/Result.h"

class Database;

// Scope guard over Database's nested transactions: rolls back unless commit() succeeded.
//   Transaction tx(db);
//   if (!tx.ok()) return tx.error();
//   ... writes ...
//   return tx.commit();
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_began.ok(); }
    const Error &error() const { return m_began.error(); }
    Result<void> commit();

private:
    Database &m_database;
    Result<void> m_began;
    bool m_finished = false;
};
