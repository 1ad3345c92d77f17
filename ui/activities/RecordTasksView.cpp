#include "activities/RecordTasksView.h"

#include "activities/RecordTasksModel.h"
#include "activities/SetTaskDoneCommand.h"
#include "activities/TaskDialog.h"
#include "services/Lookups.h"
#include "services/TaskService.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "widgets/CreateRecordCommand.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

RecordTasksView::RecordTasksView(QWidget *parent) : QWidget(parent)
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
    m_add->setText(tr("Add task…"));
}

void RecordTasksView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_add->setText(tr("Add task…"));
        reload();
    }
    QWidget::changeEvent(event);
}

void RecordTasksView::setDatabase(Database *database, QUndoStack *undoStack)
{
    if (m_database)
        disconnect(&m_database->changes(), nullptr, this, nullptr);
    m_database = database;
    m_undoStack = undoStack;
    m_record = Related();
    if (m_database) {
        connect(&m_database->changes(), &ChangeFeed::recordsChanged, this, [this](const QString &entity) {
            if (entity == QStringLiteral("task"))
                reload();
        });
    }
    reload();
}

void RecordTasksView::setRecord(const Related &record)
{
    m_record = record;
    reload();
}

void RecordTasksView::reload()
{
    const bool any = !m_record.isEmpty();
    Result<QList<Task>> tasks =
        m_database && any ? TaskService(*m_database).forRecord(m_record) : Result<QList<Task>>(QList<Task>());
    m_model->setTasks(tasks.ok() ? *tasks : QList<Task>(), QDateTime::currentDateTimeUtc());
}

void RecordTasksView::reportError(const Error &error)
{
    QMessageBox::warning(this, tr("Sen CRM"), error.message);
}

Result<qint64> RecordTasksView::addTask(Task task)
{
    if (!m_database || !m_undoStack)
        return Error::invalid(QString(), tr("No database is open."));
    task.related = m_record;
    Database &database = *m_database;
    auto *command = new CreateRecordCommand(
        database, tr("Add task %1").arg(task.title), QStringLiteral("task"),
        [&database, task]() -> Result<qint64> {
            Result<Task> created = TaskService(database).create(task);
            if (!created.ok())
                return created.error();
            return created->meta.id;
        },
        [view = QPointer<RecordTasksView>(this)](const Error &error) {
            if (view)
                view->reportError(error);
        });
    if (Result<void> pushed = ServiceCommand::pushTo(*m_undoStack, command); !pushed.ok())
        return pushed.error();
    return command->createdId();
}

Result<void> RecordTasksView::setDone(qint64 taskId, const QString &title, bool done)
{
    if (!m_database || !m_undoStack)
        return Error::invalid(QString(), tr("No database is open."));
    return ServiceCommand::pushTo(
        *m_undoStack, new SetTaskDoneCommand(*m_database, taskId, title, done,
                                             [view = QPointer<RecordTasksView>(this)](const Error &error) {
                                                 if (view)
                                                     view->reportError(error);
                                             }));
}

void RecordTasksView::askToAdd()
{
    if (!m_database)
        return;
    Result<Lookups> lookups = Lookups::load(*m_database);
    if (!lookups.ok())
        return reportError(lookups.error());
    std::optional<qint64> me;
    if (Result<User> user = lookups->userNamed(m_database->userName()); user.ok())
        me = user->meta.id;
    TaskDialog dialog(*lookups, me, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<qint64> added = addTask(dialog.task());
        if (added.ok())
            return;
        dialog.showError(added.error().message);
    }
}
