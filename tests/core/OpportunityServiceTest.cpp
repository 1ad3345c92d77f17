#include "services/OpportunityService.h"

#include "RowCount.h"
#include "TempDatabase.h"
#include "storage/PipelineRepository.h"
#include "storage/StageRepository.h"

#include <catch2/catch.hpp>

namespace {

QList<Stage> defaultStages(Database &db)
{
    Result<QList<Stage>> stages = StageRepository(db).list(ListQuery().sortBy(QStringLiteral("position")));
    REQUIRE(stages.ok());
    REQUIRE(stages->size() >= 3);
    return *stages;
}

Opportunity dealOn(const Stage &stage)
{
    Opportunity deal;
    deal.name = QStringLiteral("Trang bị 50 máy tính");
    deal.pipelineId = stage.pipelineId;
    deal.stageId = stage.meta.id;
    deal.amount = 750'000'000;
    return deal;
}

} // namespace

TEST_CASE("A new opportunity takes its stage's probability unless given one and records when it entered",
          "[opportunity-service]")
{
    TempDatabase temp;
    OpportunityService service(temp.db());
    const QList<Stage> stages = defaultStages(temp.db());
    const Stage second = stages.at(1);
    REQUIRE(second.probability > 0);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    Opportunity deal = dealOn(second);
    deal.name = QStringLiteral("  Trang bị  50 máy tính ").normalized(QString::NormalizationForm_D);
    Result<Opportunity> created = service.create(deal);
    REQUIRE(created.ok());
    CHECK(created->name == QStringLiteral("Trang bị 50 máy tính"));
    CHECK(created->probability == second.probability);
    CHECK(created->amount == 750'000'000);
    CHECK(created->stageEnteredAt >= before);
    CHECK(service.get(created->meta.id)->stageEnteredAt.isValid());

    Opportunity given = dealOn(second);
    given.probability = 90;
    CHECK(service.create(given)->probability == 90);
}

TEST_CASE("An opportunity is refused, naming the field, for a wrong name, amount, probability or stage",
          "[opportunity-service]")
{
    TempDatabase temp;
    OpportunityService service(temp.db());
    const Stage stage = defaultStages(temp.db()).constFirst();
    const auto refusedField = [&](const Opportunity &deal) {
        Result<Opportunity> refused = service.create(deal);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(refused.error().message.isEmpty());
        return refused.error().field;
    };
    Opportunity deal = dealOn(stage);
    deal.name = QStringLiteral(" ");
    CHECK(refusedField(deal) == QStringLiteral("name"));
    deal = dealOn(stage);
    deal.amount = -1;
    CHECK(refusedField(deal) == QStringLiteral("amount"));
    deal = dealOn(stage);
    deal.probability = 101;
    CHECK(refusedField(deal) == QStringLiteral("probability"));
    deal.probability = -5;
    CHECK(refusedField(deal) == QStringLiteral("probability"));
    deal = dealOn(stage);
    deal.pipelineId = 0;
    CHECK(refusedField(deal) == QStringLiteral("pipeline_id"));
    deal.pipelineId = 777;
    CHECK(refusedField(deal) == QStringLiteral("pipeline_id"));
    deal = dealOn(stage);
    deal.stageId = 0;
    CHECK(refusedField(deal) == QStringLiteral("stage_id"));
    deal.stageId = 888;
    CHECK(refusedField(deal) == QStringLiteral("stage_id"));
    deal = dealOn(stage);
    deal.accountId = 55;
    CHECK(refusedField(deal) == QStringLiteral("account_id"));

    // A stage of another pipeline.
    Pipeline projects;
    projects.name = QStringLiteral("Dự án");
    projects.position = 2;
    const qint64 projectsId = PipelineRepository(temp.db()).create(projects)->meta.id;
    deal = dealOn(stage);
    deal.pipelineId = projectsId;
    Result<Opportunity> refused = service.create(deal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("stage_id"));
    CHECK(refused.error().message.contains(stage.name));
    CHECK(refused.error().message.contains(QStringLiteral("Dự án")));

    CHECK(rowCount(temp.db(), QStringLiteral("opportunities")) == 0);
}

TEST_CASE("Changing an opportunity's stage restarts its time in stage, other edits keep it",
          "[opportunity-service]")
{
    TempDatabase temp;
    OpportunityService service(temp.db());
    const QList<Stage> stages = defaultStages(temp.db());
    Opportunity created = *service.create(dealOn(stages.at(0)));
    // The deal has sat in its stage for ten days.
    const QDateTime tenDaysAgo = QDateTime::currentDateTimeUtc().addDays(-10);
    Opportunity aged = created;
    aged.stageEnteredAt = tenDaysAgo;
    created = *service.repository().update(aged);

    Opportunity edited = created;
    edited.amount = 800'000'000;
    edited.stageEnteredAt = QDateTime::currentDateTimeUtc(); // an editor cannot rewrite the time in stage
    Result<Opportunity> saved = service.update(edited);
    REQUIRE(saved.ok());
    CHECK(saved->amount == 800'000'000);
    CHECK(service.get(created.meta.id)->stageEnteredAt == tenDaysAgo);

    const QDateTime beforeMove = QDateTime::currentDateTimeUtc().addMSecs(-1);
    Opportunity moved = *saved;
    moved.stageId = stages.at(2).meta.id;
    saved = service.update(moved);
    REQUIRE(saved.ok());
    const Opportunity stored = *service.get(created.meta.id);
    CHECK(stored.stageId == stages.at(2).meta.id);
    CHECK(stored.stageEnteredAt >= beforeMove);
    CHECK(saved->stageEnteredAt == stored.stageEnteredAt);

    // A stale version is refused and nothing is written.
    Opportunity stale = created;
    stale.amount = 1;
    Result<Opportunity> refused = service.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(service.get(created.meta.id)->amount == 800'000'000);
}

TEST_CASE("An opportunity goes to the trash and is restored", "[opportunity-service]")
{
    TempDatabase temp;
    OpportunityService service(temp.db());
    const Opportunity created = *service.create(dealOn(defaultStages(temp.db()).constFirst()));
    REQUIRE(service.moveToTrash(created.meta.id).ok());
    CHECK(service.repository().count(ListQuery()).value() == 0);
    CHECK(service.moveToTrash(created.meta.id).error().code == ErrorCode::NotFound); // already there
    REQUIRE(service.restore(created.meta.id).ok());
    CHECK(service.repository().count(ListQuery()).value() == 1);
}
