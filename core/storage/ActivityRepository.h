#pragma once

#include "domain/Activity.h"
#include "storage/Repository.h"

class ActivityRepository : public Repository<Activity>
{
public:
    explicit ActivityRepository(Database &database);
    static const TableMapping<Activity> &mapping();
};
