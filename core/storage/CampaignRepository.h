#pragma once

#include "domain/Campaign.h"
#include "storage/Repository.h"

class CampaignRepository : public Repository<Campaign>
{
public:
    explicit CampaignRepository(Database &database);
    static const TableMapping<Campaign> &mapping();
};
