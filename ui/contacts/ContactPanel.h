#pragma once

#include "domain/Contact.h"
#include "services/ContactService.h"
#include "widgets/RecordPanelOf.h"

class ContactEditor;

// The contact beside the list: the person with one-click call, mail and Zalo, a link to their account,
// the form, and what happened with them.
class ContactPanel : public RecordPanelOf<Contact, ContactService>
{
    Q_OBJECT

public:
    explicit ContactPanel(QWidget *parent = nullptr);

    ContactEditor *editor() const { return m_editor; }

protected:
    QString emptyText() const override;
    QString unsavedChangesText() const override;
    QString saveToolTip() const override;
    QString saveText(bool isNew, const Contact &contact) const override;
    void updateHeader() override;

private:
    ContactEditor *m_editor = nullptr;
};
