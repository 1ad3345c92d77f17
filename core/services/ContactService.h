#pragma once

#include "domain/Contact.h"
#include "services/RecordService.h"
#include "storage/ContactRepository.h"

// Contacts (liên hệ): a person like a lead (name split into họ, tên đệm, tên; phones, Zalo, email and
// province normalized), but a contact needs only a name: people met at an account are often known by
// name and role before anyone has their number. The account, when set, must exist; so must the owner.
class ContactService : public RecordService<Contact, ContactRepository>
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    explicit ContactService(Database &database);

    Result<void> normalize(Contact &contact) const override;
};
