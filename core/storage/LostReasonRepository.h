#pragma once

#include "domain/LostReason.h"
#include "storage/Repository.h"

class LostReasonRepository : public Repository<LostReason>
{
public:
    explicit LostReasonRepository(Database &database);
    static const TableMapping<LostReason> &mapping();
};
