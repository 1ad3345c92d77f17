#include "storage/CampaignRepository.h"

CampaignRepository::CampaignRepository(Database &database) : Repository<Campaign>(database, mapping()) {}

const TableMapping<Campaign> &CampaignRepository::mapping()
{
    static const TableMapping<Campaign> table = [] {
        TableMapping<Campaign> m{QStringLiteral("campaign"), QStringLiteral("campaigns"), {}};
        m.field("name", &Campaign::name)
            .field("source_id", &Campaign::sourceId)
            .field("start_date", &Campaign::startDate)
            .field("end_date", &Campaign::endDate)
            .field("budget", &Campaign::budget)
            .field("active", &Campaign::active)
            .field("notes", &Campaign::notes);
        return m;
    }();
    return table;
}
