#include "services/TaskService.h"

#include "TempDatabase.h"
#include "services/AccountService.h"
#include "services/LeadService.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <ctime>

namespace {

// Runs a test in a local time zone other than UTC (Vietnam, UTC+7, no daylight saving), so that a
// local day and a UTC day differ.
class LocalTimeZone
{
public:
    explicit LocalTimeZone(const QByteArray &zone)
        : m_hadZone(qEnvironmentVariableIsSet("TZ")), m_oldZone(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_hadZone)
            qputenv("TZ", m_oldZone);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_hadZone;
    QByteArray m_oldZone;
};

QDateTime local(int month, int day, int hour, int minute = 0, int second = 0, int msec = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute, second, msec));
}

Lead someLead(LeadService &leads, const QString &name)
{
    Lead lead;
    lead.fullName = name;
    lead.email = QStringLiteral("lead%1@example.vn").arg(leads.repository().count().value());
    Result<Lead> created = leads.create(lead);
    REQUIRE(created.ok());
    return *created;
}

QStringList titles(const QList<Task> &tasks)
{
    QStringList result;
    for (const Task &task : tasks)
        result << task.title;
    return result;
}

// The agenda's fixture: tasks due around the local midnight that begins 10 March 2025 in Vietnam.
struct AgendaFixture
{
    TempDatabase temp;
    LocalTimeZone zone{"ICT-7"};
    TaskService service{temp.db()};
    qint64 linh = UserRepository(temp.db()).ensure(QStringLiteral("linh"))->meta.id;
    qint64 nam = UserRepository(temp.db()).ensure(QStringLiteral("nam"))->meta.id;
    QDateTime now = local(3, 10, 9); // 02:00 UTC
    QHash<QString, qint64> ids;

    qint64 add(const QString &title, const QDateTime &due, qint64 assignee)
    {
        Task task;
        task.title = title;
        task.dueAt = due;
        task.assigneeId = assignee;
        Result<Task> created = service.create(task);
        REQUIRE(created.ok());
        ids.insert(title, created->meta.id);
        return created->meta.id;
    }

    AgendaFixture()
    {
        add(QStringLiteral("today-late"), local(3, 10, 23, 59, 59, 999), linh);
        add(QStringLiteral("overdue-late"), local(3, 9, 23, 59, 59, 999), linh);
        add(QStringLiteral("tomorrow"), local(3, 11, 0), linh);
        add(QStringLiteral("today-midnight"), local(3, 10, 0), linh);
        // 18:00 UTC on the 9th is 01:00 on the 10th in Vietnam: today, not overdue.
        add(QStringLiteral("today-1am"), QDateTime(QDate(2025, 3, 9), QTime(18, 0), Qt::UTC), linh);
        add(QStringLiteral("overdue-early"), local(3, 1, 8), linh);
        add(QStringLiteral("overdue-nam"), local(3, 8, 15), nam);
        add(QStringLiteral("undated"), QDateTime(), linh);
        REQUIRE(service.moveToTrash(add(QStringLiteral("trashed"), local(3, 5, 8), linh)).ok());
        REQUIRE(service.setDone(add(QStringLiteral("done-today"), local(3, 10, 10), linh), true).ok());
        REQUIRE(service.setDone(add(QStringLiteral("done-undated"), QDateTime(), linh), true).ok());
    }

    QStringList titlesOf(const QList<qint64> &taskIds) const
    {
        QStringList result;
        for (qint64 id : taskIds)
            result << ids.key(id);
        return result;
    }
};

} // namespace

TEST_CASE("A task needs a title, and its assignee and records must exist", "[task-service]")
{
    TempDatabase temp;
    TaskService service(temp.db());
    Task task;
    task.title = QStringLiteral("   ");
    Result<Task> refused = service.create(task);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("title"));

    task.title = QStringLiteral(" Gọi  lại cho chị Hoa ").normalized(QString::NormalizationForm_D);
    task.assigneeId = 99;
    CHECK(service.create(task).error().field == QStringLiteral("assignee_id"));
    task.assigneeId.reset();
    task.related.contactId = 77;
    refused = service.create(task);
    CHECK(refused.error().field == QStringLiteral("contact_id"));
    CHECK(refused.error().message.contains(QStringLiteral("77")));
    CHECK(service.repository().count(ListQuery()).value() == 0);

    task.related.contactId.reset();
    task.assigneeId = UserRepository(temp.db()).ensure(QStringLiteral("hoa"))->meta.id;
    task.priority = TaskPriority::High;
    Result<Task> created = service.create(task);
    REQUIRE(created.ok());
    CHECK(created->title == QStringLiteral("Gọi lại cho chị Hoa"));
    CHECK(service.get(created->meta.id)->priority == TaskPriority::High);
}

TEST_CASE("Ticking a task done stamps the time once, unticking clears it, whatever version is current",
          "[task-service]")
{
    TempDatabase temp;
    std::unique_ptr<Database> other = temp.openAnother(QStringLiteral("linh"));
    TaskService mine(temp.db());
    Task task;
    task.title = QStringLiteral("Gửi báo giá");
    const Task created = *mine.create(task);

    // Someone else edits the task after we read it: done still applies, to their version.
    Task theirs = created;
    theirs.notes = QStringLiteral("Báo giá bản 2");
    REQUIRE(TaskService(*other).update(theirs).ok());

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    Result<Task> done = mine.setDone(created.meta.id, true);
    REQUIRE(done.ok());
    CHECK(done->isDone());
    CHECK(done->completedAt >= before);
    CHECK(done->completedAt <= QDateTime::currentDateTimeUtc());
    CHECK(done->notes == QStringLiteral("Báo giá bản 2"));
    CHECK(done->meta.version == 3);
    CHECK(mine.get(created.meta.id)->completedAt == done->completedAt);

    Result<Task> again = mine.setDone(created.meta.id, true);
    REQUIRE(again.ok());
    CHECK(again->completedAt == done->completedAt); // still done since then
    CHECK(again->meta.version == 3);

    Result<Task> undone = mine.setDone(created.meta.id, false);
    REQUIRE(undone.ok());
    CHECK_FALSE(undone->isDone());
    CHECK_FALSE(mine.get(created.meta.id)->completedAt.isValid());

    CHECK(mine.setDone(12345, true).error().code == ErrorCode::NotFound);
}

TEST_CASE("updateCurrent on a task re-reads and reapplies a change when another writer saved in between",
          "[task-service]")
{
    TempDatabase temp;
    std::unique_ptr<Database> other = temp.openAnother(QStringLiteral("linh"));
    TaskService mine(temp.db());
    Task task;
    task.title = QStringLiteral("Hẹn gặp khách");
    const qint64 id = mine.create(task)->meta.id;
    int attempts = 0;
    Result<Task> saved = mine.updateCurrent(id, [&](Task &current) -> Result<void> {
        if (++attempts == 1) {
            Task theirs = *TaskService(*other).get(id);
            theirs.priority = TaskPriority::High;
            REQUIRE(TaskService(*other).update(theirs).ok());
        }
        current.notes = QStringLiteral("Mang theo catalogue");
        return {};
    });
    REQUIRE(saved.ok());
    CHECK(attempts == 2);
    CHECK(saved->priority == TaskPriority::High);
    CHECK(saved->notes == QStringLiteral("Mang theo catalogue"));

    // A stale plain update is refused and writes nothing.
    Task stale = *mine.get(id);
    stale.meta.version = 1;
    stale.title = QStringLiteral("Khác");
    CHECK(mine.update(stale).error().code == ErrorCode::Conflict);
    CHECK(mine.get(id)->title == QStringLiteral("Hẹn gặp khách"));
}

TEST_CASE("A record's tasks: open ones by due time with undated last, then done ones last completed first",
          "[task-service]")
{
    TempDatabase temp;
    LeadService leads(temp.db());
    TaskService service(temp.db());
    const qint64 leadId = someLead(leads, QStringLiteral("Phan Văn Khải")).meta.id;
    const qint64 otherLead = someLead(leads, QStringLiteral("Lý Thị Mai")).meta.id;
    Account account;
    account.name = QStringLiteral("Công ty Khải Phát");
    const qint64 accountId = AccountService(temp.db()).create(account)->meta.id;

    const auto add = [&](const QString &title, const QDateTime &due, const Related &related,
                         const QDateTime &completed = {}) {
        Task task;
        task.title = title;
        task.dueAt = due;
        task.related = related;
        Result<Task> created = service.create(task);
        REQUIRE(created.ok());
        if (completed.isValid()) {
            Task done = *created;
            done.completedAt = completed;
            REQUIRE(service.update(done).ok());
        }
        return created->meta.id;
    };
    const QDateTime base(QDate(2025, 3, 10), QTime(3, 0), Qt::UTC);
    Related lead;
    lead.leadId = leadId;
    Related onAccount;
    onAccount.accountId = accountId;
    Related elsewhere;
    elsewhere.leadId = otherLead;
    add(QStringLiteral("done-older"), base.addDays(-9), lead, base.addDays(-8));
    add(QStringLiteral("due-12"), base.addDays(2), lead);
    add(QStringLiteral("undated"), QDateTime(), lead);
    add(QStringLiteral("due-11"), base.addDays(1), lead);
    add(QStringLiteral("done-newer"), base.addDays(-20), lead, base.addDays(-1));
    add(QStringLiteral("other-lead"), base, elsewhere);
    add(QStringLiteral("account-13"), base.addDays(3), onAccount);
    REQUIRE(service.moveToTrash(add(QStringLiteral("trashed"), base, lead)).ok());

    Result<QList<Task>> forLead = service.forRecord(lead);
    REQUIRE(forLead.ok());
    CHECK(titles(*forLead) == QStringList{QStringLiteral("due-11"), QStringLiteral("due-12"),
                                          QStringLiteral("undated"), QStringLiteral("done-newer"),
                                          QStringLiteral("done-older")});

    // Whichever ids are set: the lead's tasks and the account's together.
    Related both = lead;
    both.accountId = accountId;
    CHECK(titles(*service.forRecord(both)) ==
          QStringList{QStringLiteral("due-11"), QStringLiteral("due-12"), QStringLiteral("account-13"),
                      QStringLiteral("undated"), QStringLiteral("done-newer"), QStringLiteral("done-older")});
    CHECK(titles(*service.forRecord(onAccount)) == QStringList{QStringLiteral("account-13")});
    CHECK(service.forRecord(Related())->isEmpty());
}

TEST_CASE("The agenda splits open tasks at the local midnight that began today", "[task-service]")
{
    AgendaFixture f;
    Result<TaskAgenda> agenda = f.service.agenda(f.now);
    REQUIRE(agenda.ok());
    CHECK(titles(agenda->overdue) == QStringList{QStringLiteral("overdue-early"),
                                                 QStringLiteral("overdue-nam"),
                                                 QStringLiteral("overdue-late")});
    CHECK(titles(agenda->today) == QStringList{QStringLiteral("today-midnight"), QStringLiteral("today-1am"),
                                               QStringLiteral("today-late")});

    Result<TaskAgenda> linhs = f.service.agenda(f.now, f.linh);
    REQUIRE(linhs.ok());
    CHECK(titles(linhs->overdue) ==
          QStringList{QStringLiteral("overdue-early"), QStringLiteral("overdue-late")});
    CHECK(titles(linhs->today) == titles(agenda->today));

    // Late in the evening it is still the same day; a minute after midnight the day has moved on.
    CHECK(titles(f.service.agenda(local(3, 10, 23, 59))->today) == titles(agenda->today));
    Result<TaskAgenda> nextDay = f.service.agenda(local(3, 11, 0, 1));
    REQUIRE(nextDay.ok());
    CHECK(titles(nextDay->today) == QStringList{QStringLiteral("tomorrow")});
    CHECK(nextDay->overdue.size() == 6);
}

TEST_CASE("The task list views give the ids in their order", "[task-service]")
{
    AgendaFixture f;
    const auto view = [&](TaskView which, std::optional<qint64> assignee = {}) {
        Result<QList<qint64>> ids = f.service.taskIds(which, f.now, assignee);
        REQUIRE(ids.ok());
        return f.titlesOf(*ids);
    };
    CHECK(view(TaskView::All) == QStringList{QStringLiteral("done-undated"), QStringLiteral("done-today"),
                                             QStringLiteral("undated"), QStringLiteral("overdue-nam"),
                                             QStringLiteral("overdue-early"), QStringLiteral("today-1am"),
                                             QStringLiteral("today-midnight"), QStringLiteral("tomorrow"),
                                             QStringLiteral("overdue-late"), QStringLiteral("today-late")});
    CHECK(view(TaskView::Open) == QStringList{QStringLiteral("overdue-early"), QStringLiteral("overdue-nam"),
                                              QStringLiteral("overdue-late"),
                                              QStringLiteral("today-midnight"), QStringLiteral("today-1am"),
                                              QStringLiteral("today-late"), QStringLiteral("tomorrow"),
                                              QStringLiteral("undated")});
    CHECK(view(TaskView::Today) == QStringList{QStringLiteral("today-midnight"), QStringLiteral("today-1am"),
                                               QStringLiteral("today-late")});
    CHECK(view(TaskView::Overdue) == QStringList{QStringLiteral("overdue-early"),
                                                 QStringLiteral("overdue-nam"),
                                                 QStringLiteral("overdue-late")});
    CHECK(view(TaskView::Done) == QStringList{QStringLiteral("done-today"), QStringLiteral("done-undated")});

    CHECK(view(TaskView::Overdue, f.nam) == QStringList{QStringLiteral("overdue-nam")});
    CHECK(view(TaskView::All, f.nam) == QStringList{QStringLiteral("overdue-nam")});
    CHECK(view(TaskView::Done, f.nam).isEmpty());
    CHECK(view(TaskView::Open, f.linh).size() == 7);
}

TEST_CASE("Every task list view reads an index in order, without sorting or scanning the table",
          "[task-service]")
{
    TempDatabase temp;
    TaskRepository tasks(temp.db());
    const QDateTime now(QDate(2025, 3, 10), QTime(9, 0));
    for (TaskView view :
         {TaskView::All, TaskView::Open, TaskView::Today, TaskView::Overdue, TaskView::Done}) {
        for (std::optional<qint64> assignee : {std::optional<qint64>(), std::optional<qint64>(3)}) {
            for (const ListQuery &query : TaskService::viewQueries(view, now, assignee)) {
                Result<QStringList> plan = tasks.table().queryPlan(query);
                REQUIRE(plan.ok());
                INFO(int(view) << " assignee " << assignee.has_value() << ": "
                               << plan->join(QStringLiteral(" | ")).toStdString());
                CHECK(plan->join(u' ').contains(QStringLiteral("INDEX tasks_")));
                CHECK_FALSE(plan->join(u' ').contains(QStringLiteral("TEMP B-TREE")));
            }
        }
    }
}

// Not run by default: ./sencrm_core_tests "[.task-bench]". Times the views on 100,000 tasks.
TEST_CASE("Task list views on 100,000 tasks", "[.task-bench]")
{
    TempDatabase temp;
    QList<qint64> users;
    for (int i = 0; i < 5; ++i)
        users << UserRepository(temp.db()).ensure(QStringLiteral("user%1").arg(i))->meta.id;
    REQUIRE(users.last() == users.first() + 4);
    const qint64 user = users.first();
    QSqlQuery fill(temp.db().connection());
    // Due times spread over 60 days around 10 March 2025; 3 in 7 done; one in ten without a due time;
    // five assignees.
    REQUIRE(fill.prepare(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
        "INSERT INTO tasks (uuid, created_at, updated_at, version, title, due_at, priority, assignee_id, "
        "completed_at) SELECT 'u' || i, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 1, 'Task ' "
        "|| i, "
        "CASE WHEN i % 10 = 0 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S.000Z', '2025-02-08', "
        "'+' || (i * 7919 % 86400) || ' minutes') END, 'normal', ? + i % 5, "
        "CASE WHEN i % 7 < 3 THEN '2025-03-01T00:00:00.000Z' END FROM n")));
    fill.addBindValue(user);
    INFO(fill.lastError().text().toStdString());
    REQUIRE(fill.exec());
    REQUIRE(fill.exec(QStringLiteral("ANALYZE")));
    TaskService service(temp.db());
    const QDateTime now(QDate(2025, 3, 10), QTime(9, 0));
    for (TaskView view :
         {TaskView::All, TaskView::Open, TaskView::Today, TaskView::Overdue, TaskView::Done}) {
        for (std::optional<qint64> assignee : {std::optional<qint64>(), std::optional<qint64>(user)}) {
            QElapsedTimer timer;
            timer.start();
            Result<QList<qint64>> ids = service.taskIds(view, now, assignee);
            REQUIRE(ids.ok());
            WARN("view " << int(view) << (assignee ? " one assignee" : " everyone") << ": " << ids->size()
                         << " ids in " << timer.elapsed() << " ms");
        }
    }
}
