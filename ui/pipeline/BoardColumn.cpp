#include "pipeline/BoardColumn.h"

#include "services/StageSummary.h"

qint64 BoardColumn::sum() const
{
    qint64 total = 0;
    for (const CardContent &card : cards)
        total += card.amount;
    return total;
}

qint64 BoardColumn::weightedSum() const
{
    return StageSummary::weighted(sum(), probability);
}
