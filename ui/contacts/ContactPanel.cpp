#include "contacts/ContactPanel.h"

#include "contacts/ContactEditor.h"

ContactPanel::ContactPanel(QWidget *parent) : RecordPanelOf<Contact, ContactService>(parent)
{
    m_editor = new ContactEditor;
    setEditor(m_editor);
    retranslate();
}

QString ContactPanel::emptyText() const
{
    return tr("Choose a contact in the list to see it here, or add one with File → New contact.");
}

QString ContactPanel::unsavedChangesText() const
{
    return tr("The contact has changes that are not saved yet.");
}

QString ContactPanel::saveToolTip() const
{
    return tr("Save the contact (Ctrl+S)");
}

QString ContactPanel::saveText(bool isNew, const Contact &contact) const
{
    return isNew ? tr("Create contact %1").arg(contact.fullName)
                 : tr("Edit contact %1").arg(contact.fullName);
}

void ContactPanel::updateHeader()
{
    const Contact &contact = record();
    if (contact.meta.isNew() && contact.fullName.isEmpty()) {
        setHeader(tr("New contact"), {});
        return;
    }
    QStringList links = reachLinks({contact.phone, contact.phone2}, contact.email, contact.zaloPhone);
    if (const QString account = accountLink(contact.accountId); !account.isEmpty())
        links << account;
    const QString title =
        contact.jobTitle.isEmpty() ? contact.fullName : tr("%1 · %2").arg(contact.fullName, contact.jobTitle);
    setHeader(title, links);
}
