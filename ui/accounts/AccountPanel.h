#pragma once

#include "domain/Account.h"
#include "services/AccountService.h"
#include "widgets/RecordPanelOf.h"

class AccountEditor;
class QTableView;
class RelatedRecordsModel;

// The account beside the list: the company (or individual customer) with one-click call, mail and
// website links; its form; the people we know there and the deals with it (double-click or Enter
// opens one in its own list); what happened and what is to do.
class AccountPanel : public RecordPanelOf<Account, AccountService>
{
    Q_OBJECT

public:
    explicit AccountPanel(QWidget *parent = nullptr);

    AccountEditor *editor() const { return m_editor; }
    RelatedRecordsModel *contacts() const { return m_contacts; }
    RelatedRecordsModel *opportunities() const { return m_opportunities; }
    QTableView *contactList() const { return m_contactList; }
    QTableView *opportunityList() const { return m_opportunityList; }

    // The links of the header: tel:, mailto:, and the website.
    static QStringList reachLinks(const Account &account);

protected:
    void retranslate() override;
    QString emptyText() const override;
    QString unsavedChangesText() const override;
    QString saveToolTip() const override;
    QString saveText(bool isNew, const Account &account) const override;
    void updateHeader() override;
    void recordShown() override;
    void recordsChanged(const QString &entity, const QList<qint64> &ids) override;

private:
    QTableView *addList(RelatedRecordsModel *model, const QString &entity);
    void reloadRelated();

    AccountEditor *m_editor = nullptr;
    RelatedRecordsModel *m_contacts = nullptr;
    RelatedRecordsModel *m_opportunities = nullptr;
    QTableView *m_contactList = nullptr;
    QTableView *m_opportunityList = nullptr;
};
