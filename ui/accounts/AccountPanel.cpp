#include "accounts/AccountPanel.h"

#include "accounts/AccountEditor.h"
#include "contacts/ContactTableModel.h"
#include "services/Lookups.h"
#include "storage/Database.h"
#include "text/PhoneNumbers.h"
#include "widgets/RelatedRecordsModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>

AccountPanel::AccountPanel(QWidget *parent) : RecordPanelOf<Account, AccountService>(parent)
{
    m_editor = new AccountEditor;
    setEditor(m_editor);
    m_contacts = new RelatedRecordsModel(this);
    m_contactList = addList(m_contacts, QStringLiteral("contact"));
    m_opportunities = new RelatedRecordsModel(this);
    m_opportunities->setRightAligned(2);
    m_opportunityList = addList(m_opportunities, QStringLiteral("opportunity"));
    retranslate();
}

QTableView *AccountPanel::addList(RelatedRecordsModel *model, const QString &entity)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Double-click or Enter opens the record in its own list.
    connect(view, &QAbstractItemView::activated, this, [this, model, entity](const QModelIndex &index) {
        Q_EMIT openRecordRequested(entity, model->recordId(index.row()));
    });
    insertRecordTab(view);
    return view;
}

void AccountPanel::retranslate()
{
    RecordPanel::retranslate();
    tabs()->setTabText(tabs()->indexOf(m_contactList), tr("Contacts"));
    tabs()->setTabText(tabs()->indexOf(m_opportunityList), tr("Opportunities"));
    m_contacts->setColumns({tr("Name"), tr("Role"), tr("Job title"), tr("Phone"), tr("Email")});
    m_opportunities->setColumns({tr("Name"), tr("Stage"), tr("Amount"), tr("Expected close")});
    if (!record().meta.isNew())
        reloadRelated();
}

QString AccountPanel::emptyText() const
{
    return tr("Choose an account in the list to see it here, or add one with File → New account.");
}

QString AccountPanel::unsavedChangesText() const
{
    return tr("The account has changes that are not saved yet.");
}

QString AccountPanel::saveToolTip() const
{
    return tr("Save the account (Ctrl+S)");
}

QString AccountPanel::saveText(bool isNew, const Account &account) const
{
    return isNew ? tr("Create account %1").arg(account.name) : tr("Edit account %1").arg(account.name);
}

void AccountPanel::updateHeader()
{
    const Account &account = record();
    if (account.meta.isNew() && account.name.isEmpty()) {
        setHeader(tr("New account"), {});
        return;
    }
    setHeader(account.name, reachLinks(account));
}

QStringList AccountPanel::reachLinks(const Account &account)
{
    QStringList links = RecordPanel::reachLinks({account.phone}, account.email, QString());
    if (!account.website.isEmpty())
        links << (account.website.contains(QStringLiteral("://"))
                      ? account.website
                      : QStringLiteral("https://") + account.website);
    return links;
}

void AccountPanel::recordShown()
{
    reloadRelated();
}

void AccountPanel::recordsChanged(const QString &entity, const QList<qint64> &ids)
{
    RecordPanelOf::recordsChanged(entity, ids);
    // A contact or a deal moved to or away from this account, or was renamed.
    if (!record().meta.isNew() &&
        (entity == QStringLiteral("contact") || entity == QStringLiteral("opportunity")))
        reloadRelated();
}

void AccountPanel::reloadRelated()
{
    QList<RelatedRecordsModel::Row> contactRows;
    QList<RelatedRecordsModel::Row> opportunityRows;
    const qint64 id = record().meta.id;
    if (database() && id != 0) {
        AccountService service(*database());
        if (Result<QList<Contact>> contacts = service.contactsOf(id); contacts.ok()) {
            for (const Contact &contact : std::as_const(*contacts))
                contactRows.append({contact.meta.id,
                                    {contact.fullName, ContactTableModel::roleLabel(contact.role),
                                     contact.jobTitle, PhoneNumbers::display(contact.phone), contact.email}});
        }
        const Result<Lookups> lookups = Lookups::load(*database());
        if (Result<QList<Opportunity>> deals = service.opportunitiesOf(id); deals.ok() && lookups.ok()) {
            const QLocale locale;
            for (const Opportunity &deal : std::as_const(*deals)) {
                const Stage *stage = lookups->stage(deal.stageId);
                opportunityRows.append(
                    {deal.meta.id,
                     {deal.name, stage ? stage->name : QString(),
                      locale.toCurrencyString(deal.amount), // 1.234.567 ₫
                      locale.toString(deal.expectedCloseDate, QStringLiteral("dd/MM/yyyy"))}});
            }
        }
    }
    m_contacts->setRows(contactRows);
    m_opportunities->setRows(opportunityRows);
}
