#include "services/References.h"

#include "services/FieldRules.h"
#include "storage/AccountRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"

#include <utility>

namespace {

// The columns of a Related, by the field names errors and filters use.
QList<std::pair<QString, std::optional<qint64>>> columnsOf(const Related &related)
{
    return {{QStringLiteral("lead_id"), related.leadId},
            {QStringLiteral("account_id"), related.accountId},
            {QStringLiteral("contact_id"), related.contactId},
            {QStringLiteral("opportunity_id"), related.opportunityId}};
}

} // namespace

Result<void> References::mustExist(RecordTable &table, std::optional<qint64> id, const QString &field)
{
    if (!id)
        return {};
    Result<StoredRow> found = table.fetch(*id, TrashFilter::All);
    if (!found.ok())
        return asInputError(found.error(), field);
    return {};
}

Error References::asInputError(const Error &error, const QString &field)
{
    return error.code == ErrorCode::NotFound ? Error::invalid(field, error.message) : error;
}

Result<void> References::mustExist(Database &database, const Related &related)
{
    return FieldRules::firstError(
        {mustExist(LeadRepository(database).table(), related.leadId, QStringLiteral("lead_id")),
         mustExist(AccountRepository(database).table(), related.accountId, QStringLiteral("account_id")),
         mustExist(ContactRepository(database).table(), related.contactId, QStringLiteral("contact_id")),
         mustExist(OpportunityRepository(database).table(), related.opportunityId,
                   QStringLiteral("opportunity_id"))});
}

bool References::isEmpty(const Related &related)
{
    return about(related).isEmpty();
}

QList<ListFilter> References::about(const Related &related)
{
    QList<ListFilter> filters;
    for (const auto &[column, id] : columnsOf(related)) {
        if (id)
            filters.append(ListFilter{column, FilterOp::Equal, *id});
    }
    return filters;
}
