#pragma once

#include "domain/Opportunity.h"
#include "services/RecordService.h"
#include "storage/OpportunityRepository.h"

// Opportunities (cơ hội) as the editor creates and edits them: a name, an amount in whole đồng that
// is not negative, a stage of the chosen pipeline, a probability of 0–100 (the stage's when a new
// deal comes without one), and the time it entered its stage, set on create and whenever the stage
// changes. Moves on the board (ordering, won/lost) belong to the pipeline service, whose rules an edit
// follows too: a new deal, or one whose stage the editor changes, goes to the end of its column; in a
// won or lost stage it is closed; a lost stage needs a lost reason, other stages keep none.
class OpportunityService : public RecordService<Opportunity, OpportunityRepository>
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityService)

public:
    explicit OpportunityService(Database &database);

    Result<void> normalize(Opportunity &opportunity) const override;

protected:
    // A probability of 0 on a new deal means "not given": it takes the stage's.
    Result<void> prepareCreate(Opportunity &opportunity) override;
    Result<void> prepareUpdate(Opportunity &opportunity, const Opportunity &stored) override;
};
