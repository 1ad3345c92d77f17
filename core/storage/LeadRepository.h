#pragma once

#include "domain/Lead.h"
#include "storage/Repository.h"

// Leads: the mapping of every field, plus the derived search text and given-name sort key.
class LeadRepository : public Repository<Lead>
{
public:
    explicit LeadRepository(Database &database);
    static const TableMapping<Lead> &mapping();
    static QString searchTextOf(const Lead &lead);
};
