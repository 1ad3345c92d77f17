#pragma once

#include <QtGlobal>

#include <optional>

// The records an activity or a task is about; any of them may be set.
struct Related
{
    std::optional<qint64> leadId;
    std::optional<qint64> accountId;
    std::optional<qint64> contactId;
    std::optional<qint64> opportunityId;

    bool isEmpty() const { return !leadId && !accountId && !contactId && !opportunityId; }
};
