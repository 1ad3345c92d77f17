#pragma once

#include "domain/Pipeline.h"
#include "storage/Repository.h"

class PipelineRepository : public Repository<Pipeline>
{
public:
    explicit PipelineRepository(Database &database);
    static const TableMapping<Pipeline> &mapping();
};
