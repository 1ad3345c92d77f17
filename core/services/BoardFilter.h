#pragma once

#include "services/BoardCard.h"

#include <QDate>

#include <optional>

// What the pipeline board shows of a pipeline: only the user's deals, one source, one campaign, deals
// expected to close in one month, and deals whose name or account starts words with the typed text
// ("sen vang" finds "Công ty Sen Vàng"). Empty: every deal.
struct BoardFilter
{
    std::optional<qint64> ownerId;
    std::optional<qint64> sourceId;
    std::optional<qint64> campaignId;
    QDate closeMonth; // any day of the month; invalid: any month
    QString text;

    bool isEmpty() const;
    bool matches(const BoardCard &card) const;
    bool operator==(const BoardFilter &) const = default;
};
