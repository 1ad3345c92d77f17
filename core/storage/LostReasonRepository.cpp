#include "storage/LostReasonRepository.h"

LostReasonRepository::LostReasonRepository(Database &database) : Repository<LostReason>(database, mapping())
{}

const TableMapping<LostReason> &LostReasonRepository::mapping()
{
    static const TableMapping<LostReason> table = [] {
        TableMapping<LostReason> m{QStringLiteral("lost_reason"), QStringLiteral("lost_reasons"), {}};
        m.field("name", &LostReason::name).field("position", &LostReason::position);
        return m;
    }();
    return table;
}
