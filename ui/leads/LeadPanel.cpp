#include "leads/LeadPanel.h"

#include "common/DisplayFormat.h"
#include "leads/LeadEditor.h"
#include "leads/LeadTagsView.h"
#include "services/Lookups.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"

#include <QLocale>

LeadPanel::LeadPanel(QWidget *parent) : RecordPanelOf<Lead, LeadService>(parent)
{
    m_editor = new LeadEditor;
    setEditor(m_editor);
    m_tags = new LeadTagsView;
    addHeaderView(m_tags);
    connect(this, &RecordPanel::recordCreated, this, &LeadPanel::leadCreated);
    retranslate();
}

QString LeadPanel::emptyText() const
{
    return tr("Choose a lead in the list to see it here, or press Ctrl+N to add one.");
}

QString LeadPanel::unsavedChangesText() const
{
    return tr("The lead has changes that are not saved yet.");
}

QString LeadPanel::saveToolTip() const
{
    return tr("Save the lead (Ctrl+S)");
}

QString LeadPanel::saveText(bool isNew, const Lead &lead) const
{
    return isNew ? tr("Create lead %1").arg(lead.fullName) : tr("Edit lead %1").arg(lead.fullName);
}

void LeadPanel::prepareNew(Lead &lead, const Lookups &lookups) const
{
    RecordPanelOf::prepareNew(lead, lookups);
    // A new lead starts at the first status of the chain, and belongs to the default owner chosen in
    // settings (else, as set above, to whoever types it in).
    if (!lookups.statuses().isEmpty())
        lead.statusId = lookups.statuses().constFirst().meta.id;
    if (!m_defaultOwner.isEmpty()) {
        if (Result<User> owner = lookups.userNamed(m_defaultOwner); owner.ok())
            lead.ownerId = owner->meta.id;
    }
}

void LeadPanel::recordShown()
{
    m_editor->setReadOnly(record().isConverted());
    m_tags->setEnabled(!record().isConverted());
}

void LeadPanel::updateHeader()
{
    const Lead &lead = record();
    if (lead.meta.isNew() && lead.fullName.isEmpty()) {
        setHeader(tr("New lead"), {});
        return;
    }
    const QString title =
        lead.company.isEmpty() ? lead.fullName : tr("%1 · %2").arg(lead.fullName, lead.company);
    QStringList links = reachLinks(lead);
    QString converted;
    if (lead.isConverted()) {
        converted =
            tr("Converted on %1; the lead is kept read-only.").arg(DisplayFormat::date(lead.convertedAt));
        // What the lead became, one click away.
        if (const QString account = accountLink(lead.convertedAccountId); !account.isEmpty())
            links << account;
        if (lead.convertedContactId && database()) {
            if (Result<Contact> contact = ContactRepository(*database()).get(*lead.convertedContactId);
                contact.ok())
                links << namedLink(QStringLiteral("contact"), contact->meta.id,
                                   tr("Contact: %1").arg(contact->fullName));
        }
        if (lead.convertedOpportunityId && database()) {
            if (Result<Opportunity> deal =
                    OpportunityRepository(*database()).get(*lead.convertedOpportunityId);
                deal.ok())
                links << namedLink(QStringLiteral("opportunity"), deal->meta.id,
                                   tr("Opportunity: %1").arg(deal->name));
        }
    }
    setHeader(title, links, converted);
}

QStringList LeadPanel::reachLinks(const Lead &lead)
{
    return RecordPanel::reachLinks({lead.phone, lead.phone2}, lead.email, lead.zaloPhone);
}
