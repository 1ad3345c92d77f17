#include "services/OpportunityService.h"

#include "services/FieldRules.h"
#include "services/References.h"
#include "storage/AccountRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/StageRepository.h"
#include "storage/UserRepository.h"

OpportunityService::OpportunityService(Database &database) : RecordService(database) {}

Result<void> OpportunityService::normalize(Opportunity &opportunity) const
{
    FieldRules::clean({&opportunity.lostReasonNote, &opportunity.notes});
    if (Result<void> ok = FieldRules::assign(
            opportunity.name, FieldRules::requiredText(opportunity.name, QStringLiteral("name"),
                                                       tr("The opportunity needs a name.")));
        !ok.ok())
        return ok;
    if (opportunity.amount < 0)
        return Error::invalid(QStringLiteral("amount"), tr("The amount cannot be negative."));
    if (opportunity.probability < 0 || opportunity.probability > 100)
        return Error::invalid(QStringLiteral("probability"),
                              tr("The probability must be between 0 and 100."));

    if (opportunity.pipelineId <= 0)
        return Error::invalid(QStringLiteral("pipeline_id"), tr("Choose the pipeline of the opportunity."));
    Result<Pipeline> pipeline = PipelineRepository(database()).get(opportunity.pipelineId);
    if (!pipeline.ok())
        return References::asInputError(pipeline.error(), QStringLiteral("pipeline_id"));
    if (opportunity.stageId <= 0)
        return Error::invalid(QStringLiteral("stage_id"), tr("Choose the stage of the opportunity."));
    Result<Stage> stage = StageRepository(database()).get(opportunity.stageId);
    if (!stage.ok())
        return References::asInputError(stage.error(), QStringLiteral("stage_id"));
    if (stage->pipelineId != opportunity.pipelineId) {
        return Error::invalid(
            QStringLiteral("stage_id"),
            tr("The stage “%1” is not a stage of the pipeline “%2”.").arg(stage->name, pipeline->name));
    }

    return FieldRules::firstError({References::mustExist(AccountRepository(database()).table(),
                                                         opportunity.accountId, QStringLiteral("account_id")),
                                   References::mustExist(ContactRepository(database()).table(),
                                                         opportunity.contactId, QStringLiteral("contact_id")),
                                   References::mustExist(LeadRepository(database()).table(),
                                                         opportunity.leadId, QStringLiteral("lead_id")),
                                   References::mustExist(UserRepository(database()).table(),
                                                         opportunity.ownerId, QStringLiteral("owner_id"))});
}

Result<void> OpportunityService::prepareCreate(Opportunity &opportunity)
{
    if (opportunity.probability == 0) {
        Result<Stage> stage = StageRepository(database()).get(opportunity.stageId);
        if (!stage.ok())
            return stage.error();
        opportunity.probability = stage->probability;
    }
    opportunity.stageEnteredAt = QDateTime::currentDateTimeUtc();
    return {};
}

Result<void> OpportunityService::prepareUpdate(Opportunity &opportunity, const Opportunity &stored)
{
    // The time in stage drives "rotting" deals: only a real stage change restarts it, and an editor
    // holding an old value cannot set it back.
    opportunity.stageEnteredAt =
        opportunity.stageId != stored.stageId ? QDateTime::currentDateTimeUtc() : stored.stageEnteredAt;
    return {};
}
