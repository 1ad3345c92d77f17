#pragma once

#include "common/Result.h"
#include "domain/Opportunity.h"
#include "domain/Stage.h"
#include "services/BoardCard.h"
#include "services/MoveRequest.h"
#include "services/MoveResult.h"
#include "services/StageSummary.h"

#include <QCoreApplication>
#include <QList>

class Database;
struct StageSlot;

// The pipeline board's data and its moves (issue #4): the cards of a pipeline in board order, the
// column totals, drag-and-drop moves of one or many deals as one transaction, and their exact undo.
//
// For the board (BoardModel/BoardView):
//   - cards(pipelineId) once when the board opens, and again on ChangeFeed::recordsChanged for
//     "opportunity" (every move announces the deals it wrote, and deals renumbered around them);
//     summary(pipelineId) for the column headers. Both are single SQL queries.
//   - A drop builds a MoveRequest (ids, their BoardCard::version, target stage, index among the cards
//     not being dragged, lost reason when the target is a lost stage) and pushes a QUndoCommand:
//       redo(): first time m_done = move(request), later m_done = redo(m_done)
//       undo(): m_done = undo(m_done)
//     each a Result: a refusal (Conflict when someone saved one of the deals since, InvalidInput for a
//     missing lost reason) carries a translated message for the user, and nothing was written.
//
// Order within a stage: opportunities.position is an order key, ties broken by id. Keys are gapped
// (steps of positionStep) so a move writes only the moved deals; a stage is renumbered only when there
// is no integer left between two neighbours (dense keys from old data or many drops on one spot).
// Renumbering keeps the order, so it neither bumps the other deals' versions (an editor open on one of
// them can still save) nor sets their updated_at; it is written to change_log as op "reorder".
class PipelineService
{
    Q_DECLARE_TR_FUNCTIONS(PipelineService)

public:
    static constexpr qint64 positionStep = 1024;

    explicit PipelineService(Database &database);
    ~PipelineService();
    PipelineService(const PipelineService &) = delete;
    PipelineService &operator=(const PipelineService &) = delete;

    // Every live deal of the pipeline, by stage position, then position in the stage, then id, with its
    // account name and next open task. One prepared query (5,000 deals: ~25 ms).
    Result<QList<BoardCard>> cards(qint64 pipelineId);
    // The cards of those deals that are live (on any pipeline), in board order: what a board reads
    // again when the change feed names deals, instead of the whole pipeline.
    Result<QList<BoardCard>> cardsWithIds(const QList<qint64> &dealIds);
    // Every live stage of the pipeline in order, with count, sum and weighted sum of its live deals.
    Result<QList<StageSummary>> summary(qint64 pipelineId);

    // Whole days since the card entered its stage (0 when unknown).
    static int daysInStage(const BoardCard &card, const QDateTime &now);
    // Rotting: longer in its stage than the stage's rot days (0 = never rots) and no open task booked
    // after now. now is UTC.
    static bool isRotting(const BoardCard &card, int rotDays, const QDateTime &now);

    // Moves the request's deals as one block to the target stage and index, in one transaction: all or
    // nothing. A deal changing stage enters it now (stage_entered_at), takes the stage's probability,
    // gets closed_at now in a won or lost stage (cleared in an open one) and keeps a lost reason only in
    // a lost stage. Each written deal gets a new version and a change_log "update" entry.
    Result<MoveResult> move(const MoveRequest &request);
    // Puts the moved deals back exactly as they were (stage, order, times, lost reason, probability), in
    // one transaction; Conflict when one of them was saved since the move. Returns the move with the
    // versions after the undo, ready for redo().
    Result<MoveResult> undo(const MoveResult &done);
    // Applies an undone move again, exactly as it was first applied; Conflict like undo().
    Result<MoveResult> redo(const MoveResult &undone);

    // Rules shared with OpportunityService (the editor) and PipelineSettingsService:
    // The deal enters target now: stage, stage_entered_at, closed_at (now in a closed stage, cleared in
    // an open one) and, outside a lost stage, no lost reason. Probability and position are the caller's.
    static void enterStage(Opportunity &deal, const Stage &target, const QDateTime &now);
    // InvalidInput (field lost_reason_id) when deal sits in a lost stage without a live lost reason.
    Result<void> checkLostReason(const Opportunity &deal, const Stage &stage);
    // Order keys for dealIds appended as a block after every other live deal of the stage, in that
    // order; may renumber the stage (written at once, so call it inside the caller's transaction).
    // The caller writes the keys to the deals. A new deal not stored yet is id 0.
    Result<QList<qint64>> positionsAtEnd(qint64 stageId, const QList<qint64> &dealIds);

private:
    // The card query over the deals matching condition (SQL with ? placeholders for bindings).
    Result<QList<BoardCard>> readCards(const QString &condition, const QVariantList &bindings);
    Result<QList<StageSlot>> slotsOf(qint64 stageId);
    // Writes the order keys of the stage's deals that a renumbering changed (not the ones in skip).
    Result<void> writeRenumbered(const QList<StageSlot> &slots);
    // Puts each deal of move where its before (toAfter false) or after placement says.
    Result<MoveResult> place(const MoveResult &move, bool toAfter);

    Database &m_database;
};
