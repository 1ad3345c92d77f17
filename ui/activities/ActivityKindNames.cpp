#include "activities/ActivityKindNames.h"

QString ActivityKindNames::name(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return tr("Call");
    case ActivityKind::Email:
        return tr("Email");
    case ActivityKind::Meeting:
        return tr("Meeting");
    case ActivityKind::Note:
        return tr("Note");
    case ActivityKind::Sms:
        return tr("SMS");
    case ActivityKind::Zalo:
        return tr("Zalo message");
    }
    return {};
}

QStringList ActivityKindNames::usualOutcomes(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return {tr("Answered"), tr("No answer"), tr("Busy, call back"), tr("Wrong number")};
    case ActivityKind::Meeting:
        return {tr("Held"), tr("Postponed"), tr("Cancelled")};
    case ActivityKind::Email:
    case ActivityKind::Sms:
    case ActivityKind::Zalo:
        return {tr("Sent"), tr("Replied"), tr("No reply")};
    case ActivityKind::Note:
        return {};
    }
    return {};
}

QString ActivityKindNames::priority(TaskPriority priority)
{
    switch (priority) {
    case TaskPriority::Low:
        return tr("Low");
    case TaskPriority::Normal:
        return tr("Normal");
    case TaskPriority::High:
        return tr("High");
    }
    return {};
}
