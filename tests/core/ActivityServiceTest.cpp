#include "services/ActivityService.h"

#include "TempDatabase.h"
#include "services/AccountService.h"
#include "services/ContactService.h"

#include <catch2/catch.hpp>

namespace {

struct TimelineFixture
{
    TempDatabase temp;
    ActivityService service{temp.db()};
    qint64 accountId = 0;
    qint64 otherAccountId = 0;
    qint64 contactId = 0;

    TimelineFixture()
    {
        AccountService accounts(temp.db());
        Account account;
        account.name = QStringLiteral("Công ty Thép Miền Nam");
        accountId = accounts.create(account)->meta.id;
        account.name = QStringLiteral("Công ty Gạch Đồng Tâm");
        otherAccountId = accounts.create(account)->meta.id;
        Contact contact;
        contact.fullName = QStringLiteral("Ngô Bảo Châu");
        contactId = ContactService(temp.db()).create(contact)->meta.id;
    }

    qint64 log(const QString &subject, const QDateTime &at, const Related &related)
    {
        Activity activity;
        activity.kind = ActivityKind::Call;
        activity.subject = subject;
        activity.occurredAt = at;
        activity.related = related;
        Result<Activity> logged = service.log(activity);
        REQUIRE(logged.ok());
        return logged->meta.id;
    }
};

Related onAccount(qint64 id)
{
    Related related;
    related.accountId = id;
    return related;
}

QStringList subjects(const QList<Activity> &activities)
{
    QStringList result;
    for (const Activity &activity : activities)
        result << activity.subject;
    return result;
}

} // namespace

TEST_CASE("Logging an activity cleans its text and stamps the time when none was given", "[activity-service]")
{
    TimelineFixture f;
    Activity call;
    call.kind = ActivityKind::Zalo;
    call.subject = QStringLiteral("  Nhắn  Zalo báo giá ").normalized(QString::NormalizationForm_D);
    call.body = QStringLiteral(" Gửi file PDF \r\n  chờ phản hồi ");
    call.outcome = QStringLiteral(" Đã xem ");
    call.durationMinutes = 5;
    call.related = onAccount(f.accountId);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    Result<Activity> logged = f.service.log(call);
    REQUIRE(logged.ok());
    CHECK(logged->subject == QStringLiteral("Nhắn Zalo báo giá"));
    CHECK(logged->body == QStringLiteral("Gửi file PDF\nchờ phản hồi"));
    CHECK(logged->outcome == QStringLiteral("Đã xem"));
    CHECK(logged->occurredAt >= before);
    const Activity stored = *f.service.get(logged->meta.id);
    CHECK(stored.kind == ActivityKind::Zalo);
    CHECK(stored.occurredAt == logged->occurredAt);
    CHECK(stored.durationMinutes == 5);
}

TEST_CASE("An activity must be about an existing record and cannot last a negative time",
          "[activity-service]")
{
    TimelineFixture f;
    Activity note;
    note.subject = QStringLiteral("Ghi chú");
    Result<Activity> refused = f.service.log(note);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("related"));
    CHECK_FALSE(refused.error().message.isEmpty());

    note.related.contactId = f.contactId;
    note.related.opportunityId = 31;
    refused = f.service.log(note);
    CHECK(refused.error().field == QStringLiteral("opportunity_id"));
    CHECK(refused.error().message.contains(QStringLiteral("31")));

    note.related.opportunityId.reset();
    note.durationMinutes = -10;
    CHECK(f.service.log(note).error().field == QStringLiteral("duration_minutes"));
    CHECK(f.service.repository().count(ListQuery()).value() == 0);

    note.durationMinutes = 0;
    note.ownerId = 5;
    CHECK(f.service.log(note).error().field == QStringLiteral("owner_id"));
}

TEST_CASE("An account's timeline shows its live activities newest first, up to the limit",
          "[activity-service]")
{
    TimelineFixture f;
    const QDateTime base(QDate(2025, 3, 10), QTime(2, 0), Qt::UTC);
    f.log(QStringLiteral("first call"), base.addDays(-3), onAccount(f.accountId));
    f.log(QStringLiteral("latest meeting"), base, onAccount(f.accountId));
    f.log(QStringLiteral("other account"), base.addDays(-1), onAccount(f.otherAccountId));
    const qint64 trashed = f.log(QStringLiteral("trashed"), base.addDays(-2), onAccount(f.accountId));
    REQUIRE(f.service.moveToTrash(trashed).ok());
    Related contactOfAccount = onAccount(f.accountId);
    contactOfAccount.contactId = f.contactId;
    f.log(QStringLiteral("call with contact"), base.addDays(-1), contactOfAccount);
    Related contactOnly;
    contactOnly.contactId = f.contactId;
    f.log(QStringLiteral("contact alone"), base.addSecs(-60), contactOnly);

    Result<QList<Activity>> timeline = f.service.timeline(onAccount(f.accountId));
    REQUIRE(timeline.ok());
    CHECK(subjects(*timeline) == QStringList{QStringLiteral("latest meeting"),
                                             QStringLiteral("call with contact"),
                                             QStringLiteral("first call")});
    CHECK(subjects(*f.service.timeline(onAccount(f.accountId), 2)) ==
          QStringList{QStringLiteral("latest meeting"), QStringLiteral("call with contact")});
    CHECK(subjects(*f.service.timeline(contactOnly)) ==
          QStringList{QStringLiteral("contact alone"), QStringLiteral("call with contact")});
    CHECK(f.service.timeline(Related())->isEmpty());

    // Restored, it is back in its place.
    REQUIRE(f.service.restore(trashed).ok());
    CHECK(subjects(*f.service.timeline(onAccount(f.accountId))).at(2) == QStringLiteral("trashed"));
}

TEST_CASE("A timeline is read through the activities index of its record", "[activity-service]")
{
    TempDatabase temp;
    ActivityRepository activities(temp.db());
    const QList<std::pair<Related, QString>> cases{
        {Related{1, {}, {}, {}}, QStringLiteral("activities_lead")},
        {Related{{}, 2, {}, {}}, QStringLiteral("activities_account")},
        {Related{{}, {}, 3, {}}, QStringLiteral("activities_contact")},
        {Related{{}, {}, {}, 4}, QStringLiteral("activities_opportunity")},
    };
    for (const auto &[record, index] : cases) {
        Result<QStringList> plan = activities.table().queryPlan(ActivityService::timelineQuery(record));
        REQUIRE(plan.ok());
        INFO(plan->join(QStringLiteral(" | ")).toStdString());
        CHECK(plan->join(u' ').contains(QStringLiteral("INDEX ") + index));
        CHECK_FALSE(plan->contains(QStringLiteral("SCAN activities")));
    }
}

TEST_CASE("Editing an activity over a stale version is a conflict, and it can be trashed and restored",
          "[activity-service]")
{
    TimelineFixture f;
    const qint64 id =
        f.log(QStringLiteral("Gọi điện"), QDateTime::currentDateTimeUtc(), onAccount(f.accountId));
    Activity first = *f.service.get(id);
    Activity edited = first;
    edited.outcome = QStringLiteral("Hẹn gặp thứ Sáu");
    REQUIRE(f.service.update(edited).ok());
    first.outcome = QStringLiteral("Không nghe máy");
    CHECK(f.service.update(first).error().code == ErrorCode::Conflict);
    CHECK(f.service.get(id)->outcome == QStringLiteral("Hẹn gặp thứ Sáu"));

    Result<RecordMeta> trashed = f.service.moveToTrash(id, 2);
    REQUIRE(trashed.ok());
    CHECK(f.service.timeline(onAccount(f.accountId))->isEmpty());
    REQUIRE(f.service.restore(id, trashed->version).ok());
    CHECK(f.service.timeline(onAccount(f.accountId))->size() == 1);
}
