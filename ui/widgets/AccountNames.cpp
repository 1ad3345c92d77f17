#include "widgets/AccountNames.h"

#include "storage/AccountRepository.h"

Result<QHash<qint64, QString>> AccountNames::of(Database &database, const QList<qint64> &accountIds)
{
    QHash<qint64, QString> names;
    if (accountIds.isEmpty())
        return names;
    QVariantList ids;
    for (qint64 id : accountIds)
        ids << id;
    ListQuery query = ListQuery().where(QStringLiteral("id"), FilterOp::In, ids);
    query.trash = TrashFilter::All; // a trashed account is still the one they belonged to
    Result<QList<Account>> accounts = AccountRepository(database).list(query);
    if (!accounts.ok())
        return accounts.error();
    for (const Account &account : std::as_const(*accounts))
        names.insert(account.meta.id, account.name);
    return names;
}
