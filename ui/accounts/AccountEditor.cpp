#include "accounts/AccountEditor.h"

#include "accounts/AccountTableModel.h"
#include "text/PhoneNumbers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

AccountEditor::AccountEditor(QWidget *parent) : RecordEditor<Account>(parent)
{
    m_name = addLine(QStringLiteral("name"));
    m_type = addCombo(QStringLiteral("type"), false);
    for (const auto &[type, name] : EnumText<AccountType>::values)
        m_type->addItem(QString(), int(type));
    m_individual = addCheck(QStringLiteral("is_individual"));
    m_taxCode = addLine(QStringLiteral("tax_code"), Hint::TaxCode);
    m_phone = addLine(QStringLiteral("phone"), Hint::Phone);
    m_email = addLine(QStringLiteral("email"), Hint::Email);
    m_website = addLine(QStringLiteral("website"));
    m_industry = addLine(QStringLiteral("industry"));
    addAddress();
    addOwner(QStringLiteral("owner_id"));
    addNotes();
    retranslate();
}

void AccountEditor::retranslate()
{
    RecordForm::retranslate();
    setLabel(QStringLiteral("name"), tr("&Name"));
    setLabel(QStringLiteral("type"), tr("Type"));
    setLabel(QStringLiteral("is_individual"), QString());
    m_individual->setText(tr("An individual, not a company"));
    setLabel(QStringLiteral("tax_code"), tr("Tax code"));
    setLabel(QStringLiteral("phone"), tr("&Phone"));
    setLabel(QStringLiteral("email"), tr("&Email"));
    setLabel(QStringLiteral("website"), tr("Website"));
    setLabel(QStringLiteral("industry"), tr("Industry"));
    m_website->setPlaceholderText(tr("e.g. senvang.vn"));
    quietly([this] {
        for (int i = 0; i < m_type->count(); ++i)
            m_type->setItemText(
                i, AccountTableModel::typeLabel(AccountType(m_type->itemData(i).toInt()), false));
    });
}

void AccountEditor::setChoices(Database &, const Lookups &lookups)
{
    setOwners(lookups);
}

void AccountEditor::setRecord(const Account &account)
{
    load([this, &account] {
        m_account = account;
        m_name->setText(account.name);
        m_type->setCurrentIndex(qMax(0, m_type->findData(int(account.type))));
        m_individual->setChecked(account.isIndividual);
        m_taxCode->setText(account.taxCode);
        m_phone->setText(PhoneNumbers::display(account.phone));
        m_email->setText(account.email);
        m_website->setText(account.website);
        m_industry->setText(account.industry);
        setAddress(account.address);
        selectData(owner(), account.ownerId);
        setNotes(account.notes);
    });
}

Account AccountEditor::record() const
{
    Account account = m_account;
    account.name = m_name->text();
    account.type = AccountType(m_type->currentData().toInt());
    account.isIndividual = m_individual->isChecked();
    account.taxCode = m_taxCode->text();
    account.phone = m_phone->text();
    account.email = m_email->text();
    account.website = m_website->text();
    account.industry = m_industry->text();
    readAddress(account.address);
    account.ownerId = selectedId(owner());
    account.notes = notes();
    return account;
}
