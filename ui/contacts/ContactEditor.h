#pragma once

#include "domain/Contact.h"
#include "widgets/RecordEditor.h"

class AccountField;
class QComboBox;
class QLineEdit;

// The form behind a contact (liên hệ): the person, how to reach them (phones, Zalo, email), the
// account they work at and their role there.
class ContactEditor : public RecordEditor<Contact>
{
    Q_OBJECT

public:
    explicit ContactEditor(QWidget *parent = nullptr);

    void setChoices(Database &database, const Lookups &lookups) override;
    void setRecord(const Contact &contact) override;
    Contact record() const override;
    QList<Error> inputErrors() const override;
    void retranslate() override;

    AccountField *accountField() const { return m_account; }

private:
    AccountField *m_account = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    Contact m_contact;
};
