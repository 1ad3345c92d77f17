#pragma once

#include "domain/Opportunity.h"
#include "services/OpportunityService.h"
#include "widgets/RecordPanelOf.h"

class OpportunityEditor;

// The deal beside the list: its amount and stage at a glance, a link to its account, the form, and
// what happened with it.
class OpportunityPanel : public RecordPanelOf<Opportunity, OpportunityService>
{
    Q_OBJECT

public:
    explicit OpportunityPanel(QWidget *parent = nullptr);

    OpportunityEditor *editor() const { return m_editor; }

protected:
    QString emptyText() const override;
    QString unsavedChangesText() const override;
    QString saveToolTip() const override;
    QString saveText(bool isNew, const Opportunity &opportunity) const override;
    // A new deal starts at the first stage of the default pipeline, owned by whoever types it in.
    void prepareNew(Opportunity &opportunity, const Lookups &lookups) const override;
    void updateHeader() override;

private:
    OpportunityEditor *m_editor = nullptr;
};
