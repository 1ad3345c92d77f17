#pragma once

#include "domain/Task.h"
#include "storage/Repository.h"

class TaskRepository : public Repository<Task>
{
public:
    explicit TaskRepository(Database &database);
    static const TableMapping<Task> &mapping();
};
