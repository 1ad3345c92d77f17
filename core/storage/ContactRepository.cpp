#include "storage/ContactRepository.h"

#include "storage/SearchText.h"
#include "text/PersonName.h"

ContactRepository::ContactRepository(Database &database) : Repository<Contact>(database, mapping()) {}

const TableMapping<Contact> &ContactRepository::mapping()
{
    static const TableMapping<Contact> contacts = [] {
        TableMapping<Contact> m{QStringLiteral("contact"), QStringLiteral("contacts"), {}};
        m.field("full_name", &Contact::fullName)
            .field("family_name", &Contact::familyName)
            .field("middle_name", &Contact::middleName)
            .field("given_name", &Contact::givenName)
            .field("salutation", &Contact::salutation)
            .field("phone", &Contact::phone)
            .field("phone2", &Contact::phone2)
            .field("zalo_phone", &Contact::zaloPhone)
            .field("email", &Contact::email)
            .field("account_id", &Contact::accountId)
            .field("role", &Contact::role)
            .field("job_title", &Contact::jobTitle)
            .field("street", &Contact::address, &Address::street)
            .field("commune", &Contact::address, &Address::commune)
            .field("province", &Contact::address, &Address::province)
            .field("address_original", &Contact::address, &Address::original)
            .field("owner_id", &Contact::ownerId)
            .field("lead_id", &Contact::leadId)
            .field("notes", &Contact::notes)
            .derived("search_text",
                     [](const Contact &contact) {
                         return QVariant(SearchText()
                                             .text(contact.fullName)
                                             .email(contact.email)
                                             .phone(contact.phone)
                                             .phone(contact.phone2)
                                             .toString());
                     })
            .derived("sort_key",
                     [](const Contact &contact) {
                         return QVariant(
                             PersonName{contact.familyName, contact.middleName, contact.givenName}.sortKey());
                     })
            .derived("az_key", [](const Contact &contact) {
                return QVariant(
                    PersonName{contact.familyName, contact.middleName, contact.givenName}.fullNameSortKey());
            });
        return m;
    }();
    return contacts;
}
