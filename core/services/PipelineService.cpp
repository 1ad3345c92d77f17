#include "services/PipelineService.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/LostReasonRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/SqlValue.h"
#include "storage/StageRepository.h"
#include "storage/Transaction.h"
#include "text/VietnameseText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <tuple>

// One live deal of a stage in board order, while a move computes new order keys in memory.
struct StageSlot
{
    qint64 id = 0;
    qint64 position = 0; // the key it will have
    qint64 stored = 0;   // the key it has in the file
    bool placed = false; // put here by this operation (written by the caller, not by renumbering)
};

namespace {

// Keys stay well inside int (Opportunity::position) and SQLite's integer; outside this range a stage is
// renumbered instead. Renumbering gives (i + 1) × step, so this holds about a million deals per stage.
constexpr qint64 keyLimit = qint64(1) << 30;

bool before(qint64 positionA, qint64 idA, qint64 positionB, qint64 idB)
{
    return std::tie(positionA, idA) < std::tie(positionB, idB);
}

// Gives every slot a fresh gapped key in its current order.
void renumber(QList<StageSlot> &slots)
{
    for (qsizetype i = 0; i < slots.size(); ++i)
        slots[i].position = (i + 1) * PipelineService::positionStep;
}

// Inserts ids at index as one block with keys strictly between the neighbours when there is room,
// otherwise renumbers the whole stage. Returns whether it renumbered.
bool insertBlock(QList<StageSlot> &slots, qsizetype index, const QList<qint64> &ids)
{
    index = std::clamp<qsizetype>(index, 0, slots.size());
    const qint64 count = ids.size();
    const std::optional<qint64> low =
        index > 0 ? std::optional<qint64>(slots[index - 1].position) : std::nullopt;
    const std::optional<qint64> high =
        index < slots.size() ? std::optional<qint64>(slots[index].position) : std::nullopt;
    QList<qint64> keys;
    if (!low && !high) {
        for (qint64 j = 0; j < count; ++j)
            keys << (j + 1) * PipelineService::positionStep;
    } else if (!high) {
        for (qint64 j = 0; j < count; ++j)
            keys << *low + (j + 1) * PipelineService::positionStep;
    } else if (!low) {
        for (qint64 j = 0; j < count; ++j)
            keys << *high - (count - j) * PipelineService::positionStep;
    } else if (*high - *low > count) {
        // Spread evenly: floor(gap × (j+1) / (count+1)) is strictly increasing and strictly inside the
        // gap when the gap holds at least count + 1 steps of one.
        const qint64 gap = *high - *low;
        for (qint64 j = 0; j < count; ++j)
            keys << *low + gap * (j + 1) / (count + 1);
    }
    const bool fits = keys.size() == count && std::all_of(keys.cbegin(), keys.cend(), [](qint64 key) {
                          return key > -keyLimit && key < keyLimit;
                      });
    for (qint64 j = 0; j < count; ++j) {
        StageSlot slot;
        slot.id = ids[j];
        slot.position = fits ? keys[j] : 0;
        slot.placed = true;
        slots.insert(index + j, slot);
    }
    if (!fits)
        renumber(slots);
    return !fits;
}

// Puts one deal back at rank, keeping its old key when that still sorts it to exactly that rank (the
// usual case: nothing else changed in the stage), so undo restores the stored value too.
bool insertAtRank(QList<StageSlot> &slots, int rank, qint64 id, qint64 preferredKey)
{
    const qsizetype index = std::clamp<qsizetype>(rank, 0, slots.size());
    const bool afterLow =
        index == 0 || before(slots[index - 1].position, slots[index - 1].id, preferredKey, id);
    const bool beforeHigh =
        index == slots.size() || before(preferredKey, id, slots[index].position, slots[index].id);
    if (afterLow && beforeHigh) {
        StageSlot slot;
        slot.id = id;
        slot.position = preferredKey;
        slot.placed = true;
        slots.insert(index, slot);
        return false;
    }
    return insertBlock(slots, index, {id});
}

qsizetype indexOf(const QList<StageSlot> &slots, qint64 id)
{
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (slots[i].id == id)
            return i;
    }
    return -1;
}

DealPlacement placementOf(const Opportunity &deal, int rank)
{
    DealPlacement placement;
    placement.stageId = deal.stageId;
    placement.position = deal.position;
    placement.rank = rank;
    placement.stageEnteredAt = deal.stageEnteredAt;
    placement.closedAt = deal.closedAt;
    placement.lostReasonId = deal.lostReasonId;
    placement.lostReasonNote = deal.lostReasonNote;
    placement.probability = deal.probability;
    return placement;
}

void applyPlacement(Opportunity &deal, const DealPlacement &placement)
{
    deal.stageId = placement.stageId;
    deal.position = int(placement.position);
    deal.stageEnteredAt = placement.stageEnteredAt;
    deal.closedAt = placement.closedAt;
    deal.lostReasonId = placement.lostReasonId;
    deal.lostReasonNote = placement.lostReasonNote;
    deal.probability = placement.probability;
}

} // namespace

PipelineService::PipelineService(Database &database) : m_database(database) {}

PipelineService::~PipelineService() = default;

Result<QList<BoardCard>> PipelineService::cards(qint64 pipelineId)
{
    // Stages first, through stages_pipeline in order, then each stage's deals straight off
    // opportunities_stage (stage_id, position, rowid): SQLite sorts nothing.
    return readCards(QStringLiteral("s.pipeline_id = ? AND o.pipeline_id = ?"), {pipelineId, pipelineId});
}

Result<QList<BoardCard>> PipelineService::cardsWithIds(const QList<qint64> &dealIds)
{
    if (dealIds.isEmpty())
        return QList<BoardCard>();
    return readCards(QStringLiteral("o.id IN (SELECT value FROM json_each(?))"), {SqlValue::idList(dealIds)});
}

Result<QList<BoardCard>> PipelineService::readCards(const QString &condition, const QVariantList &bindings)
{
    // The next task is found per deal through tasks_opportunity, which holds a deal's few tasks.
    Result<QSqlQuery> query = m_database.prepare(
        QStringLiteral(
            "SELECT o.id, o.name, a.name, o.amount, o.probability, o.owner_id, o.expected_close_date, "
            "  o.stage_id, o.position, o.stage_entered_at, o.version, t.title, t.due_at, "
            "  (SELECT max(l.due_at) FROM tasks l WHERE l.opportunity_id = o.id AND l.completed_at IS NULL "
            "     AND l.deleted_at IS NULL), "
            "  o.source_id, o.campaign_id, o.search_text "
            "FROM stages s "
            "JOIN opportunities o ON o.stage_id = s.id "
            "LEFT JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL "
            "LEFT JOIN tasks t ON t.id = (SELECT n.id FROM tasks n WHERE n.opportunity_id = o.id "
            "     AND n.completed_at IS NULL AND n.deleted_at IS NULL "
            "     ORDER BY n.due_at IS NULL, n.due_at, n.id LIMIT 1) "
            "WHERE %1 AND s.deleted_at IS NULL AND o.deleted_at IS NULL "
            "ORDER BY s.position, s.id, o.position, o.id")
            .arg(condition));
    if (!query.ok())
        return query.error();
    for (const QVariant &value : bindings)
        query->addBindValue(value);
    query->setForwardOnly(true);
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done.error();
    QList<BoardCard> cards;
    while (query->next()) {
        BoardCard card;
        card.id = query->value(0).toLongLong();
        card.name = query->value(1).toString();
        card.accountName = query->value(2).toString();
        card.amount = query->value(3).toLongLong();
        card.probability = query->value(4).toInt();
        SqlValue::from(query->value(5), card.ownerId);
        SqlValue::from(query->value(6), card.expectedCloseDate);
        card.stageId = query->value(7).toLongLong();
        card.position = query->value(8).toLongLong();
        SqlValue::from(query->value(9), card.stageEnteredAt);
        card.version = query->value(10).toInt();
        card.nextTaskTitle = query->value(11).toString();
        SqlValue::from(query->value(12), card.nextTaskDue);
        SqlValue::from(query->value(13), card.lastTaskDue);
        SqlValue::from(query->value(14), card.sourceId);
        SqlValue::from(query->value(15), card.campaignId);
        card.searchText = query->value(16).toString();
        cards.append(std::move(card));
    }
    return cards;
}

Result<QList<StageSummary>> PipelineService::summary(qint64 pipelineId)
{
    Result<QSqlQuery> query = m_database.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.kind, s.probability, s.rot_days, count(o.id), coalesce(sum(o.amount), 0) "
        "FROM stages s "
        "LEFT JOIN opportunities o ON o.stage_id = s.id AND o.pipeline_id = s.pipeline_id "
        "  AND o.deleted_at IS NULL "
        "WHERE s.pipeline_id = ? AND s.deleted_at IS NULL "
        "GROUP BY s.id ORDER BY s.position, s.id"));
    if (!query.ok())
        return query.error();
    query->addBindValue(pipelineId);
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done.error();
    QList<StageSummary> stages;
    while (query->next()) {
        StageSummary stage;
        stage.stageId = query->value(0).toLongLong();
        stage.name = query->value(1).toString();
        SqlValue::from(query->value(2), stage.kind);
        stage.probability = query->value(3).toInt();
        stage.rotDays = query->value(4).toInt();
        stage.count = query->value(5).toLongLong();
        stage.sum = query->value(6).toLongLong();
        // One rounding per stage, half up (amounts are not negative).
        stage.weightedSum = StageSummary::weighted(stage.sum, stage.probability);
        stages.append(stage);
    }
    return stages;
}

int PipelineService::daysInStage(const BoardCard &card, const QDateTime &now)
{
    if (!card.stageEnteredAt.isValid() || card.stageEnteredAt > now)
        return 0;
    return int(card.stageEnteredAt.secsTo(now) / 86400);
}

bool PipelineService::isRotting(const BoardCard &card, int rotDays, const QDateTime &now)
{
    if (rotDays <= 0 || daysInStage(card, now) <= rotDays)
        return false;
    const bool futureTaskBooked = card.lastTaskDue.isValid() && card.lastTaskDue > now;
    return !futureTaskBooked;
}

void PipelineService::enterStage(Opportunity &deal, const Stage &target, const QDateTime &now)
{
    deal.stageId = target.meta.id;
    deal.stageEnteredAt = now;
    deal.closedAt = target.kind == StageKind::Open ? QDateTime() : now;
    if (target.kind != StageKind::Lost) {
        deal.lostReasonId.reset();
        deal.lostReasonNote.clear();
    }
}

Result<void> PipelineService::checkLostReason(const Opportunity &deal, const Stage &stage)
{
    if (stage.kind != StageKind::Lost)
        return {};
    if (!deal.lostReasonId)
        return Error::invalid(QStringLiteral("lost_reason_id"),
                              tr("“%1” is a lost stage: choose why the deal was lost.").arg(stage.name));
    Result<LostReason> reason = LostReasonRepository(m_database).get(*deal.lostReasonId, TrashFilter::Live);
    if (!reason.ok()) {
        if (reason.error().code == ErrorCode::NotFound)
            return Error::invalid(QStringLiteral("lost_reason_id"), tr("That lost reason does not exist."));
        return reason.error();
    }
    return {};
}

Result<QList<StageSlot>> PipelineService::slotsOf(qint64 stageId)
{
    Result<QSqlQuery> query = m_database.prepare(
        QStringLiteral("SELECT id, position FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL "
                       "ORDER BY position, id"));
    if (!query.ok())
        return query.error();
    query->addBindValue(stageId);
    query->setForwardOnly(true);
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done.error();
    QList<StageSlot> slots;
    while (query->next()) {
        StageSlot slot;
        slot.id = query->value(0).toLongLong();
        slot.position = slot.stored = query->value(1).toLongLong();
        slots.append(slot);
    }
    return slots;
}

Result<void> PipelineService::writeRenumbered(const QList<StageSlot> &slots)
{
    Result<QSqlQuery> update =
        m_database.prepare(QStringLiteral("UPDATE opportunities SET position = ? WHERE id = ?"));
    if (!update.ok())
        return update.error();
    ChangeLog log(m_database);
    for (const StageSlot &slot : slots) {
        if (slot.placed || slot.position == slot.stored)
            continue;
        update->bindValue(0, slot.position);
        update->bindValue(1, slot.id);
        if (Result<void> done = m_database.exec(*update); !done.ok())
            return done;
        const QJsonObject change{{QStringLiteral("position"), QJsonArray{slot.stored, slot.position}}};
        if (Result<qint64> logged =
                log.append(QStringLiteral("opportunity"), slot.id, QStringLiteral("reorder"), change);
            !logged.ok())
            return logged.error();
    }
    return {};
}

Result<QList<qint64>> PipelineService::positionsAtEnd(qint64 stageId, const QList<qint64> &dealIds)
{
    Result<QList<StageSlot>> slots = slotsOf(stageId);
    if (!slots.ok())
        return slots.error();
    slots->removeIf([&](const StageSlot &slot) { return dealIds.contains(slot.id); });
    const qsizetype start = slots->size();
    if (insertBlock(*slots, start, dealIds)) {
        if (Result<void> written = writeRenumbered(*slots); !written.ok())
            return written.error();
    }
    QList<qint64> keys;
    for (qsizetype i = start; i < slots->size(); ++i)
        keys << slots->at(i).position;
    return keys;
}

Result<MoveResult> PipelineService::move(const MoveRequest &request)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();

    StageRepository stageRepository(m_database);
    Result<Stage> target = stageRepository.get(request.stageId, TrashFilter::Live);
    if (!target.ok()) {
        if (target.error().code == ErrorCode::NotFound)
            return Error::invalid(QStringLiteral("stage_id"), tr("The stage to move to does not exist."));
        return target.error();
    }
    Result<QList<Stage>> stageList = stageRepository.list(
        ListQuery().where(QStringLiteral("pipeline_id"), FilterOp::Equal, target->pipelineId));
    if (!stageList.ok())
        return stageList.error();
    QHash<qint64, Stage> stages;
    for (const Stage &stage : std::as_const(*stageList))
        stages.insert(stage.meta.id, stage);

    // The deals, each as stored now, in board order.
    OpportunityRepository deals(m_database);
    QList<Opportunity> moving;
    QSet<qint64> movingIds;
    for (qint64 id : request.dealIds) {
        if (movingIds.contains(id))
            continue;
        Result<Opportunity> deal = deals.get(id, TrashFilter::Live);
        if (!deal.ok())
            return deal.error();
        if (deal->pipelineId != target->pipelineId || !stages.contains(deal->stageId))
            return Error::invalid(
                QStringLiteral("stage_id"),
                tr("The deal “%1” is not in the pipeline of the stage “%2”.").arg(deal->name, target->name));
        movingIds.insert(id);
        moving.append(*deal);
    }
    if (moving.isEmpty())
        return Error::invalid(QStringLiteral("deals"), tr("Choose at least one deal to move."));
    std::sort(moving.begin(), moving.end(), [&](const Opportunity &a, const Opportunity &b) {
        const Stage &stageA = *stages.constFind(a.stageId);
        const Stage &stageB = *stages.constFind(b.stageId);
        return std::tie(stageA.position, stageA.meta.id, a.position, a.meta.id) <
               std::tie(stageB.position, stageB.meta.id, b.position, b.meta.id);
    });

    const bool entersLost = target->kind == StageKind::Lost &&
                            std::any_of(moving.cbegin(), moving.cend(), [&](const Opportunity &deal) {
                                return deal.stageId != target->meta.id;
                            });
    if (entersLost) {
        Opportunity probe;
        probe.lostReasonId = request.lostReasonId;
        if (Result<void> reason = checkLostReason(probe, *target); !reason.ok())
            return reason.error();
    }

    // Where each deal is now: its rank in its stage's column, for an exact undo.
    MoveResult result;
    result.targetStageId = target->meta.id;
    QHash<qint64, QList<StageSlot>> sourceSlots;
    for (const Opportunity &deal : std::as_const(moving)) {
        if (!sourceSlots.contains(deal.stageId)) {
            Result<QList<StageSlot>> slots = slotsOf(deal.stageId);
            if (!slots.ok())
                return slots.error();
            sourceSlots.insert(deal.stageId, *slots);
        }
        MovedDeal moved;
        moved.id = deal.meta.id;
        moved.before = placementOf(deal, int(indexOf(sourceSlots[deal.stageId], deal.meta.id)));
        result.deals.append(moved);
    }

    // The target column without the moving cards, as the user sees it while dragging.
    Result<QList<StageSlot>> targetSlots = slotsOf(target->meta.id);
    if (!targetSlots.ok())
        return targetSlots.error();
    QList<StageSlot> column;
    for (const StageSlot &slot : std::as_const(*targetSlots)) {
        if (!movingIds.contains(slot.id))
            column.append(slot);
    }
    qsizetype index = request.targetIndex < 0 || request.targetIndex > column.size()
                          ? column.size()
                          : qsizetype(request.targetIndex);
    if (request.beforeDealId) {
        index = indexOf(column, *request.beforeDealId);
        if (index < 0)
            return Error::invalid(QStringLiteral("before"),
                                  tr("The deal to drop before is not in the stage “%1”.").arg(target->name));
    }
    QList<qint64> blockIds;
    for (const Opportunity &deal : std::as_const(moving))
        blockIds << deal.meta.id;
    result.renumbered = insertBlock(column, index, blockIds);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < moving.size(); ++i) {
        Opportunity deal = moving[i];
        if (deal.stageId != target->meta.id) {
            enterStage(deal, *target, now);
            deal.probability = target->probability;
            if (target->kind == StageKind::Lost) {
                deal.lostReasonId = request.lostReasonId;
                deal.lostReasonNote = VietnameseText::clean(request.lostReasonNote);
            }
        }
        deal.position = int(column[index + i].position);
        deal.meta.version = request.expectedVersions.value(deal.meta.id, deal.meta.version);
        Result<Opportunity> saved = deals.update(deal);
        if (!saved.ok())
            return saved.error();
        result.deals[i].after = placementOf(*saved, int(index + i));
        result.deals[i].version = saved->meta.version;
    }
    if (Result<void> written = writeRenumbered(column); !written.ok())
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return result;
}

Result<MoveResult> PipelineService::undo(const MoveResult &done)
{
    return place(done, false);
}

Result<MoveResult> PipelineService::redo(const MoveResult &undone)
{
    return place(undone, true);
}

Result<MoveResult> PipelineService::place(const MoveResult &move, bool toAfter)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    OpportunityRepository deals(m_database);
    StageRepository stages(m_database);

    QSet<qint64> movingIds;
    for (const MovedDeal &moved : move.deals)
        movingIds.insert(moved.id);

    // Each stage the deals go back to, without any of them, then each deal at its rank there in rank
    // order: with the rest of the column unchanged, that is exactly the column as it was.
    QHash<qint64, QList<StageSlot>> columns;
    QList<qsizetype> order(move.deals.size());
    std::iota(order.begin(), order.end(), 0);
    const auto placementAt = [&](qsizetype i) -> const DealPlacement & {
        return toAfter ? move.deals[i].after : move.deals[i].before;
    };
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::tie(placementAt(a).stageId, placementAt(a).rank) <
               std::tie(placementAt(b).stageId, placementAt(b).rank);
    });
    MoveResult result = move;
    for (qsizetype i : std::as_const(order)) {
        const DealPlacement &placement = placementAt(i);
        if (!columns.contains(placement.stageId)) {
            Result<Stage> stage = stages.get(placement.stageId, TrashFilter::Live);
            if (!stage.ok())
                return stage.error();
            Result<QList<StageSlot>> slots = slotsOf(placement.stageId);
            if (!slots.ok())
                return slots.error();
            QList<StageSlot> column;
            for (const StageSlot &slot : std::as_const(*slots)) {
                if (!movingIds.contains(slot.id))
                    column.append(slot);
            }
            columns.insert(placement.stageId, column);
        }
        result.renumbered =
            insertAtRank(columns[placement.stageId], placement.rank, move.deals[i].id, placement.position) ||
            result.renumbered;
    }

    for (qsizetype i = 0; i < move.deals.size(); ++i) {
        const MovedDeal &moved = move.deals[i];
        Result<Opportunity> current = deals.get(moved.id, TrashFilter::Live);
        if (!current.ok())
            return current.error();
        Opportunity deal = *current;
        const DealPlacement &placement = placementAt(i);
        const QList<StageSlot> &column = columns[placement.stageId];
        applyPlacement(deal, placement);
        deal.position = int(column[indexOf(column, moved.id)].position);
        deal.meta.version = moved.version; // Conflict when saved since
        Result<Opportunity> saved = deals.update(deal);
        if (!saved.ok())
            return saved.error();
        result.deals[i].version = saved->meta.version;
        (toAfter ? result.deals[i].after : result.deals[i].before).position = deal.position;
    }
    for (const QList<StageSlot> &column : std::as_const(columns)) {
        if (Result<void> written = writeRenumbered(column); !written.ok())
            return written.error();
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return result;
}
