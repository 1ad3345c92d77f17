#pragma once

#include "domain/Stage.h"

// One column header of the board (PipelineService::summary): exact SQL aggregates over live deals.
struct StageSummary
{
    qint64 stageId = 0;
    QString name;
    StageKind kind = StageKind::Open;
    int probability = 0; // the stage's percent
    int rotDays = 0;
    qint64 count = 0;
    qint64 sum = 0; // VND
    // sum × probability / 100 in whole VND, rounded half up once per stage (not per deal), so it is
    // exact to the đồng whatever the number of deals.
    qint64 weightedSum = 0;

    // The rounding above: (sum × p + 50) / 100, split so that sum × probability cannot overflow. The
    // board's headers use it too, so they agree with the command line to the đồng.
    static qint64 weighted(qint64 sum, int probability)
    {
        const qint64 p = probability;
        return sum / 100 * p + (sum % 100 * p + 50) / 100;
    }
};
