#include "storage/OpportunityRepository.h"

OpportunityRepository::OpportunityRepository(Database &database)
    : Repository<Opportunity>(database, mapping())
{}

const TableMapping<Opportunity> &OpportunityRepository::mapping()
{
    static const TableMapping<Opportunity> table = [] {
        TableMapping<Opportunity> m{QStringLiteral("opportunity"), QStringLiteral("opportunities"), {}};
        m.field("name", &Opportunity::name)
            .field("account_id", &Opportunity::accountId)
            .field("contact_id", &Opportunity::contactId)
            .field("pipeline_id", &Opportunity::pipelineId)
            .field("stage_id", &Opportunity::stageId)
            .field("position", &Opportunity::position)
            .field("amount", &Opportunity::amount)
            .field("probability", &Opportunity::probability)
            .field("expected_close_date", &Opportunity::expectedCloseDate)
            .field("stage_entered_at", &Opportunity::stageEnteredAt)
            .field("closed_at", &Opportunity::closedAt)
            .field("lost_reason_id", &Opportunity::lostReasonId)
            .field("lost_reason_note", &Opportunity::lostReasonNote)
            .field("owner_id", &Opportunity::ownerId)
            .field("source_id", &Opportunity::sourceId)
            .field("campaign_id", &Opportunity::campaignId)
            .field("lead_id", &Opportunity::leadId)
            .field("notes", &Opportunity::notes);
        return m;
    }();
    return table;
}
