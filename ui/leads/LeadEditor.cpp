#include "leads/LeadEditor.h"

#include "services/Lookups.h"

#include <QComboBox>
#include <QLineEdit>

LeadEditor::LeadEditor(QWidget *parent) : RecordEditor<Lead>(parent)
{
    addPersonRows();
    m_company = addLine(QStringLiteral("company"));
    m_jobTitle = addLine(QStringLiteral("job_title"));
    m_taxCode = addLine(QStringLiteral("tax_code"), Hint::TaxCode);
    addAddress();
    m_source = addCombo(QStringLiteral("source"), false);
    m_status = addCombo(QStringLiteral("status"), false);
    addOwner(QStringLiteral("owner"));
    m_qualification = addCombo(QStringLiteral("qualification"), false);
    m_temperature = addCombo(QStringLiteral("temperature"), false);
    addNotes();

    for (int level = 0; level < int(EnumText<QualificationLevel>::values.size()); ++level)
        m_qualification->addItem(QString(), level);
    for (int temperature = 0; temperature < int(EnumText<Temperature>::values.size()); ++temperature)
        m_temperature->addItem(QString(), temperature);
    retranslate();
}

void LeadEditor::retranslate()
{
    RecordForm::retranslate();
    setLabel(QStringLiteral("company"), tr("&Company"));
    setLabel(QStringLiteral("job_title"), tr("Job title"));
    setLabel(QStringLiteral("tax_code"), tr("Tax code"));
    setLabel(QStringLiteral("source"), tr("Source"));
    setLabel(QStringLiteral("status"), tr("Status"));
    setLabel(QStringLiteral("qualification"), tr("Qualification"));
    setLabel(QStringLiteral("temperature"), tr("Temperature"));
    quietly([this] {
        const QStringList levels{tr("Not qualified"), tr("MQL (marketing)"), tr("SQL (sales)"),
                                 tr("PQL (product)")};
        for (int i = 0; i < m_qualification->count(); ++i)
            m_qualification->setItemText(i, levels.value(i));
        const QStringList temperatures{tr("Cold"), tr("Warm"), tr("Hot")};
        for (int i = 0; i < m_temperature->count(); ++i)
            m_temperature->setItemText(i, temperatures.value(i));
        if (m_source->count() > 0)
            m_source->setItemText(0, tr("(none)"));
        if (m_status->count() > 0)
            m_status->setItemText(0, tr("(none)"));
    });
}

void LeadEditor::setChoices(Database &, const Lookups &lookups)
{
    quietly([this, &lookups] {
        m_source->clear();
        m_source->addItem(tr("(none)"));
        for (const Source &source : lookups.sources())
            m_source->addItem(source.name, source.meta.id);
        m_status->clear();
        m_status->addItem(tr("(none)"));
        for (const LeadStatus &status : lookups.statuses())
            m_status->addItem(status.name, status.meta.id);
    });
    setOwners(lookups);
}

void LeadEditor::setRecord(const Lead &lead)
{
    load([this, &lead] {
        m_lead = lead;
        setPerson({lead.fullName, lead.salutation, lead.phone, lead.phone2, lead.zaloPhone, lead.email});
        m_company->setText(lead.company);
        m_jobTitle->setText(lead.jobTitle);
        m_taxCode->setText(lead.taxCode);
        setAddress(lead.address);
        selectData(m_source, lead.sourceId);
        selectData(m_status, lead.statusId);
        selectData(owner(), lead.ownerId);
        m_qualification->setCurrentIndex(int(lead.qualification));
        m_temperature->setCurrentIndex(int(lead.temperature));
        setNotes(lead.notes);
    });
}

Lead LeadEditor::record() const
{
    Lead lead = m_lead;
    std::tie(lead.fullName, lead.salutation, lead.phone, lead.phone2, lead.zaloPhone, lead.email) = person();
    lead.company = m_company->text();
    lead.jobTitle = m_jobTitle->text();
    lead.taxCode = m_taxCode->text();
    readAddress(lead.address);
    lead.sourceId = selectedId(m_source);
    lead.statusId = selectedId(m_status);
    lead.ownerId = selectedId(owner());
    lead.qualification = QualificationLevel(m_qualification->currentIndex());
    lead.temperature = Temperature(m_temperature->currentIndex());
    lead.notes = notes();
    return lead;
}
