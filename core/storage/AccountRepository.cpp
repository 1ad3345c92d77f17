#include "storage/AccountRepository.h"

#include "storage/SearchText.h"
#include "text/PersonName.h"

AccountRepository::AccountRepository(Database &database) : Repository<Account>(database, mapping()) {}

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
