#include "services/AccountService.h"

#include "services/FieldRules.h"
#include "services/References.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/UserRepository.h"

AccountService::AccountService(Database &database) : RecordService(database) {}

Result<void> AccountService::normalize(Account &account) const
{
    FieldRules::clean({&account.website, &account.industry, &account.notes});
    return FieldRules::firstError(
        {FieldRules::assign(account.name, FieldRules::requiredText(account.name, QStringLiteral("name"),
                                                                   tr("The account needs a name."))),
         FieldRules::assign(account.taxCode, FieldRules::taxCode(account.taxCode)),
         FieldRules::assign(account.phone, FieldRules::phone(account.phone, QStringLiteral("phone"))),
         FieldRules::assign(account.email, FieldRules::email(account.email)),
         FieldRules::address(account.address),
         References::mustExist(UserRepository(database()).table(), account.ownerId,
                               QStringLiteral("owner_id"))});
}

Result<QList<Contact>> AccountService::contactsOf(qint64 accountId)
{
    return ContactRepository(database())
        .list(ListQuery()
                  .where(QStringLiteral("account_id"), FilterOp::Equal, accountId)
                  .sortBy(QStringLiteral("sort_key")));
}

Result<QList<Opportunity>> AccountService::opportunitiesOf(qint64 accountId)
{
    return OpportunityRepository(database())
        .list(ListQuery()
                  .where(QStringLiteral("account_id"), FilterOp::Equal, accountId)
                  .sortBy(QStringLiteral("id"), Qt::DescendingOrder));
}
