#include "activities/RecordTasksView.h"

#include "activities/RecordTasksModel.h"
#include "activities/SetTaskDoneCommand.h"
#include "activities/TaskDialog.h"
#include "services/Lookups.h"
#include "services/TaskService.h"
#include "storage/Database.h"
#include "widgets/CreateRecordCommand.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

RecordTasksView::RecordTasksView(QWidget *parent) : RecordSubView(QStringLiteral("task"), parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, &RecordTasksView::askToAdd);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_model = new RecordTasksModel(this);
    connect(m_model, &RecordTasksModel::doneRequested, this,
            [this](qint64 id, const QString &title, bool done) {
                if (Result<void> set = setDone(id, title, done); !set.ok())
                    reportError(set.error());
            });
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    retranslate();
}

void RecordTasksView::retranslate()
{
    m_add->setText(tr("Add task…"));
}

void RecordTasksView::reload()
{
    Result<QList<Task>> tasks =
        hasRecord() ? TaskService(*database()).forRecord(record()) : Result<QList<Task>>(QList<Task>());
    m_model->setTasks(tasks.ok() ? *tasks : QList<Task>(), QDateTime::currentDateTimeUtc());
}

Result<qint64> RecordTasksView::addTask(Task task)
{
    if (Result<void> ready = requireDatabase(); !ready.ok())
        return ready.error();
    task.related = record();
    Database &db = *database();
    auto *command = new CreateRecordCommand(
        db, tr("Add task %1").arg(task.title), QStringLiteral("task"),
        [&db, task]() -> Result<qint64> {
            Result<Task> created = TaskService(db).create(task);
            if (!created.ok())
                return created.error();
            return created->meta.id;
        },
        errorHandler());
    if (Result<void> pushed = push(command); !pushed.ok())
        return pushed.error();
    return command->createdId();
}

Result<void> RecordTasksView::setDone(qint64 taskId, const QString &title, bool done)
{
    if (Result<void> ready = requireDatabase(); !ready.ok())
        return ready;
    return push(new SetTaskDoneCommand(*database(), taskId, title, done, errorHandler()));
}

void RecordTasksView::askToAdd()
{
    if (!database())
        return;
    Result<Lookups> lookups = Lookups::load(*database());
    if (!lookups.ok())
        return reportError(lookups.error());
    std::optional<qint64> me;
    if (Result<User> user = lookups->userNamed(database()->userName()); user.ok())
        me = user->meta.id;
    TaskDialog dialog(*lookups, me, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<qint64> added = addTask(dialog.task());
        if (added.ok())
            return;
        dialog.showError(added.error().message);
    }
}
