#pragma once

#include "domain/Activity.h"
#include "domain/Task.h"

#include <QCoreApplication>
#include <QStringList>

// What the user calls each kind of activity and each task priority, in the current language.
class ActivityKindNames
{
    Q_DECLARE_TR_FUNCTIONS(ActivityKindNames)

public:
    static QString name(ActivityKind kind);
    // The outcomes a salesperson usually writes for a kind ("Không nghe máy" for a call).
    static QStringList usualOutcomes(ActivityKind kind);
    static QString priority(TaskPriority priority);
};
