#include "storage/SourceRepository.h"

SourceRepository::SourceRepository(Database &database) : Repository<Source>(database, mapping()) {}

const TableMapping<Source> &SourceRepository::mapping()
{
    static const TableMapping<Source> table = [] {
        TableMapping<Source> m{QStringLiteral("source"), QStringLiteral("sources"), {}};
        m.field("name", &Source::name).field("position", &Source::position).field("active", &Source::active);
        return m;
    }();
    return table;
}
