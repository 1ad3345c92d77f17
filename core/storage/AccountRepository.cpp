#include "storage/AccountRepository.h"

#include "storage/OpportunityRepository.h"
#include "storage/SearchText.h"
#include "storage/Transaction.h"
#include "text/PersonName.h"

AccountRepository::AccountRepository(Database &database) : Repository<Account>(database, mapping()) {}

Result<Account> AccountRepository::update(Account account)
{
    Transaction transaction(table().database());
    if (!transaction.ok())
        return transaction.error();
    const int readVersion = account.meta.version;
    Result<Account> saved = Repository<Account>::update(std::move(account));
    if (!saved.ok())
        return saved;
    // Nothing was written when no column changed; then no name changed either.
    if (saved->meta.version != readVersion) {
        if (Result<void> refreshed =
                OpportunityRepository(table().database()).refreshSearchTexts(saved->meta.id);
            !refreshed.ok())
            return refreshed.error();
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return saved;
}

const TableMapping<Account> &AccountRepository::mapping()
{
    static const TableMapping<Account> accounts = [] {
        TableMapping<Account> m{QStringLiteral("account"), QStringLiteral("accounts"), {}};
        m.field("name", &Account::name)
            .field("type", &Account::type)
            .field("is_individual", &Account::isIndividual)
            .field("tax_code", &Account::taxCode)
            .field("phone", &Account::phone)
            .field("email", &Account::email)
            .field("website", &Account::website)
            .field("industry", &Account::industry)
            .field("street", &Account::address, &Address::street)
            .field("commune", &Account::address, &Address::commune)
            .field("province", &Account::address, &Address::province)
            .field("address_original", &Account::address, &Address::original)
            .field("owner_id", &Account::ownerId)
            .field("notes", &Account::notes)
            .derived("search_text",
                     [](const Account &account) {
                         return QVariant(SearchText()
                                             .text(account.name)
                                             .text(account.taxCode)
                                             .email(account.email)
                                             .phone(account.phone)
                                             .toString());
                     })
            // An organisation sorts by its whole name in Vietnamese collation order.
            .derived("sort_key", [](const Account &account) {
                return QVariant(PersonName{{}, {}, account.name}.sortKey());
            });
        return m;
    }();
    return accounts;
}
