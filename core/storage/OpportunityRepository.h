#pragma once

#include "domain/Opportunity.h"
#include "storage/Repository.h"

class OpportunityRepository : public Repository<Opportunity>
{
public:
    explicit OpportunityRepository(Database &database);
    static const TableMapping<Opportunity> &mapping();
};
