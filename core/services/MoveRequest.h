#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A drop on the board (PipelineService::move): one or more deals to one place in one stage.
struct MoveRequest
{
    // The deals to move. Several (a multi-selection) land as one block and keep the order they had on
    // the board (stage order, then their order in the stage), whatever the order of this list.
    // Duplicates are ignored.
    QList<qint64> dealIds;
    // The version of each deal the caller loaded (BoardCard::version): a deal saved by someone else since
    // makes the whole move a Conflict and nothing is written. A deal missing here is not checked (the
    // command line moves "whatever the deal is now").
    QMap<qint64, int> expectedVersions;

    qint64 stageId = 0; // the target stage; must be of the deals' pipeline
    // Where the block lands in the target column as the user sees it: 0-based, counted among the
    // stage's cards that are NOT being moved. -1 or past the end: at the end.
    int targetIndex = -1;
    // Alternative to targetIndex for a filtered board, whose indexes are not the stage's: when set, the
    // block lands right before this deal (a live deal of the target stage not being moved).
    std::optional<qint64> beforeDealId;

    // Required when a deal enters a lost stage (a reorder within the lost stage needs none): a live
    // lost reason. The note is optional. Both are ignored for other stages.
    std::optional<qint64> lostReasonId;
    QString lostReasonNote;
};
