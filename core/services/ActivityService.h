#pragma once

#include "domain/Activity.h"
#include "services/RecordService.h"
#include "storage/ActivityRepository.h"

// Activities (hoạt động): calls, emails, meetings, notes, SMS and Zalo messages logged on records.
// Each is about at least one existing lead, account, contact or opportunity; a time is always
// stored (now, when none was given); the duration is never negative.
class ActivityService : public RecordService<Activity, ActivityRepository>
{
    Q_DECLARE_TR_FUNCTIONS(ActivityService)

public:
    explicit ActivityService(Database &database);

    Result<void> normalize(Activity &activity) const override;

    // Records a new activity (create, under the name the timeline's "Log a call…" actions use).
    Result<Activity> log(Activity activity);

    // The live activities about record (any of its ids that is set: an account's timeline holds the
    // activities whose account_id is the account), newest first, at most limit.
    Result<QList<Activity>> timeline(const Related &record, int limit = 200);
    // The query timeline runs: public so tests can hold it to the activities_* indexes.
    static ListQuery timelineQuery(const Related &record, int limit = 200);
};
