#pragma once

#include "domain/Lead.h"
#include "services/LeadService.h"
#include "widgets/RecordPanelOf.h"

class LeadEditor;
class LeadTagsView;

// The lead beside the list: who it is, how to reach them (call, mail, Zalo with one click), the form,
// and what happened with them. A converted lead is kept read-only.
class LeadPanel : public RecordPanelOf<Lead, LeadService>
{
    Q_OBJECT

public:
    explicit LeadPanel(QWidget *parent = nullptr);

    // The names the lead list and its tests have used since before the other panels.
    void showLead(qint64 id) { showRecord(id); }
    void startNewLead() { startNew(); }
    qint64 leadId() const { return recordId(); }
    // The user (login name) new leads belong to; empty: whoever creates them.
    void setDefaultOwner(const QString &userName) { m_defaultOwner = userName; }
    LeadEditor *editor() const { return m_editor; }
    LeadTagsView *tagsView() const { return m_tags; }

    // The links the reach line offers for a lead: tel:, mailto:, https://zalo.me/.
    static QStringList reachLinks(const Lead &lead);

Q_SIGNALS:
    // A new lead was created (the list selects it); the same as recordCreated.
    void leadCreated(qint64 id);

protected:
    QString emptyText() const override;
    QString unsavedChangesText() const override;
    QString saveToolTip() const override;
    QString saveText(bool isNew, const Lead &lead) const override;
    void prepareNew(Lead &lead, const Lookups &lookups) const override;
    void updateHeader() override;
    void recordShown() override;

private:
    LeadEditor *m_editor = nullptr;
    LeadTagsView *m_tags = nullptr;
    QString m_defaultOwner;
};
