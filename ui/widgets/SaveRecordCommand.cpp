#include "widgets/SaveRecordCommand.h"

#include "services/AccountService.h"
#include "services/ContactService.h"
#include "services/LeadService.h"
#include "services/OpportunityService.h"
#include "services/TrashService.h"

template <typename T, typename Service>
SaveRecordCommand<T, Service>::SaveRecordCommand(Database &database, const QString &text, T before, T after,
                                                 ErrorHandler onError)
    : ServiceCommand(text, std::move(onError)), m_database(database), m_before(std::move(before)),
      m_after(std::move(after))
{}

template <typename T, typename Service> QString SaveRecordCommand<T, Service>::entity() const
{
    return Service(m_database).repository().table().entity();
}

template <typename T, typename Service> void SaveRecordCommand<T, Service>::redo()
{
    Service service(m_database);
    if (m_before.meta.isNew()) {
        if (!m_saved.meta.isNew()) {
            // Redo after undo: the record undo moved to the trash comes back, with its id.
            Result<QList<RecordMeta>> restored =
                TrashService(m_database).restore(entity(), TrashService::itemsFor({m_saved.meta.id}));
            if (!restored.ok())
                return fail(restored.error());
            m_saved.meta = restored->constFirst();
            return;
        }
        Result<T> created = service.create(m_after);
        if (!created.ok())
            return fail(created.error());
        m_saved = *created;
        return;
    }
    T edited = m_after;
    // The first time, the version the editor read; after an undo, the version undo wrote.
    edited.meta.version = m_saved.meta.isNew() ? m_before.meta.version : m_saved.meta.version;
    Result<T> updated = service.update(edited);
    if (!updated.ok())
        return fail(updated.error());
    m_saved = *updated;
}

template <typename T, typename Service> void SaveRecordCommand<T, Service>::undo()
{
    if (m_before.meta.isNew()) {
        Result<QList<RecordMeta>> trashed =
            TrashService(m_database)
                .moveToTrash(entity(), {TrashService::Item{m_saved.meta.id, m_saved.meta.version}});
        if (!trashed.ok())
            return fail(trashed.error());
        m_saved.meta = trashed->constFirst();
        return;
    }
    T previous = m_before;
    previous.meta.version = m_saved.meta.version;
    Result<T> reverted = Service(m_database).update(previous);
    if (!reverted.ok())
        return fail(reverted.error());
    m_saved = *reverted;
}

template class SaveRecordCommand<Lead, LeadService>;
template class SaveRecordCommand<Account, AccountService>;
template class SaveRecordCommand<Contact, ContactService>;
template class SaveRecordCommand<Opportunity, OpportunityService>;
