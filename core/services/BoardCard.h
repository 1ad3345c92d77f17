#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// One deal as the pipeline board draws it (PipelineService::cards): what a salesperson scans for on a
// card, plus what a move needs (stage, stored order key, version). Read in one query, so a board of
// 5,000 cards costs one round trip, not one per card.
struct BoardCard
{
    qint64 id = 0;
    QString name;
    QString accountName; // empty when the deal has no (live) account
    qint64 amount = 0;   // VND
    int probability = 0; // the deal's own percent (the weighted column sum uses the stage's)
    std::optional<qint64> ownerId;
    QDate expectedCloseDate;
    qint64 stageId = 0;
    // The stored order key within the stage: only its order means something (gapped, may be negative).
    // The card's rank in its column is its index among the stage's cards as cards() returns them.
    qint64 position = 0;
    QDateTime stageEnteredAt; // UTC
    int version = 0;          // what a move names as the version the user saw (MoveRequest)

    // The open task due first (not done, not in the trash; tasks without a due time come last).
    QString nextTaskTitle; // empty when the deal has no open task
    QDateTime nextTaskDue; // UTC; invalid when there is no open task or it has no due time
    // The latest due time among the open tasks: whether any is booked in the future (rotting).
    QDateTime lastTaskDue;
    // What the board's filters look at.
    std::optional<qint64> sourceId;
    std::optional<qint64> campaignId;
    QString searchText; // folded name and account (opportunities.search_text)
};
