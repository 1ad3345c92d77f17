#include "activities/TaskTableModel.h"

#include "storage/TaskRepository.h"

#include <QLocale>

QString TaskTableModel::priorityLabel(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Low:
        return tr("Low");
    case TaskPriority::Normal:
        return tr("Normal");
    case TaskPriority::High:
        return tr("High");
    }
    return {};
}

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

Result<QList<qint64>> TaskTableModel::queryIds()
{
    if (isSorted())
        return sortedIds<TaskRepository>();
    TaskRepository tasks(database());
    Result<QList<qint64>> open = tasks.ids(
        ListQuery().where(QStringLiteral("completed_at"), FilterOp::IsNull).sortBy(QStringLiteral("due_at")));
    if (!open.ok())
        return open;
    Result<QList<qint64>> done = tasks.ids(ListQuery()
                                               .where(QStringLiteral("completed_at"), FilterOp::IsNotNull)
                                               .sortBy(QStringLiteral("completed_at"), Qt::DescendingOrder));
    if (!done.ok())
        return done;
    return *open + *done;
}

Result<QList<RecordTableModel::Row>> TaskTableModel::loadRows(const QList<qint64> &ids) const
{
    Result<QList<Task>> tasks = recordsWithIds<TaskRepository>(ids);
    if (!tasks.ok())
        return tasks.error();
    const QLocale locale;
    QList<Row> rows;
    rows.reserve(tasks->size());
    for (const Task &task : std::as_const(*tasks)) {
        QVariantList display(ColumnCount);
        display[TitleColumn] = task.title;
        display[DueColumn] = task.dueAt.isValid()
                                 ? locale.toString(task.dueAt.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
        display[PriorityColumn] = priorityLabel(task.priority);
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
