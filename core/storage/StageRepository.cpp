#include "storage/StageRepository.h"

StageRepository::StageRepository(Database &database) : Repository<Stage>(database, mapping()) {}

const TableMapping<Stage> &StageRepository::mapping()
{
    static const TableMapping<Stage> table = [] {
        TableMapping<Stage> m{QStringLiteral("stage"), QStringLiteral("stages"), {}};
        m.field("pipeline_id", &Stage::pipelineId)
            .field("name", &Stage::name)
            .field("position", &Stage::position)
            .field("probability", &Stage::probability)
            .field("kind", &Stage::kind)
            .field("rot_days", &Stage::rotDays);
        return m;
    }();
    return table;
}
