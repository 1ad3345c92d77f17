#pragma once

#include "domain/Account.h"
#include "domain/Contact.h"
#include "domain/Opportunity.h"
#include "services/RecordService.h"
#include "storage/AccountRepository.h"

// Accounts (khách hàng) as the editor and the account page need them: a name is required; tax code,
// phone, email and province are checked and normalized like a lead's; the owner must exist. Create,
// update, trash, restore and get come from RecordService.
class AccountService : public RecordService<Account, AccountRepository>
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Database &database);

    Result<void> normalize(Account &account) const override;

    // The account's live contacts, by given name (the order of the contact list).
    Result<QList<Contact>> contactsOf(qint64 accountId);
    // The account's live opportunities, newest first.
    Result<QList<Opportunity>> opportunitiesOf(qint64 accountId);
};
