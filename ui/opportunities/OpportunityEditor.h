#pragma once

#include "domain/Opportunity.h"
#include "services/Lookups.h"
#include "widgets/RecordEditor.h"

class AccountField;
class QComboBox;
class QLineEdit;
class QSpinBox;

// The form behind a deal (cơ hội): its name and account, the amount in whole đồng (typed and shown as
// 1.234.567, never a floating-point number), the pipeline and a stage of it, when it should close
// (dd/mm/yyyy), how likely it is, who owns it and where it came from.
class OpportunityEditor : public RecordEditor<Opportunity>
{
    Q_OBJECT

public:
    explicit OpportunityEditor(QWidget *parent = nullptr);

    void setChoices(Database &database, const Lookups &lookups) override;
    void setRecord(const Opportunity &opportunity) override;
    Opportunity record() const override;
    QList<Error> inputErrors() const override;
    void retranslate() override;

    AccountField *accountField() const { return m_account; }

private:
    // The stages of the pipeline chosen, in board order.
    void fillStages();
    void stageChosen();
    QDate closeDate() const;

    QLineEdit *m_name = nullptr;
    AccountField *m_account = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_closeDate = nullptr;
    QSpinBox *m_probability = nullptr;
    QComboBox *m_source = nullptr;
    Lookups m_lookups;
    Opportunity m_opportunity;
};
