#pragma once

#include "domain/LeadStatus.h"
#include "storage/Repository.h"

class LeadStatusRepository : public Repository<LeadStatus>
{
public:
    explicit LeadStatusRepository(Database &database);
    static const TableMapping<LeadStatus> &mapping();
};
