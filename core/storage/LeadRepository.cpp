#include "storage/LeadRepository.h"

#include "storage/SearchText.h"
#include "text/PersonName.h"

LeadRepository::LeadRepository(Database &database) : Repository<Lead>(database, mapping()) {}

QString LeadRepository::searchTextOf(const Lead &lead)
{
    return SearchText()
        .text(lead.fullName)
        .text(lead.company)
        .email(lead.email)
        .phone(lead.phone)
        .phone(lead.phone2)
        .phone(lead.zaloPhone == lead.phone ? QString() : lead.zaloPhone)
        .toString();
}

const TableMapping<Lead> &LeadRepository::mapping()
{
    static const TableMapping<Lead> leads = [] {
        TableMapping<Lead> m{QStringLiteral("lead"), QStringLiteral("leads"), {}};
        m.field("full_name", &Lead::fullName)
            .field("family_name", &Lead::familyName)
            .field("middle_name", &Lead::middleName)
            .field("given_name", &Lead::givenName)
            .field("salutation", &Lead::salutation)
            .field("phone", &Lead::phone)
            .field("phone2", &Lead::phone2)
            .field("zalo_phone", &Lead::zaloPhone)
            .field("email", &Lead::email)
            .field("company", &Lead::company)
            .field("job_title", &Lead::jobTitle)
            .field("tax_code", &Lead::taxCode)
            .field("street", &Lead::address, &Address::street)
            .field("commune", &Lead::address, &Address::commune)
            .field("province", &Lead::address, &Address::province)
            .field("address_original", &Lead::address, &Address::original)
            .field("source_id", &Lead::sourceId)
            .field("campaign_id", &Lead::campaignId)
            .field("owner_id", &Lead::ownerId)
            .field("status_id", &Lead::statusId)
            .field("qualification", &Lead::qualification)
            .field("temperature", &Lead::temperature)
            .field("bant_need", &Lead::bantNeed)
            .field("bant_fit", &Lead::bantFit)
            .field("bant_budget", &Lead::bantBudget)
            .field("bant_authority", &Lead::bantAuthority)
            .field("bant_timeline", &Lead::bantTimeline)
            .field("score", &Lead::score)
            .field("notes", &Lead::notes)
            .field("converted_at", &Lead::convertedAt)
            .field("converted_account_id", &Lead::convertedAccountId)
            .field("converted_contact_id", &Lead::convertedContactId)
            .field("converted_opportunity_id", &Lead::convertedOpportunityId)
            .derived("search_text", [](const Lead &lead) { return QVariant(searchTextOf(lead)); })
            .derived(
                "sort_key",
                [](const Lead &lead) {
                    return QVariant(PersonName{lead.familyName, lead.middleName, lead.givenName}.sortKey());
                })
            .derived("az_key", [](const Lead &lead) {
                return QVariant(
                    PersonName{lead.familyName, lead.middleName, lead.givenName}.fullNameSortKey());
            });
        return m;
    }();
    return leads;
}
