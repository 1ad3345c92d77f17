#include "services/TrashService.h"

#include "TempDatabase.h"
#include "services/LeadService.h"
#include "storage/TaskRepository.h"

#include <catch2/catch.hpp>

namespace {

QList<qint64> createLeads(LeadService &service, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Lead lead;
        lead.fullName = QStringLiteral("Khách %1").arg(i);
        lead.phone = QStringLiteral("09123456%1").arg(i, 2, 10, QLatin1Char('0'));
        Result<Lead> created = service.create(lead);
        REQUIRE(created.ok());
        ids.append(created->meta.id);
    }
    return ids;
}

} // namespace

TEST_CASE("A selection moves to the trash and back together", "[trash-service]")
{
    TempDatabase temp;
    LeadService leads(temp.db());
    const QList<qint64> ids = createLeads(leads, 3);
    TrashService trash(temp.db());

    Result<QList<RecordMeta>> trashed =
        trash.moveToTrash(QStringLiteral("lead"), TrashService::itemsFor(ids));
    REQUIRE(trashed.ok());
    REQUIRE(trashed->size() == 3);
    CHECK(trashed->at(0).isDeleted());
    CHECK(leads.repository().count().value() == 0);

    Result<QList<RecordMeta>> restored = trash.restore(QStringLiteral("lead"), TrashService::itemsFor(ids));
    REQUIRE(restored.ok());
    CHECK_FALSE(restored->at(2).isDeleted());
    CHECK(leads.repository().count().value() == 3);
}

TEST_CASE("One record that cannot move keeps the whole selection where it was", "[trash-service]")
{
    TempDatabase temp;
    LeadService leads(temp.db());
    const QList<qint64> ids = createLeads(leads, 3);
    TrashService trash(temp.db());

    // The second lead was changed by someone else after this user read it.
    QList<TrashService::Item> items = TrashService::itemsFor(ids);
    items[1].expectedVersion = 0;
    Result<QList<RecordMeta>> trashed = trash.moveToTrash(QStringLiteral("lead"), items);
    REQUIRE_FALSE(trashed.ok());
    CHECK(trashed.error().code == ErrorCode::Conflict);
    CHECK(leads.repository().count().value() == 3);
}

TEST_CASE("Tasks have a trash too, and unknown kinds are refused", "[trash-service]")
{
    TempDatabase temp;
    Task task;
    task.title = QStringLiteral("Gọi lại cho chị Hà");
    Result<Task> created = TaskRepository(temp.db()).create(task);
    REQUIRE(created.ok());
    TrashService trash(temp.db());
    REQUIRE(trash.moveToTrash(QStringLiteral("task"), TrashService::itemsFor({created->meta.id})).ok());
    CHECK(TaskRepository(temp.db()).count().value() == 0);

    Result<QList<RecordMeta>> refused =
        trash.moveToTrash(QStringLiteral("stage"), TrashService::itemsFor({1}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}
