#include "activities/SetTaskDoneCommand.h"

#include "services/TaskService.h"

SetTaskDoneCommand::SetTaskDoneCommand(Database &database, qint64 taskId, const QString &title, bool done,
                                       ErrorHandler onError)
    : ServiceCommand(done ? tr("Mark “%1” done").arg(title) : tr("Mark “%1” not done").arg(title),
                     std::move(onError)),
      m_database(database), m_taskId(taskId), m_done(done)
{}

void SetTaskDoneCommand::redo()
{
    set(m_done);
}

void SetTaskDoneCommand::undo()
{
    set(!m_done);
}

void SetTaskDoneCommand::set(bool done)
{
    Result<Task> saved = TaskService(m_database).setDone(m_taskId, done);
    if (!saved.ok())
        fail(saved.error());
}
