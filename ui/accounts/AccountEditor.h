#pragma once

#include "domain/Account.h"
#include "widgets/RecordEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

// The form behind an account (khách hàng): the company or the individual customer, its tax code,
// how to reach it, where it is, who looks after it.
class AccountEditor : public RecordEditor<Account>
{
    Q_OBJECT

public:
    explicit AccountEditor(QWidget *parent = nullptr);

    void setChoices(Database &database, const Lookups &lookups) override;
    void setRecord(const Account &account) override;
    Account record() const override;
    void retranslate() override;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_individual = nullptr;
    QLineEdit *m_taxCode = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_industry = nullptr;
    Account m_account;
};
