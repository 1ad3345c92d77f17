#pragma once

#include "domain/RecordMeta.h"

#include <QDate>

#include <optional>

// A marketing campaign (chiến dịch); its budget lets the team compare cost with the deals it brought.
struct Campaign
{
    RecordMeta meta;

    QString name;
    std::optional<qint64> sourceId;
    QDate startDate;
    QDate endDate;
    qint64 budget = 0; // VND
    bool active = true;
    QString notes;
};
