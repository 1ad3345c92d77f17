#pragma once

#include "domain/Tag.h"
#include "storage/Repository.h"

class TagRepository : public Repository<Tag>
{
public:
    explicit TagRepository(Database &database);
    static const TableMapping<Tag> &mapping();
};
