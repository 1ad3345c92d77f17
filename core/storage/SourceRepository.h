#pragma once

#include "domain/Source.h"
#include "storage/Repository.h"

class SourceRepository : public Repository<Source>
{
public:
    explicit SourceRepository(Database &database);
    static const TableMapping<Source> &mapping();
};
