#pragma once

#include "domain/Stage.h"
#include "storage/Repository.h"

class StageRepository : public Repository<Stage>
{
public:
    explicit StageRepository(Database &database);
    static const TableMapping<Stage> &mapping();
};
