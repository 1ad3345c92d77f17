#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Where a deal sits on the board and what its stage says about it: everything a move changes, so an
// undo can put it back exactly.
struct DealPlacement
{
    qint64 stageId = 0;
    qint64 position = 0; // the stored order key
    int rank = 0;        // 0-based index in the stage's column (all its live deals) at that time
    QDateTime stageEnteredAt;
    QDateTime closedAt;
    std::optional<qint64> lostReasonId;
    QString lostReasonNote;
    int probability = 0;
};

struct MovedDeal
{
    qint64 id = 0;
    DealPlacement before; // as it was before the move
    DealPlacement after;  // as the move left it
    // The deal's version once the last move/undo/redo of it was written: undo and redo refuse with a
    // Conflict when the deal has been saved since (someone edited or moved it).
    int version = 0;
};

// What PipelineService::move did, and what undo/redo need. A QUndoCommand keeps one and replaces it
// with what undo() and redo() return (they carry the new versions).
struct MoveResult
{
    qint64 targetStageId = 0;
    QList<MovedDeal> deals; // in their board order within the block
    // Whether some stage had no room left between neighbours and was renumbered (other deals' stored
    // positions changed; their order and versions did not).
    bool renumbered = false;
};
