#include "TempDatabase.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

namespace {

qint64 addTask(TaskRepository &tasks, const QString &title, const QDateTime &due, const Related &related = {})
{
    Task task;
    task.title = title;
    task.dueAt = due;
    task.related = related;
    Result<Task> created = tasks.create(task);
    REQUIRE(created.ok());
    return created->meta.id;
}

} // namespace

TEST_CASE("A whereAny group matches rows where any of its filters holds, ANDed with the others",
          "[list-query]")
{
    TempDatabase temp;
    TaskRepository tasks(temp.db());
    const QDateTime due(QDate(2025, 3, 10), QTime(8, 0), Qt::UTC);
    const qint64 a = addTask(tasks, QStringLiteral("a"), due);
    const qint64 b = addTask(tasks, QStringLiteral("b"), QDateTime());
    addTask(tasks, QStringLiteral("c"), due.addDays(1));

    ListQuery query;
    query.whereAny({ListFilter{QStringLiteral("title"), FilterOp::Equal, QStringLiteral("a")},
                    ListFilter{QStringLiteral("due_at"), FilterOp::IsNull, {}}});
    CHECK(*tasks.ids(query) == QList<qint64>{a, b});
    query.where(QStringLiteral("due_at"), FilterOp::IsNotNull);
    CHECK(*tasks.ids(query) == QList<qint64>{a});

    // An empty group has nothing that holds; a bad column is refused, not put into SQL.
    CHECK(tasks.ids(ListQuery().whereAny({}))->isEmpty());
    Result<QList<qint64>> refused = tasks.ids(
        ListQuery().whereAny({ListFilter{QStringLiteral("title; DROP TABLE tasks"), FilterOp::Equal, 1}}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Filters on timestamp columns compare a QDateTime the way timestamps are stored", "[list-query]")
{
    TempDatabase temp;
    TaskRepository tasks(temp.db());
    // 23:59:59.999 and 00:00:00.000 differ by a millisecond; a QDateTime bound in another text form
    // (no milliseconds, an offset instead of Z) would put them on the wrong sides of the boundary.
    const QDateTime midnight(QDate(2025, 3, 10), QTime(0, 0), Qt::UTC);
    const qint64 before = addTask(tasks, QStringLiteral("before"), midnight.addMSecs(-1));
    const qint64 at = addTask(tasks, QStringLiteral("at"), midnight);
    const QDateTime localMidnight = midnight.toOffsetFromUtc(7 * 3600); // the same instant, 07:00+07:00

    CHECK(*tasks.ids(ListQuery().where(QStringLiteral("due_at"), FilterOp::Less, midnight)) ==
          QList<qint64>{before});
    CHECK(*tasks.ids(ListQuery().where(QStringLiteral("due_at"), FilterOp::GreaterOrEqual, localMidnight)) ==
          QList<qint64>{at});
    CHECK(*tasks.ids(ListQuery().where(QStringLiteral("due_at"), FilterOp::In,
                                       QVariantList{QVariant(localMidnight)})) == QList<qint64>{at});
}

TEST_CASE("queryPlan tells which index a list reads", "[list-query]")
{
    TempDatabase temp;
    TaskRepository tasks(temp.db());
    Result<QStringList> plan =
        tasks.table().queryPlan(ListQuery().where(QStringLiteral("lead_id"), FilterOp::Equal, 1));
    REQUIRE(plan.ok());
    CHECK(plan->join(u' ').contains(QStringLiteral("tasks_lead")));
    CHECK_FALSE(tasks.table().queryPlan(ListQuery().sortBy(QStringLiteral("nope"))).ok());
}
