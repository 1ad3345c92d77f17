#pragma once

#include "domain/Contact.h"
#include "storage/Repository.h"

class ContactRepository : public Repository<Contact>
{
public:
    explicit ContactRepository(Database &database);
    static const TableMapping<Contact> &mapping();
};
