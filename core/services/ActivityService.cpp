#include "services/ActivityService.h"

#include "services/FieldRules.h"
#include "services/References.h"
#include "storage/UserRepository.h"

ActivityService::ActivityService(Database &database) : RecordService(database) {}

Result<void> ActivityService::normalize(Activity &activity) const
{
    FieldRules::clean({&activity.subject, &activity.body, &activity.outcome});
    if (!activity.occurredAt.isValid())
        activity.occurredAt = QDateTime::currentDateTimeUtc();
    if (activity.durationMinutes < 0)
        return Error::invalid(QStringLiteral("duration_minutes"), tr("The duration cannot be negative."));
    if (References::isEmpty(activity.related)) {
        return Error::invalid(QStringLiteral("related"),
                              tr("Choose the lead, account, contact or opportunity this activity is about."));
    }
    return FieldRules::firstError({References::mustExist(database(), activity.related),
                                   References::mustExist(UserRepository(database()).table(), activity.ownerId,
                                                         QStringLiteral("owner_id"))});
}

Result<Activity> ActivityService::log(Activity activity)
{
    return create(std::move(activity));
}

ListQuery ActivityService::timelineQuery(const Related &record, int limit)
{
    return ListQuery()
        .whereAny(References::about(record))
        .sortBy(QStringLiteral("occurred_at"), Qt::DescendingOrder)
        .page(limit);
}

Result<QList<Activity>> ActivityService::timeline(const Related &record, int limit)
{
    // An empty group matches nothing: no record, no timeline.
    return repository().list(timelineQuery(record, limit));
}
