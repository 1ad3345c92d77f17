#pragma once

#include "domain/Task.h"
#include "storage/Repository.h"

// Tasks: the mapping of every field, plus the folded search text of the title and notes.
class TaskRepository : public Repository<Task>
{
public:
    explicit TaskRepository(Database &database);
    static const TableMapping<Task> &mapping();
    static QString searchTextOf(const QString &title, const QString &notes);
};
