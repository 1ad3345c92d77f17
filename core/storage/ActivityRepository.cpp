#include "storage/ActivityRepository.h"

ActivityRepository::ActivityRepository(Database &database) : Repository<Activity>(database, mapping()) {}

const TableMapping<Activity> &ActivityRepository::mapping()
{
    static const TableMapping<Activity> table = [] {
        TableMapping<Activity> m{QStringLiteral("activity"), QStringLiteral("activities"), {}};
        m.field("kind", &Activity::kind)
            .field("subject", &Activity::subject)
            .field("body", &Activity::body)
            .field("outcome", &Activity::outcome)
            .field("occurred_at", &Activity::occurredAt)
            .field("duration_minutes", &Activity::durationMinutes)
            .field("lead_id", &Activity::related, &Related::leadId)
            .field("account_id", &Activity::related, &Related::accountId)
            .field("contact_id", &Activity::related, &Related::contactId)
            .field("opportunity_id", &Activity::related, &Related::opportunityId)
            .field("owner_id", &Activity::ownerId);
        return m;
    }();
    return table;
}
