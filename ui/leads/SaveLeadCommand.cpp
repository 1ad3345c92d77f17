#include "leads/SaveLeadCommand.h"

#include "services/LeadService.h"
#include "services/TrashService.h"

SaveLeadCommand::SaveLeadCommand(Database &database, Lead before, Lead after, ErrorHandler onError)
    : ServiceCommand(before.meta.isNew() ? tr("Create lead %1").arg(after.fullName)
                                         : tr("Edit lead %1").arg(after.fullName),
                     std::move(onError)),
      m_database(database), m_before(std::move(before)), m_after(std::move(after))
{}

void SaveLeadCommand::redo()
{
    LeadService service(m_database);
    if (m_before.meta.isNew()) {
        if (m_created) {
            // Redo after undo: the lead undo moved to the trash comes back, with its id.
            Result<QList<RecordMeta>> restored =
                TrashService(m_database)
                    .restore(QStringLiteral("lead"), TrashService::itemsFor({m_saved.meta.id}));
            if (!restored.ok())
                return fail(restored.error());
            m_saved.meta = restored->constFirst();
            return;
        }
        Result<Lead> created = service.create(m_after);
        if (!created.ok())
            return fail(created.error());
        m_saved = *created;
        m_created = true;
        return;
    }
    Lead edited = m_after;
    // The first time, the version the editor read; after an undo, the version undo wrote.
    edited.meta.version = m_saved.meta.isNew() ? m_before.meta.version : m_saved.meta.version;
    Result<Lead> updated = service.update(edited);
    if (!updated.ok())
        return fail(updated.error());
    m_saved = *updated;
}

void SaveLeadCommand::undo()
{
    if (m_before.meta.isNew()) {
        Result<QList<RecordMeta>> trashed =
            TrashService(m_database)
                .moveToTrash(QStringLiteral("lead"),
                             {TrashService::Item{m_saved.meta.id, m_saved.meta.version}});
        if (!trashed.ok())
            return fail(trashed.error());
        m_saved.meta = trashed->constFirst();
        return;
    }
    Lead previous = m_before;
    previous.meta.version = m_saved.meta.version;
    Result<Lead> reverted = LeadService(m_database).update(previous);
    if (!reverted.ok())
        return fail(reverted.error());
    m_saved = *reverted;
}
