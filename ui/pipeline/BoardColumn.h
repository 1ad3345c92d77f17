#pragma once

#include "pipeline/CardContent.h"

#include <QList>

// A column of the board (a stage, a status) with its cards in board order.
struct BoardColumn
{
    enum class Kind
    {
        Open,
        Won,
        Lost,
    };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Open;
    int probability = 0; // percent, weighs the column's sum
    QList<CardContent> cards;

    qint64 sum() const;
    // sum × probability / 100, rounded as PipelineService::summary rounds (StageSummary::weighted), so
    // the board and the command line agree to the đồng.
    qint64 weightedSum() const;
};
