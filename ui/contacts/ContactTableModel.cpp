#include "contacts/ContactTableModel.h"

#include "storage/ContactRepository.h"
#include "text/PhoneNumbers.h"
#include "widgets/AccountNames.h"

QString ContactTableModel::roleLabel(ContactRole role)
{
    switch (role) {
    case ContactRole::DecisionMaker:
        return tr("Decision maker");
    case ContactRole::Influencer:
        return tr("Influencer");
    case ContactRole::User:
        return tr("User");
    case ContactRole::Gatekeeper:
        return tr("Gatekeeper");
    case ContactRole::Unknown:
        break;
    }
    return {};
}

Result<QList<qint64>> ContactTableModel::queryIds()
{
    return sortedIds<ContactRepository>(textQuery());
}

Result<QList<RecordTableModel::Row>> ContactTableModel::loadRows(const QList<qint64> &ids) const
{
    Result<QList<Contact>> contacts = recordsWithIds<ContactRepository>(ids);
    if (!contacts.ok())
        return contacts.error();
    QList<qint64> accountIds;
    for (const Contact &contact : std::as_const(*contacts)) {
        if (contact.accountId)
            accountIds << *contact.accountId;
    }
    Result<QHash<qint64, QString>> accountNames = AccountNames::of(database(), accountIds);
    if (!accountNames.ok())
        return accountNames.error();
    QList<Row> rows;
    rows.reserve(contacts->size());
    for (const Contact &contact : std::as_const(*contacts)) {
        QVariantList display(ColumnCount);
        display[NameColumn] = contact.fullName;
        display[AccountColumn] = contact.accountId ? accountNames->value(*contact.accountId) : QString();
        display[RoleColumn] = roleLabel(contact.role);
        display[PhoneColumn] = PhoneNumbers::display(contact.phone);
        display[EmailColumn] = contact.email;
        display[ProvinceColumn] = contact.address.province;
        display[OwnerColumn] = lookups().userDisplayName(contact.ownerId);
        rows.append(Row{contact.meta.id, display});
    }
    return rows;
}

QString ContactTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Full name");
    case AccountColumn:
        return tr("Account");
    case RoleColumn:
        return tr("Role");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case ProvinceColumn:
        return tr("Province/City");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

QString ContactTableModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return nameSortKey();
    case PhoneColumn:
        return QStringLiteral("phone");
    case EmailColumn:
        return QStringLiteral("email");
    case ProvinceColumn:
        return QStringLiteral("province");
    default:
        return {};
    }
}
