#pragma once

#include "domain/Account.h"
#include "storage/Repository.h"

class AccountRepository : public Repository<Account>
{
public:
    explicit AccountRepository(Database &database);
    static const TableMapping<Account> &mapping();

    // Saves the account and, in the same transaction, its deals' search texts, which hold its name
    // (OpportunityRepository::searchTextOf). Hides Repository::update, so every account save does it.
    Result<Account> update(Account account);
};
