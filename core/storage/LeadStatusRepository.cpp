#include "storage/LeadStatusRepository.h"

LeadStatusRepository::LeadStatusRepository(Database &database) : Repository<LeadStatus>(database, mapping())
{}

const TableMapping<LeadStatus> &LeadStatusRepository::mapping()
{
    static const TableMapping<LeadStatus> table = [] {
        TableMapping<LeadStatus> m{QStringLiteral("lead_status"), QStringLiteral("lead_statuses"), {}};
        m.field("name", &LeadStatus::name)
            .field("position", &LeadStatus::position)
            .field("kind", &LeadStatus::kind)
            .field("color", &LeadStatus::color);
        return m;
    }();
    return table;
}
