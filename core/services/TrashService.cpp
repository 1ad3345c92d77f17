#include "services/TrashService.h"

#include "storage/AccountRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"

namespace {

template <typename Repo>
Result<QList<RecordMeta>> trashEach(Database &database, const QList<TrashService::Item> &items, bool trashed)
{
    Repo repository(database);
    QList<RecordMeta> metas;
    metas.reserve(items.size());
    for (const TrashService::Item &item : items) {
        Result<RecordMeta> meta = trashed ? repository.moveToTrash(item.id, item.expectedVersion)
                                          : repository.restore(item.id, item.expectedVersion);
        if (!meta.ok())
            return meta.error();
        metas.append(*meta);
    }
    return metas;
}

} // namespace

QList<TrashService::Item> TrashService::itemsFor(const QList<qint64> &ids)
{
    QList<Item> items;
    items.reserve(ids.size());
    for (qint64 id : ids)
        items.append(Item{id, std::nullopt});
    return items;
}

Result<QList<RecordMeta>> TrashService::moveToTrash(const QString &entity, const QList<Item> &items)
{
    return setTrashed(entity, items, true);
}

Result<QList<RecordMeta>> TrashService::restore(const QString &entity, const QList<Item> &items)
{
    return setTrashed(entity, items, false);
}

Result<QList<RecordMeta>> TrashService::setTrashed(const QString &entity, const QList<Item> &items,
                                                   bool trashed)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<QList<RecordMeta>> metas = [&]() -> Result<QList<RecordMeta>> {
        if (entity == LeadRepository::mapping().entity)
            return trashEach<LeadRepository>(m_database, items, trashed);
        if (entity == AccountRepository::mapping().entity)
            return trashEach<AccountRepository>(m_database, items, trashed);
        if (entity == ContactRepository::mapping().entity)
            return trashEach<ContactRepository>(m_database, items, trashed);
        if (entity == OpportunityRepository::mapping().entity)
            return trashEach<OpportunityRepository>(m_database, items, trashed);
        if (entity == TaskRepository::mapping().entity)
            return trashEach<TaskRepository>(m_database, items, trashed);
        if (entity == ActivityRepository::mapping().entity)
            return trashEach<ActivityRepository>(m_database, items, trashed);
        return Error::invalid(QString(), tr("Records of kind “%1” have no trash.").arg(entity));
    }();
    if (!metas.ok())
        return metas.error(); // the transaction rolls back: nothing moved
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return metas;
}
