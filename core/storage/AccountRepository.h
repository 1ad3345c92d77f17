#pragma once

#include "domain/Account.h"
#include "storage/Repository.h"

class AccountRepository : public Repository<Account>
{
public:
    explicit AccountRepository(Database &database);
    static const TableMapping<Account> &mapping();
};
