#include "accounts/AccountTableModel.h"

#include "storage/AccountRepository.h"
#include "text/PhoneNumbers.h"

QString AccountTableModel::typeLabel(AccountType type, bool isIndividual)
{
    QString label;
    switch (type) {
    case AccountType::Customer:
        label = tr("Customer");
        break;
    case AccountType::Prospect:
        label = tr("Prospect");
        break;
    case AccountType::Partner:
        label = tr("Partner");
        break;
    case AccountType::Supplier:
        label = tr("Supplier");
        break;
    case AccountType::Competitor:
        label = tr("Competitor");
        break;
    case AccountType::Other:
        label = tr("Other");
        break;
    }
    return isIndividual ? tr("%1 (individual)").arg(label) : label;
}

Result<QList<qint64>> AccountTableModel::queryIds()
{
    return sortedIds<AccountRepository>(textQuery());
}

Result<QList<RecordTableModel::Row>> AccountTableModel::loadRows(const QList<qint64> &ids) const
{
    Result<QList<Account>> accounts = recordsWithIds<AccountRepository>(ids);
    if (!accounts.ok())
        return accounts.error();
    QList<Row> rows;
    rows.reserve(accounts->size());
    for (const Account &account : std::as_const(*accounts)) {
        QVariantList display(ColumnCount);
        display[NameColumn] = account.name;
        display[TypeColumn] = typeLabel(account.type, account.isIndividual);
        display[TaxCodeColumn] = account.taxCode;
        display[PhoneColumn] = PhoneNumbers::display(account.phone);
        display[EmailColumn] = account.email;
        display[ProvinceColumn] = account.address.province;
        display[OwnerColumn] = lookups().userDisplayName(account.ownerId);
        display[CreatedColumn] = shortDate(account.meta.createdAt);
        rows.append(Row{account.meta.id, display});
    }
    return rows;
}

QString AccountTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case TaxCodeColumn:
        return tr("Tax code");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case ProvinceColumn:
        return tr("Province/City");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

QString AccountTableModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("sort_key");
    case TaxCodeColumn:
        return QStringLiteral("tax_code");
    case PhoneColumn:
        return QStringLiteral("phone");
    case EmailColumn:
        return QStringLiteral("email");
    case ProvinceColumn:
        return QStringLiteral("province");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}
