#pragma once

#include "domain/Opportunity.h"
#include "storage/Repository.h"

// Deals: the mapping of every field, plus the folded search text of the deal's name and its account's.
class OpportunityRepository : public Repository<Opportunity>
{
public:
    explicit OpportunityRepository(Database &database);
    static const TableMapping<Opportunity> &mapping();

    // What a deal is found by: the words of its name and of its account's name (left out when the
    // deal's name already spells it, as "Gói bảo trì – Công ty TNHH Minh Phát" does).
    static QString searchTextOf(const QString &name, const QString &accountName);
    // The name of the account, or empty (no account, or none with that id).
    static QString accountName(Database &database, std::optional<qint64> accountId);
    // After an account was renamed: its deals' search texts say the new name. Not a change of the
    // deals themselves (no new version, no change_log entry), like any derived column.
    Result<void> refreshSearchTexts(qint64 accountId);
};
