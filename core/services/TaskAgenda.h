#pragma once

#include "domain/Task.h"

#include <QList>

// The open tasks a salesperson must see first: those whose due time passed before today began, and
// those due today (local days), each by due time.
struct TaskAgenda
{
    QList<Task> overdue;
    QList<Task> today;
};
