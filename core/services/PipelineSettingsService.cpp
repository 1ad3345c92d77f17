#include "services/PipelineSettingsService.h"

#include "domain/Opportunity.h"
#include "services/PipelineService.h"
#include "storage/Database.h"
#include "storage/LostReasonRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/StageRepository.h"
#include "storage/Transaction.h"
#include "text/VietnameseText.h"

#include <QSet>

#include <algorithm>

namespace {

template <typename T> int nextPosition(const QList<T> &items)
{
    int next = 0;
    for (const T &item : items)
        next = std::max(next, item.position + 1);
    return next;
}

template <typename T> QStringList namesExcept(const QList<T> &items, qint64 exceptId)
{
    QStringList names;
    for (const T &item : items) {
        if (item.meta.id != exceptId)
            names << item.name;
    }
    return names;
}

// A missing row of a list the user picked from is their input being wrong, not a broken file.
Error asInput(const Error &error, const QString &field)
{
    if (error.code != ErrorCode::NotFound)
        return error;
    return Error::invalid(field, error.message);
}

} // namespace

Result<QString>
PipelineSettingsService::uniqueName(const QString &rawName, const QString &field, const QString &emptyMessage,
                                    const QStringList &taken,
                                    const std::function<QString(const QString &)> &takenMessage) const
{
    const QString name = VietnameseText::clean(rawName);
    if (name.isEmpty())
        return Error::invalid(field, emptyMessage);
    const QString folded = VietnameseText::fold(name);
    for (const QString &other : taken) {
        if (VietnameseText::fold(other) == folded)
            return Error::invalid(field, takenMessage(name));
    }
    return name;
}

Result<QList<Stage>> PipelineSettingsService::stagesOf(qint64 pipelineId)
{
    return StageRepository(m_database)
        .list(ListQuery()
                  .where(QStringLiteral("pipeline_id"), FilterOp::Equal, pipelineId)
                  .sortBy(QStringLiteral("position")));
}

Result<void> PipelineSettingsService::checkOutcomes(const QList<Stage> &stages,
                                                    const QString &pipelineName) const
{
    const auto has = [&](StageKind kind) {
        return std::any_of(stages.cbegin(), stages.cend(), [kind](const Stage &s) { return s.kind == kind; });
    };
    if (!has(StageKind::Open))
        return Error::invalid(QStringLiteral("kind"),
                              tr("The pipeline “%1” must keep at least one open stage.").arg(pipelineName));
    if (!has(StageKind::Won))
        return Error::invalid(QStringLiteral("kind"),
                              tr("The pipeline “%1” must keep at least one won stage.").arg(pipelineName));
    if (!has(StageKind::Lost))
        return Error::invalid(QStringLiteral("kind"),
                              tr("The pipeline “%1” must keep at least one lost stage.").arg(pipelineName));
    return {};
}

Result<QList<qint64>> PipelineSettingsService::dealsIn(qint64 stageId, TrashFilter trash)
{
    ListQuery query;
    query.where(QStringLiteral("stage_id"), FilterOp::Equal, stageId).sortBy(QStringLiteral("position"));
    query.trash = trash;
    return OpportunityRepository(m_database).ids(query);
}

Result<void> PipelineSettingsService::checkStage(const Stage &stage) const
{
    if (stage.probability < 0 || stage.probability > 100)
        return Error::invalid(QStringLiteral("probability"),
                              tr("The probability must be between 0 and 100."));
    if (stage.rotDays < 0)
        return Error::invalid(QStringLiteral("rot_days"), tr("The rot days cannot be negative."));
    return {};
}

Result<Pipeline> PipelineSettingsService::createPipeline(const QString &rawName)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    PipelineRepository pipelines(m_database);
    Result<QList<Pipeline>> all = pipelines.list(ListQuery());
    if (!all.ok())
        return all.error();
    Result<QString> name = uniqueName(
        rawName, QStringLiteral("name"), tr("The pipeline needs a name."), namesExcept(*all, 0),
        [](const QString &taken) { return tr("There is already a pipeline named “%1”.").arg(taken); });
    if (!name.ok())
        return name.error();
    Pipeline pipeline;
    pipeline.name = *name;
    pipeline.position = nextPosition(*all);
    Result<Pipeline> created = pipelines.create(pipeline);
    if (!created.ok())
        return created.error();

    struct Seed
    {
        const char16_t *name;
        int probability;
        StageKind kind;
        int rotDays;
    };
    const Seed seeds[] = {{u"Tiếp cận", 10, StageKind::Open, 14},
                          {u"Thắng", 100, StageKind::Won, 0},
                          {u"Thua", 0, StageKind::Lost, 0}};
    StageRepository stages(m_database);
    int position = 0;
    for (const Seed &seed : seeds) {
        Stage stage;
        stage.pipelineId = created->meta.id;
        stage.name = QString::fromUtf16(seed.name);
        stage.position = position++;
        stage.probability = seed.probability;
        stage.kind = seed.kind;
        stage.rotDays = seed.rotDays;
        if (Result<Stage> made = stages.create(stage); !made.ok())
            return made.error();
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return created;
}

Result<Pipeline> PipelineSettingsService::renamePipeline(qint64 pipelineId, const QString &rawName,
                                                         std::optional<int> version)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    PipelineRepository pipelines(m_database);
    Result<Pipeline> pipeline = pipelines.get(pipelineId, TrashFilter::Live);
    if (!pipeline.ok())
        return asInput(pipeline.error(), QStringLiteral("pipeline_id"));
    Result<QList<Pipeline>> all = pipelines.list(ListQuery());
    if (!all.ok())
        return all.error();
    Result<QString> name = uniqueName(
        rawName, QStringLiteral("name"), tr("The pipeline needs a name."), namesExcept(*all, pipelineId),
        [](const QString &taken) { return tr("There is already a pipeline named “%1”.").arg(taken); });
    if (!name.ok())
        return name.error();
    Pipeline renamed = *pipeline;
    renamed.name = *name;
    renamed.meta.version = version.value_or(pipeline->meta.version);
    Result<Pipeline> saved = pipelines.update(renamed);
    if (!saved.ok())
        return saved.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return saved;
}

Result<Stage> PipelineSettingsService::createStage(Stage stage)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<Pipeline> pipeline = PipelineRepository(m_database).get(stage.pipelineId, TrashFilter::Live);
    if (!pipeline.ok())
        return asInput(pipeline.error(), QStringLiteral("pipeline_id"));
    Result<QList<Stage>> siblings = stagesOf(stage.pipelineId);
    if (!siblings.ok())
        return siblings.error();
    Result<QString> name = uniqueName(
        stage.name, QStringLiteral("name"), tr("The stage needs a name."), namesExcept(*siblings, 0),
        [&](const QString &taken) {
            return tr("The pipeline “%1” already has a stage named “%2”.").arg(pipeline->name, taken);
        });
    if (!name.ok())
        return name.error();
    if (Result<void> ok = checkStage(stage); !ok.ok())
        return ok.error();
    stage.name = *name;
    stage.position = nextPosition(*siblings);
    stage.meta = RecordMeta();
    Result<Stage> created = StageRepository(m_database).create(stage);
    if (!created.ok())
        return created.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return created;
}

Result<Stage> PipelineSettingsService::updateStage(Stage stage)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    StageRepository stages(m_database);
    Result<Stage> stored = stages.get(stage.meta.id, TrashFilter::Live);
    if (!stored.ok())
        return asInput(stored.error(), QStringLiteral("stage_id"));
    Result<Pipeline> pipeline = PipelineRepository(m_database).get(stored->pipelineId);
    if (!pipeline.ok())
        return pipeline.error();
    Result<QList<Stage>> siblings = stagesOf(stored->pipelineId);
    if (!siblings.ok())
        return siblings.error();
    Result<QString> name = uniqueName(
        stage.name, QStringLiteral("name"), tr("The stage needs a name."),
        namesExcept(*siblings, stage.meta.id), [&](const QString &taken) {
            return tr("The pipeline “%1” already has a stage named “%2”.").arg(pipeline->name, taken);
        });
    if (!name.ok())
        return name.error();
    if (Result<void> ok = checkStage(stage); !ok.ok())
        return ok.error();

    // Only what the editor edits; the pipeline and the order are not changed here.
    Stage changed = *stored;
    changed.meta.version = stage.meta.version;
    changed.name = *name;
    changed.probability = stage.probability;
    changed.rotDays = stage.rotDays;
    changed.kind = stage.kind;
    if (changed.kind != stored->kind) {
        Result<QList<qint64>> deals = dealsIn(stored->meta.id, TrashFilter::All);
        if (!deals.ok())
            return deals.error();
        if (!deals->isEmpty())
            return Error::invalid(QStringLiteral("kind"),
                                  tr("The stage “%1” holds deals: move them to another stage before "
                                     "changing its kind.")
                                      .arg(stored->name));
        QList<Stage> after = *siblings;
        for (Stage &sibling : after) {
            if (sibling.meta.id == changed.meta.id)
                sibling.kind = changed.kind;
        }
        if (Result<void> ok = checkOutcomes(after, pipeline->name); !ok.ok())
            return ok.error();
    }
    Result<Stage> saved = stages.update(changed);
    if (!saved.ok())
        return saved.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return saved;
}

Result<void> PipelineSettingsService::reorderStages(qint64 pipelineId, const QList<qint64> &stageIds)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<QList<Stage>> stages = stagesOf(pipelineId);
    if (!stages.ok())
        return stages.error();
    QSet<qint64> wanted(stageIds.cbegin(), stageIds.cend());
    QSet<qint64> present;
    for (const Stage &stage : std::as_const(*stages))
        present.insert(stage.meta.id);
    if (wanted != present || stageIds.size() != stages->size())
        return Error::invalid(QStringLiteral("stages"),
                              tr("The new order must list every stage of the pipeline exactly once."));
    StageRepository repository(m_database);
    for (Stage stage : std::as_const(*stages)) {
        stage.position = int(stageIds.indexOf(stage.meta.id));
        if (Result<Stage> saved = repository.update(stage); !saved.ok())
            return saved.error();
    }
    return transaction.commit();
}

Result<int> PipelineSettingsService::deleteStage(qint64 stageId, std::optional<qint64> moveDealsTo)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    StageRepository stages(m_database);
    Result<Stage> doomed = stages.get(stageId, TrashFilter::Live);
    if (!doomed.ok())
        return asInput(doomed.error(), QStringLiteral("stage_id"));
    Result<Pipeline> pipeline = PipelineRepository(m_database).get(doomed->pipelineId);
    if (!pipeline.ok())
        return pipeline.error();
    Result<QList<Stage>> siblings = stagesOf(doomed->pipelineId);
    if (!siblings.ok())
        return siblings.error();
    QList<Stage> remaining;
    for (const Stage &stage : std::as_const(*siblings)) {
        if (stage.meta.id != stageId)
            remaining << stage;
    }
    if (Result<void> ok = checkOutcomes(remaining, pipeline->name); !ok.ok())
        return ok.error();

    Result<QList<qint64>> live = dealsIn(stageId, TrashFilter::Live);
    if (!live.ok())
        return live.error();
    Result<QList<qint64>> trashed = dealsIn(stageId, TrashFilter::Trash);
    if (!trashed.ok())
        return trashed.error();

    std::optional<Stage> target;
    if (moveDealsTo) {
        const auto found = std::find_if(remaining.cbegin(), remaining.cend(),
                                        [&](const Stage &stage) { return stage.meta.id == *moveDealsTo; });
        if (found == remaining.cend())
            return Error::invalid(
                QStringLiteral("move_to"),
                tr("Move the deals to another stage of the pipeline “%1”.").arg(pipeline->name));
        if (found->kind != doomed->kind)
            return Error::invalid(QStringLiteral("move_to"),
                                  tr("The deals of “%1” can only move to a stage of the same kind (open, won "
                                     "or lost).")
                                      .arg(doomed->name));
        target = *found;
    } else if (!live->isEmpty()) {
        return Error::invalid(QStringLiteral("move_to"),
                              tr("The stage “%1” holds %n deal(s): choose the stage to move them to.",
                                 nullptr, int(live->size()))
                                  .arg(doomed->name));
    } else if (!trashed->isEmpty()) {
        for (const Stage &stage : std::as_const(remaining)) {
            if (stage.kind == StageKind::Open) {
                target = stage;
                break;
            }
        }
    }

    if (target) {
        // Appended after the target's own deals, in the order they had; the probability follows the
        // column (its weighted sum uses the stage's), the time in stage does not restart: the deal did
        // not move forward, its column was merged, and a reset would hide a rotting deal.
        const QList<qint64> movingIds = *live + *trashed;
        Result<QList<qint64>> positions =
            PipelineService(m_database).positionsAtEnd(target->meta.id, movingIds);
        if (!positions.ok())
            return positions.error();
        OpportunityRepository deals(m_database);
        for (qsizetype i = 0; i < movingIds.size(); ++i) {
            const qint64 id = movingIds[i];
            Result<Opportunity> deal = deals.get(id);
            if (!deal.ok())
                return deal.error();
            Opportunity moved = *deal;
            moved.stageId = target->meta.id;
            moved.probability = target->probability;
            if (target->kind != doomed->kind) // only trashed deals, sent to an open stage
                PipelineService::enterStage(moved, *target, moved.stageEnteredAt);
            moved.position = int(positions->at(i));
            if (Result<Opportunity> saved = deals.update(moved); !saved.ok())
                return saved.error();
        }
    }
    if (Result<RecordMeta> gone = stages.moveToTrash(stageId, doomed->meta.version); !gone.ok())
        return gone.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return int(live->size());
}

Result<LostReason> PipelineSettingsService::addLostReason(const QString &rawName)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    LostReasonRepository reasons(m_database);
    Result<QList<LostReason>> all = reasons.list(ListQuery());
    if (!all.ok())
        return all.error();
    Result<QString> name = uniqueName(
        rawName, QStringLiteral("name"), tr("The lost reason needs a name."), namesExcept(*all, 0),
        [](const QString &taken) { return tr("There is already a lost reason “%1”.").arg(taken); });
    if (!name.ok())
        return name.error();
    LostReason reason;
    reason.name = *name;
    reason.position = nextPosition(*all);
    Result<LostReason> created = reasons.create(reason);
    if (!created.ok())
        return created.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return created;
}

Result<LostReason> PipelineSettingsService::renameLostReason(qint64 reasonId, const QString &rawName,
                                                             std::optional<int> version)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    LostReasonRepository reasons(m_database);
    Result<LostReason> reason = reasons.get(reasonId, TrashFilter::Live);
    if (!reason.ok())
        return asInput(reason.error(), QStringLiteral("lost_reason_id"));
    Result<QList<LostReason>> all = reasons.list(ListQuery());
    if (!all.ok())
        return all.error();
    Result<QString> name = uniqueName(
        rawName, QStringLiteral("name"), tr("The lost reason needs a name."), namesExcept(*all, reasonId),
        [](const QString &taken) { return tr("There is already a lost reason “%1”.").arg(taken); });
    if (!name.ok())
        return name.error();
    LostReason renamed = *reason;
    renamed.name = *name;
    renamed.meta.version = version.value_or(reason->meta.version);
    Result<LostReason> saved = reasons.update(renamed);
    if (!saved.ok())
        return saved.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return saved;
}

Result<void> PipelineSettingsService::removeLostReason(qint64 reasonId)
{
    Result<RecordMeta> gone = LostReasonRepository(m_database).moveToTrash(reasonId);
    if (!gone.ok())
        return asInput(gone.error(), QStringLiteral("lost_reason_id"));
    return {};
}
