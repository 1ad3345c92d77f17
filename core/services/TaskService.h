#pragma once

#include "domain/Task.h"
#include "services/RecordService.h"
#include "services/TaskAgenda.h"
#include "services/TaskView.h"
#include "storage/TaskRepository.h"

// Tasks (công việc): a title is required, the assignee and the records a task is about must exist.
// Ticking one done applies to the task as it is now, whoever saved it last. The lists read the
// tasks_* indexes of schema v1, so they stay fast on 100,000 tasks; "today" is the user's local day.
class TaskService : public RecordService<Task, TaskRepository>
{
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    explicit TaskService(Database &database);

    Result<void> normalize(Task &task) const override;

    // Done sets completedAt to now (UTC), unless it was done already; not done clears it.
    Result<Task> setDone(qint64 id, bool done);

    // The live tasks about record (any of its ids that is set): open ones first by due time (no due
    // time last), then done ones, the last completed first.
    Result<QList<Task>> forRecord(const Related &record);
    // The open live tasks due before now's local day began, and those due during it.
    Result<TaskAgenda> agenda(const QDateTime &now, std::optional<qint64> assigneeId = {});
    // The ids of the task list in view, for everyone or one assignee, narrowed by further filters (the
    // list's filter-as-you-type on search_text).
    Result<QList<qint64>> taskIds(TaskView view, const QDateTime &now, std::optional<qint64> assigneeId = {},
                                  const QList<ListFilter> &narrowing = {});

    // The queries taskIds runs, one after the other, for view: public so tests can hold each to its
    // index (RecordTable::queryPlan).
    static QList<ListQuery> viewQueries(TaskView view, const QDateTime &now,
                                        std::optional<qint64> assigneeId = {});
};
