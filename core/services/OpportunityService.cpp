#include "services/OpportunityService.h"

#include "services/FieldRules.h"
#include "services/PipelineService.h"
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
    Result<Stage> stage = StageRepository(database()).get(opportunity.stageId);
    if (!stage.ok())
        return stage.error();
    if (opportunity.probability == 0)
        opportunity.probability = stage->probability;
    // The board's rules (PipelineService), so a deal made in the editor looks like one dropped there:
    // closed now in a won or lost stage (unless an import gives the time), a lost reason only and
    // always in a lost stage, and the last card of its column.
    const QDateTime closedAt = opportunity.closedAt;
    PipelineService::enterStage(opportunity, *stage, QDateTime::currentDateTimeUtc());
    if (stage->kind != StageKind::Open && closedAt.isValid())
        opportunity.closedAt = closedAt;
    PipelineService pipeline(database());
    if (Result<void> reason = pipeline.checkLostReason(opportunity, *stage); !reason.ok())
        return reason;
    Result<QList<qint64>> position = pipeline.positionsAtEnd(opportunity.stageId, {0});
    if (!position.ok())
        return position.error();
    opportunity.position = int(position->constFirst());
    return {};
}

Result<void> OpportunityService::prepareUpdate(Opportunity &opportunity, const Opportunity &stored)
{
    // The time in stage drives "rotting" deals: only a real stage change restarts it, and an editor
    // holding an old value cannot set it back. Likewise the order on the board and the closing time
    // belong to the board: an edit keeps them unless it changes the stage, which appends the deal to
    // its new column as a drop at the end would.
    Result<Stage> stage = StageRepository(database()).get(opportunity.stageId);
    if (!stage.ok())
        return stage.error();
    PipelineService pipeline(database());
    if (opportunity.stageId != stored.stageId) {
        PipelineService::enterStage(opportunity, *stage, QDateTime::currentDateTimeUtc());
        Result<QList<qint64>> position = pipeline.positionsAtEnd(opportunity.stageId, {opportunity.meta.id});
        if (!position.ok())
            return position.error();
        opportunity.position = int(position->constFirst());
    } else {
        opportunity.stageEnteredAt = stored.stageEnteredAt;
        opportunity.closedAt = stored.closedAt;
        opportunity.position = stored.position;
        if (stage->kind != StageKind::Lost) {
            opportunity.lostReasonId.reset();
            opportunity.lostReasonNote.clear();
        }
    }
    return pipeline.checkLostReason(opportunity, *stage);
}
