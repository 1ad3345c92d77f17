#include "opportunities/OpportunityPanel.h"

#include "opportunities/OpportunityEditor.h"
#include "services/Lookups.h"
#include "storage/Database.h"

#include <QLocale>

OpportunityPanel::OpportunityPanel(QWidget *parent) : RecordPanelOf<Opportunity, OpportunityService>(parent)
{
    m_editor = new OpportunityEditor;
    setEditor(m_editor);
    retranslate();
}

QString OpportunityPanel::emptyText() const
{
    return tr("Choose an opportunity in the list to see it here, or add one with File → New opportunity.");
}

QString OpportunityPanel::unsavedChangesText() const
{
    return tr("The opportunity has changes that are not saved yet.");
}

QString OpportunityPanel::saveToolTip() const
{
    return tr("Save the opportunity (Ctrl+S)");
}

QString OpportunityPanel::saveText(bool isNew, const Opportunity &opportunity) const
{
    return isNew ? tr("Create opportunity %1").arg(opportunity.name)
                 : tr("Edit opportunity %1").arg(opportunity.name);
}

void OpportunityPanel::prepareNew(Opportunity &opportunity, const Lookups &lookups) const
{
    RecordPanelOf::prepareNew(opportunity, lookups);
    const Pipeline *pipeline = lookups.defaultPipeline();
    if (!pipeline)
        return;
    opportunity.pipelineId = pipeline->meta.id;
    const Stage *first = nullptr;
    for (const Stage &stage : lookups.stages()) {
        if (stage.pipelineId == pipeline->meta.id && (!first || stage.position < first->position))
            first = &stage;
    }
    if (first) {
        opportunity.stageId = first->meta.id;
        opportunity.probability = first->probability;
    }
}

void OpportunityPanel::updateHeader()
{
    const Opportunity &deal = record();
    if (deal.meta.isNew() && deal.name.isEmpty()) {
        setHeader(tr("New opportunity"), {});
        return;
    }
    QStringList links;
    if (const QString account = accountLink(deal.accountId); !account.isEmpty())
        links << account;
    QString stageName;
    if (Result<Lookups> lookups = Lookups::load(*database()); lookups.ok()) {
        if (const Stage *stage = lookups->stage(deal.stageId))
            stageName = stage->name;
    }
    // The amount and where the deal stands, the two things a salesperson looks for first.
    setHeader(tr("%1 · %2").arg(deal.name, QLocale().toCurrencyString(deal.amount)), links,
              stageName.isEmpty() ? QString()
                                  : tr("Stage: %1 · probability %2%").arg(stageName).arg(deal.probability));
}
