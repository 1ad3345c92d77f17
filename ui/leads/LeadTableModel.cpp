#include "leads/LeadTableModel.h"

#include "services/SearchService.h"
#include "services/TagService.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "text/PhoneNumbers.h"

Result<QList<qint64>> LeadTableModel::queryIds()
{
    return sortedIds<LeadRepository>(filterQuery());
}

std::optional<RecordTableModel::ChunkedIds> LeadTableModel::chunkedIds() const
{
    // Text typed in the filter box may match half a million leads on its first letters: such a list
    // is read in chunks, so each keystroke costs a count and one chunk. The whole list and the other
    // filters read all their ids at once (130 ms at a million), which keeps a jump to any row instant;
    // a chosen sort reads all ids too.
    if (isSorted() || SearchService::matchExpression(m_filter.text).isEmpty())
        return std::nullopt;
    return chunksOf<LeadRepository>(filterQuery());
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (isLoaded())
        reloadIds();
}

ListQuery LeadTableModel::filterQuery() const
{
    ListQuery query;
    std::optional<qint64> me;
    if (Result<User> user = lookups().userNamed(database().userName()); user.ok())
        me = user->meta.id;
    m_filter.applyTo(query, QDateTime::currentDateTimeUtc(), me);
    return query;
}

Result<QList<RecordTableModel::Row>> LeadTableModel::loadRows(const QList<qint64> &ids) const
{
    Result<QList<Lead>> leads = recordsWithIds<LeadRepository>(ids);
    if (!leads.ok())
        return leads.error();
    Result<QHash<qint64, QStringList>> tags = TagService(database()).tagNamesOfLeads(ids);
    if (!tags.ok())
        return tags.error();
    QList<Row> rows;
    rows.reserve(leads->size());
    for (const Lead &lead : std::as_const(*leads)) {
        QVariantList display(ColumnCount);
        display[NameColumn] = lead.fullName;
        display[PhoneColumn] = PhoneNumbers::display(lead.phone);
        display[EmailColumn] = lead.email;
        display[CompanyColumn] = lead.company;
        display[ProvinceColumn] = lead.address.province;
        display[StatusColumn] = lookups().statusName(lead.statusId);
        display[OwnerColumn] = lookups().userDisplayName(lead.ownerId);
        display[CreatedColumn] = shortDate(lead.meta.createdAt);
        display[SourceColumn] = lookups().sourceName(lead.sourceId);
        display[TagsColumn] = tags->value(lead.meta.id).join(QStringLiteral(", "));
        rows.append(Row{lead.meta.id, display});
    }
    return rows;
}

QString LeadTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Full name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case CompanyColumn:
        return tr("Company");
    case ProvinceColumn:
        return tr("Province/City");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    case SourceColumn:
        return tr("Source");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

QString LeadTableModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return nameSortKey();
    case PhoneColumn:
        return QStringLiteral("phone");
    case EmailColumn:
        return QStringLiteral("email");
    case CompanyColumn:
        return QStringLiteral("company");
    case ProvinceColumn:
        return QStringLiteral("province");
    case StatusColumn:
        return QStringLiteral("status_id");
    case CreatedColumn:
        return QStringLiteral("created_at");
    default:
        return {};
    }
}
