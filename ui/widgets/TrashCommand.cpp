#include "widgets/TrashCommand.h"

#include "domain/EntityNames.h"
#include "services/TrashService.h"

TrashCommand::TrashCommand(Database &database, QString entity, QList<qint64> ids, Direction direction,
                           ErrorHandler onError)
    : ServiceCommand(direction == Direction::ToTrash
                         ? tr("Move %n record(s) to the trash", nullptr, int(ids.size()))
                         : tr("Restore %n record(s) from the trash", nullptr, int(ids.size())),
                     std::move(onError)),
      m_database(database), m_entity(std::move(entity)), m_ids(std::move(ids)), m_direction(direction)
{}

void TrashCommand::redo()
{
    move(m_direction == Direction::ToTrash);
}

void TrashCommand::undo()
{
    move(m_direction != Direction::ToTrash);
}

void TrashCommand::move(bool toTrash)
{
    TrashService trash(m_database);
    const QList<TrashService::Item> items = TrashService::itemsFor(m_ids);
    Result<QList<RecordMeta>> moved =
        toTrash ? trash.moveToTrash(m_entity, items) : trash.restore(m_entity, items);
    if (!moved.ok())
        fail(moved.error());
}
