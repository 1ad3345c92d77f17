#include "widgets/CreateRecordCommand.h"

#include "services/TrashService.h"

CreateRecordCommand::CreateRecordCommand(Database &database, const QString &text, QString entity,
                                         std::function<Result<qint64>()> create, ErrorHandler onError)
    : ServiceCommand(text, std::move(onError)), m_database(database), m_entity(std::move(entity)),
      m_create(std::move(create))
{}

void CreateRecordCommand::redo()
{
    if (m_id == 0) {
        Result<qint64> created = m_create();
        if (!created.ok())
            return fail(created.error());
        m_id = *created;
        return;
    }
    Result<QList<RecordMeta>> restored =
        TrashService(m_database).restore(m_entity, TrashService::itemsFor({m_id}));
    if (!restored.ok())
        fail(restored.error());
}

void CreateRecordCommand::undo()
{
    Result<QList<RecordMeta>> trashed =
        TrashService(m_database).moveToTrash(m_entity, TrashService::itemsFor({m_id}));
    if (!trashed.ok())
        fail(trashed.error());
}
