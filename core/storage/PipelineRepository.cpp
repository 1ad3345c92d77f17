#include "storage/PipelineRepository.h"

PipelineRepository::PipelineRepository(Database &database) : Repository<Pipeline>(database, mapping()) {}

const TableMapping<Pipeline> &PipelineRepository::mapping()
{
    static const TableMapping<Pipeline> table = [] {
        TableMapping<Pipeline> m{QStringLiteral("pipeline"), QStringLiteral("pipelines"), {}};
        m.field("name", &Pipeline::name)
            .field("position", &Pipeline::position)
            .field("is_default", &Pipeline::isDefault);
        return m;
    }();
    return table;
}
