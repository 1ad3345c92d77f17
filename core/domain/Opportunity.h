#pragma once

#include "domain/RecordMeta.h"

#include <QDate>

#include <optional>

// A deal (cơ hội) on a pipeline stage. Whether it is open, won or lost follows from its stage's kind;
// closedAt and the lost reason record when and why it closed.
struct Opportunity
{
    RecordMeta meta;

    QString name;
    std::optional<qint64> accountId;
    std::optional<qint64> contactId;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    int position = 0;    // order within the stage on the board
    qint64 amount = 0;   // VND, integer
    int probability = 0; // percent, 0–100; starts from the stage's probability
    QDate expectedCloseDate;
    QDateTime stageEnteredAt;
    QDateTime closedAt;
    std::optional<qint64> lostReasonId;
    QString lostReasonNote;
    std::optional<qint64> ownerId;
    std::optional<qint64> sourceId;
    std::optional<qint64> campaignId;
    std::optional<qint64> leadId;
    QString notes;
};
