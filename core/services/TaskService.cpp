#include "services/TaskService.h"

#include "services/FieldRules.h"
#include "services/References.h"
#include "storage/UserRepository.h"

namespace {

const QString dueAt = QStringLiteral("due_at");
const QString completedAt = QStringLiteral("completed_at");

ListQuery liveTasks(std::optional<qint64> assigneeId)
{
    ListQuery query;
    if (assigneeId)
        query.where(QStringLiteral("assignee_id"), FilterOp::Equal, *assigneeId);
    return query;
}

// By due time with the undated last, as two queries: SQLite sorts NULL first, and a NULLS LAST or
// "due_at IS NULL" sort key would make it sort the rows itself instead of reading them off the
// (due_at, id) index in order.
QList<ListQuery> byDueTime(const ListQuery &tasks)
{
    ListQuery dated = tasks;
    dated.where(dueAt, FilterOp::IsNotNull).sortBy(dueAt);
    ListQuery undated = tasks;
    undated.where(dueAt, FilterOp::IsNull).sortBy(QStringLiteral("id"));
    return {dated, undated};
}

ListQuery dueBetween(ListQuery open, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid())
        open.where(dueAt, FilterOp::GreaterOrEqual, from);
    return open.where(dueAt, FilterOp::Less, to).sortBy(dueAt);
}

// The start of the local day now falls in, and of the next one (startOfDay copes with days that do
// not begin at 00:00 because of a daylight-saving change).
std::pair<QDateTime, QDateTime> localDay(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    return {today.startOfDay(), today.addDays(1).startOfDay()};
}

template <typename Item, typename Fetch>
Result<QList<Item>> concatenated(const QList<ListQuery> &queries, Fetch fetch)
{
    QList<Item> all;
    for (const ListQuery &query : queries) {
        Result<QList<Item>> part = fetch(query);
        if (!part.ok())
            return part.error();
        all += *part;
    }
    return all;
}

} // namespace

TaskService::TaskService(Database &database) : RecordService(database) {}

Result<void> TaskService::normalize(Task &task) const
{
    FieldRules::clean({&task.notes});
    return FieldRules::firstError(
        {FieldRules::assign(task.title, FieldRules::requiredText(task.title, QStringLiteral("title"),
                                                                 tr("The task needs a title."))),
         References::mustExist(UserRepository(database()).table(), task.assigneeId,
                               QStringLiteral("assignee_id")),
         References::mustExist(database(), task.related)});
}

Result<Task> TaskService::setDone(qint64 id, bool done)
{
    return updateCurrent(id, [done](Task &task) -> Result<void> {
        if (!done)
            task.completedAt = QDateTime();
        else if (!task.isDone())
            task.completedAt = QDateTime::currentDateTimeUtc();
        return {};
    });
}

Result<QList<Task>> TaskService::forRecord(const Related &record)
{
    if (References::isEmpty(record))
        return QList<Task>();
    ListQuery about;
    about.whereAny(References::about(record));
    QList<ListQuery> queries = byDueTime(ListQuery(about).where(completedAt, FilterOp::IsNull));
    queries
        << ListQuery(about).where(completedAt, FilterOp::IsNotNull).sortBy(completedAt, Qt::DescendingOrder);
    return concatenated<Task>(queries, [this](const ListQuery &query) { return repository().list(query); });
}

QList<ListQuery> TaskService::viewQueries(TaskView view, const QDateTime &now,
                                          std::optional<qint64> assigneeId)
{
    const ListQuery open = liveTasks(assigneeId).where(completedAt, FilterOp::IsNull);
    const auto [todayStarts, tomorrowStarts] = localDay(now);
    switch (view) {
    case TaskView::All:
        return {liveTasks(assigneeId).sortBy(QStringLiteral("id"), Qt::DescendingOrder)};
    case TaskView::Open:
        return byDueTime(open);
    case TaskView::Today:
        return {dueBetween(open, todayStarts, tomorrowStarts)};
    case TaskView::Overdue:
        return {dueBetween(open, QDateTime(), todayStarts)};
    case TaskView::Done:
        return byDueTime(liveTasks(assigneeId).where(completedAt, FilterOp::IsNotNull));
    }
    return {};
}

Result<TaskAgenda> TaskService::agenda(const QDateTime &now, std::optional<qint64> assigneeId)
{
    const auto tasksIn = [&](TaskView view) {
        return concatenated<Task>(viewQueries(view, now, assigneeId),
                                  [this](const ListQuery &query) { return repository().list(query); });
    };
    Result<QList<Task>> overdue = tasksIn(TaskView::Overdue);
    if (!overdue.ok())
        return overdue.error();
    Result<QList<Task>> today = tasksIn(TaskView::Today);
    if (!today.ok())
        return today.error();
    return TaskAgenda{*overdue, *today};
}

Result<QList<qint64>> TaskService::taskIds(TaskView view, const QDateTime &now,
                                           std::optional<qint64> assigneeId,
                                           const QList<ListFilter> &narrowing)
{
    QList<ListQuery> queries = viewQueries(view, now, assigneeId);
    for (ListQuery &query : queries)
        query.filters.append(narrowing);
    return concatenated<qint64>(queries, [this](const ListQuery &query) { return repository().ids(query); });
}
