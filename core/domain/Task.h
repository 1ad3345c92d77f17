#pragma once

#include "domain/EnumText.h"
#include "domain/RecordMeta.h"
#include "domain/Related.h"

enum class TaskPriority
{
    Low,
    Normal,
    High,
};

template <> struct EnumText<TaskPriority>
{
    static constexpr std::array values{std::pair{TaskPriority::Low, "low"},
                                       std::pair{TaskPriority::Normal, "normal"},
                                       std::pair{TaskPriority::High, "high"}};
};

// Something to do by a date (công việc), assigned to a user, about any record.
struct Task
{
    RecordMeta meta;

    QString title;
    QString notes;
    QDateTime dueAt;
    TaskPriority priority = TaskPriority::Normal;
    std::optional<qint64> assigneeId;
    QDateTime completedAt; // null while not done
    Related related;

    bool isDone() const { return completedAt.isValid(); }
};
