#include "contacts/ContactEditor.h"

#include "contacts/ContactTableModel.h"
#include "widgets/AccountField.h"

#include <QComboBox>
#include <QLineEdit>

ContactEditor::ContactEditor(QWidget *parent) : RecordEditor<Contact>(parent)
{
    addPersonRows();
    m_account = new AccountField(this);
    addRow(QStringLiteral("account_id"), m_account);
    connect(m_account, &QLineEdit::textEdited, this, &ContactEditor::markModified);
    connect(m_account, &QLineEdit::editingFinished, this,
            [this] { leaveField(QStringLiteral("account_id")); });
    connect(m_account, &AccountField::accountChosen, this, [this] {
        markModified();
        leaveField(QStringLiteral("account_id"));
    });
    m_role = addCombo(QStringLiteral("role"), false);
    for (const auto &[role, name] : EnumText<ContactRole>::values)
        m_role->addItem(QString(), int(role));
    m_jobTitle = addLine(QStringLiteral("job_title"));
    addAddress();
    addOwner(QStringLiteral("owner_id"));
    addNotes();
    retranslate();
}

void ContactEditor::retranslate()
{
    RecordForm::retranslate();
    setLabel(QStringLiteral("account_id"), tr("&Account"));
    setLabel(QStringLiteral("role"), tr("Role"));
    setLabel(QStringLiteral("job_title"), tr("Job title"));
    m_account->setPlaceholderText(tr("Type part of the name, tax code or phone"));
    quietly([this] {
        for (int i = 0; i < m_role->count(); ++i) {
            const QString label = ContactTableModel::roleLabel(ContactRole(m_role->itemData(i).toInt()));
            m_role->setItemText(i, label.isEmpty() ? tr("(unknown)") : label);
        }
    });
}

void ContactEditor::setChoices(Database &database, const Lookups &lookups)
{
    m_account->setDatabase(&database);
    setOwners(lookups);
}

void ContactEditor::setRecord(const Contact &contact)
{
    load([this, &contact] {
        m_contact = contact;
        setPerson({contact.fullName, contact.salutation, contact.phone, contact.phone2, contact.zaloPhone,
                   contact.email});
        m_account->setAccountId(contact.accountId);
        m_role->setCurrentIndex(qMax(0, m_role->findData(int(contact.role))));
        m_jobTitle->setText(contact.jobTitle);
        setAddress(contact.address);
        selectData(owner(), contact.ownerId);
        setNotes(contact.notes);
    });
}

Contact ContactEditor::record() const
{
    Contact contact = m_contact;
    std::tie(contact.fullName, contact.salutation, contact.phone, contact.phone2, contact.zaloPhone,
             contact.email) = person();
    contact.accountId = m_account->accountId();
    contact.role = ContactRole(m_role->currentData().toInt());
    contact.jobTitle = m_jobTitle->text();
    readAddress(contact.address);
    contact.ownerId = selectedId(owner());
    contact.notes = notes();
    return contact;
}

QList<Error> ContactEditor::inputErrors() const
{
    if (Result<void> account = m_account->checkInput(QStringLiteral("account_id")); !account.ok())
        return {account.error()};
    return {};
}
