#include "storage/TagRepository.h"

TagRepository::TagRepository(Database &database) : Repository<Tag>(database, mapping()) {}

const TableMapping<Tag> &TagRepository::mapping()
{
    static const TableMapping<Tag> table = [] {
        TableMapping<Tag> m{QStringLiteral("tag"), QStringLiteral("tags"), {}};
        m.field("name", &Tag::name).field("color", &Tag::color);
        return m;
    }();
    return table;
}
