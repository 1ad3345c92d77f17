#include "services/ContactService.h"

#include "services/FieldRules.h"
#include "services/References.h"
#include "storage/AccountRepository.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"

ContactService::ContactService(Database &database) : RecordService(database) {}

Result<void> ContactService::normalize(Contact &contact) const
{
    FieldRules::clean({&contact.salutation, &contact.jobTitle, &contact.notes});
    FieldRules::personName(contact.fullName, contact.familyName, contact.middleName, contact.givenName);
    if (contact.fullName.isEmpty())
        return Error::invalid(QStringLiteral("full_name"), tr("The contact needs a name."));
    return FieldRules::firstError(
        {FieldRules::personPhones(contact.phone, contact.phone2, contact.zaloPhone),
         FieldRules::assign(contact.email, FieldRules::email(contact.email)),
         FieldRules::address(contact.address),
         References::mustExist(AccountRepository(database()).table(), contact.accountId,
                               QStringLiteral("account_id")),
         References::mustExist(LeadRepository(database()).table(), contact.leadId, QStringLiteral("lead_id")),
         References::mustExist(UserRepository(database()).table(), contact.ownerId,
                               QStringLiteral("owner_id"))});
}
