#include "leads/TagLeadsCommand.h"

#include "services/TagService.h"

TagLeadsCommand::TagLeadsCommand(Database &database, qint64 tagId, const QString &tagName,
                                 QList<qint64> leadIds, ErrorHandler onError)
    : ServiceCommand(tr("Tag %n lead(s) “%1”", nullptr, int(leadIds.size())).arg(tagName),
                     std::move(onError)),
      m_database(database), m_tagId(tagId), m_leadIds(std::move(leadIds))
{}

void TagLeadsCommand::redo()
{
    Result<QList<qint64>> added = TagService(m_database).addToLeads(m_tagId, m_leadIds);
    if (!added.ok())
        return fail(added.error());
    m_added = *added;
}

void TagLeadsCommand::undo()
{
    if (Result<void> removed = TagService(m_database).removeFromLeads(m_tagId, m_added); !removed.ok())
        fail(removed.error());
}
