#include "ShellFixture.h"
#include "activities/ActivityDialog.h"
#include "activities/RecordTasksModel.h"
#include "activities/RecordTasksView.h"
#include "activities/TaskFilterBar.h"
#include "activities/TimelineModel.h"
#include "activities/TimelineView.h"
#include "leads/LeadPanel.h"
#include "services/LeadService.h"
#include "services/TaskService.h"
#include "shell/MainWindow.h"
#include "storage/UserRepository.h"
#include "widgets/RecordListPage.h"
#include "widgets/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

qint64 addLead(Database &db, const QString &name)
{
    Lead lead;
    lead.fullName = name;
    lead.phone = QStringLiteral("0912345678");
    Result<Lead> created = LeadService(db).create(lead);
    REQUIRE(created.ok());
    return created->meta.id;
}

Task taskDue(const QString &title, const QDateTime &due, std::optional<qint64> leadId = {})
{
    Task task;
    task.title = title;
    task.dueAt = due;
    task.related.leadId = leadId;
    return task;
}

} // namespace

TEST_CASE("A call logged on a lead appears on its timeline, newest first, and undo takes it back",
          "[ui][timeline]")
{
    ShellFixture shell(0);
    const qint64 lead = addLead(shell.temp.db(), QStringLiteral("Đặng Thu Hà"));
    auto window = shell.open();
    REQUIRE(window->page(MainWindow::Leads)->showRecord(lead));
    TimelineView *timeline = window->leadPanel()->timeline();
    QAbstractItemModelTester tester(timeline->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    Activity note;
    note.kind = ActivityKind::Note;
    note.subject = QStringLiteral("Quan tâm gói doanh nghiệp");
    note.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Result<qint64> logged = timeline->log(note);
    INFO((logged.ok() ? QString() : logged.error().message).toStdString());
    REQUIRE(logged.ok());
    Activity call;
    call.kind = ActivityKind::Call;
    call.outcome = QStringLiteral("Không nghe máy");
    call.occurredAt = QDateTime::currentDateTimeUtc();
    REQUIRE(timeline->log(call).ok());

    REQUIRE(timeline->model()->rowCount() == 2);
    const QString newest = timeline->model()->index(0, 0).data().toString();
    CHECK(newest.contains(QStringLiteral("Cuộc gọi · Không nghe máy")));
    CHECK(timeline->model()->index(1, 0).data().toString().contains(
        QStringLiteral("Quan tâm gói doanh nghiệp")));
    CHECK(window->undoStack()->undoText() == QStringLiteral("Ghi nhận Cuộc gọi"));

    window->undoAction()->trigger();
    CHECK(timeline->model()->rowCount() == 1);
    window->redoAction()->trigger();
    CHECK(timeline->model()->rowCount() == 2);
    window->leadPanel()->tabs()->setCurrentIndex(1);
    saveScreenshot(*window, QStringLiteral("lead-timeline-vi.png"));
}

TEST_CASE("The activity dialog offers the outcomes of each kind in Vietnamese", "[ui][timeline]")
{
    ShellFixture shell(0);
    ActivityDialog dialog(ActivityKind::Call);
    CHECK(dialog.kindBox()->currentText() == QStringLiteral("Cuộc gọi"));
    CHECK(dialog.outcomeBox()->findText(QStringLiteral("Không nghe máy")) > 0);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(ActivityKind::Zalo)));
    CHECK(dialog.outcomeBox()->findText(QStringLiteral("Đã trả lời")) > 0);
    CHECK(dialog.activity().kind == ActivityKind::Zalo);
}

TEST_CASE("Tasks on a lead are added, ticked done and unticked through the undo stack", "[ui][tasks]")
{
    ShellFixture shell(0);
    const qint64 lead = addLead(shell.temp.db(), QStringLiteral("Lê Văn Tám"));
    auto window = shell.open();
    REQUIRE(window->page(MainWindow::Leads)->showRecord(lead));
    RecordTasksView *tasks = window->leadPanel()->tasks();
    QAbstractItemModelTester tester(tasks->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    Result<qint64> added =
        tasks->addTask(taskDue(QStringLiteral("Gửi báo giá"), QDateTime::currentDateTimeUtc().addDays(-1)));
    REQUIRE(added.ok());
    REQUIRE(tasks->model()->rowCount() == 1);
    CHECK(tasks->model()->index(0, 0).data().toString().contains(QStringLiteral("quá hạn")));
    CHECK(TaskService(shell.temp.db()).get(*added)->related.leadId == lead);

    // Ticking the box asks the service, through the undo stack.
    REQUIRE_FALSE(tasks->model()->setData(tasks->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    CHECK(TaskService(shell.temp.db()).get(*added)->isDone());
    CHECK(tasks->model()->index(0, 0).data(Qt::CheckStateRole) == Qt::Checked);
    window->undoAction()->trigger();
    CHECK_FALSE(TaskService(shell.temp.db()).get(*added)->isDone());

    Result<qint64> refused = tasks->addTask(taskDue(QStringLiteral("   "), {}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("title"));
    CHECK(tasks->model()->rowCount() == 1);
    window->leadPanel()->tabs()->setCurrentIndex(2);
    saveScreenshot(*window, QStringLiteral("lead-tasks-vi.png"));
}

TEST_CASE("On start the user is reminded of overdue tasks and today's, and can jump to them", "[ui][tasks]")
{
    ShellFixture shell(0);
    Result<User> me = UserRepository(shell.temp.db()).ensure(QStringLiteral("tester"));
    REQUIRE(me.ok());
    TaskService service(shell.temp.db());
    Task overdue =
        taskDue(QStringLiteral("Gọi lại chị Hà"), QDateTime::currentDateTime().addDays(-2).toUTC());
    overdue.assigneeId = me->meta.id;
    REQUIRE(service.create(overdue).ok());
    Task today =
        taskDue(QStringLiteral("Gặp anh Tám"), QDateTime(QDate::currentDate(), QTime(23, 59)).toUTC());
    today.assigneeId = me->meta.id;
    REQUIRE(service.create(today).ok());
    Task someoneElses =
        taskDue(QStringLiteral("Việc của người khác"), QDateTime::currentDateTime().addDays(-1).toUTC());
    REQUIRE(service.create(someoneElses).ok());

    auto window = shell.open();
    QMessageBox *reminder = window->showTaskReminder();
    REQUIRE(reminder);
    CHECK(reminder->text() == QStringLiteral("1 công việc quá hạn và 1 công việc đến hạn hôm nay."));
    CHECK(reminder->informativeText().contains(QStringLiteral("Gọi lại chị Hà")));
    CHECK_FALSE(reminder->informativeText().contains(QStringLiteral("Việc của người khác")));
    CHECK_FALSE(reminder->isModal());
    saveScreenshot(*reminder, QStringLiteral("task-reminder-vi.png"));

    qobject_cast<QPushButton *>(reminder->defaultButton())->click();
    CHECK(window->currentList() == MainWindow::Tasks);
    CHECK(window->taskFilterBar()->view() == TaskView::Overdue);
    CHECK(window->page(MainWindow::Tasks)->model()->rowCount() == 1);
    window->taskFilterBar()->setView(TaskView::Today, true);
    CHECK(window->page(MainWindow::Tasks)->model()->rowCount() == 1);
    window->taskFilterBar()->setView(TaskView::Open, false);
    CHECK(window->page(MainWindow::Tasks)->model()->rowCount() == 3);
    saveScreenshot(*window, QStringLiteral("tasks-vi.png"));
}

TEST_CASE("No reminder when nothing is due", "[ui][tasks]")
{
    ShellFixture shell(0);
    auto window = shell.open();
    CHECK(window->showTaskReminder() == nullptr);
}
