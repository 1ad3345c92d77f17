#include "storage/TaskRepository.h"

#include "storage/SearchText.h"

TaskRepository::TaskRepository(Database &database) : Repository<Task>(database, mapping()) {}

QString TaskRepository::searchTextOf(const QString &title, const QString &notes)
{
    return SearchText().words(title).words(notes).toString();
}

const TableMapping<Task> &TaskRepository::mapping()
{
    static const TableMapping<Task> table = [] {
        TableMapping<Task> m{QStringLiteral("task"), QStringLiteral("tasks"), {}};
        m.field("title", &Task::title)
            .field("notes", &Task::notes)
            .field("due_at", &Task::dueAt)
            .field("priority", &Task::priority)
            .field("assignee_id", &Task::assigneeId)
            .field("completed_at", &Task::completedAt)
            .field("lead_id", &Task::related, &Related::leadId)
            .field("account_id", &Task::related, &Related::accountId)
            .field("contact_id", &Task::related, &Related::contactId)
            .field("opportunity_id", &Task::related, &Related::opportunityId)
            .derived("search_text",
                     [](const Task &task) { return QVariant(searchTextOf(task.title, task.notes)); });
        return m;
    }();
    return table;
}
