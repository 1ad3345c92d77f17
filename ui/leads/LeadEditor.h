#pragma once

#include "domain/Lead.h"
#include "widgets/RecordEditor.h"

class QComboBox;
class QLineEdit;

// The form behind a lead: who it is, how to reach them, where they stand (source, status,
// qualification, temperature). Rows, messages and the modified flag come from RecordForm.
class LeadEditor : public RecordEditor<Lead>
{
    Q_OBJECT

public:
    explicit LeadEditor(QWidget *parent = nullptr);

    // The choices for source, status and owner; given before setRecord.
    void setChoices(Database &database, const Lookups &lookups) override;
    void setRecord(const Lead &lead) override;
    Lead record() const override;
    void retranslate() override;

private:
    QLineEdit *m_company = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_qualification = nullptr;
    QComboBox *m_temperature = nullptr;
    Lead m_lead;
};
