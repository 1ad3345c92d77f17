#include "activities/TaskTableModel.h"

#include "activities/ActivityKindNames.h"
#include "common/DisplayFormat.h"
#include "services/TaskService.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"

#include <QLocale>

QString TaskTableModel::sortKey(int column) const
{
    switch (column) {
    case TitleColumn:
        return QStringLiteral("title");
    case DueColumn:
        return QStringLiteral("due_at");
    case StateColumn:
        return QStringLiteral("completed_at");
    default:
        return {};
    }
}

void TaskTableModel::setView(TaskView view, bool onlyMine)
{
    if (view == m_view && onlyMine == m_onlyMine)
        return;
    m_view = view;
    m_onlyMine = onlyMine;
    if (isLoaded())
        reload();
}

std::optional<qint64> TaskTableModel::assignee() const
{
    if (!m_onlyMine)
        return std::nullopt;
    // A user with no row in the file has no tasks assigned yet: -1 matches none.
    Result<User> me = lookups().userNamed(database().userName());
    return me.ok() ? me->meta.id : -1;
}

Result<QList<qint64>> TaskTableModel::queryIds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!isSorted())
        return TaskService(database()).taskIds(m_view, now, assignee(), textQuery().filters);
    // A chosen order keeps the view's conditions; only the split by "has a due time" that the view's
    // own order needs is dropped.
    ListQuery query = TaskService::viewQueries(m_view, now, assignee()).constFirst();
    query.filters.removeIf([](const ListFilter &filter) {
        return filter.column == QStringLiteral("due_at") &&
               (filter.op == FilterOp::IsNull || filter.op == FilterOp::IsNotNull);
    });
    query.filters.append(textQuery().filters);
    return sortedIds<TaskRepository>(query);
}

Result<QList<RecordTableModel::Row>> TaskTableModel::loadRows(const QList<qint64> &ids) const
{
    Result<QList<Task>> tasks = recordsWithIds<TaskRepository>(ids);
    if (!tasks.ok())
        return tasks.error();
    QList<Row> rows;
    rows.reserve(tasks->size());
    for (const Task &task : std::as_const(*tasks)) {
        QVariantList display(ColumnCount);
        display[TitleColumn] = task.title;
        display[DueColumn] = DisplayFormat::timeAndDate(task.dueAt);
        display[PriorityColumn] = ActivityKindNames::priority(task.priority);
        display[AssigneeColumn] = lookups().userDisplayName(task.assigneeId);
        display[StateColumn] = task.isDone() ? tr("Done") : tr("Open");
        rows.append(Row{task.meta.id, display});
    }
    return rows;
}

QString TaskTableModel::columnTitle(int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("Task");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assigned to");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
