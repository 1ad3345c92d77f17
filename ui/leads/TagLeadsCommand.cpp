#include "leads/TagLeadsCommand.h"

#include "services/TagService.h"

TagLeadsCommand::TagLeadsCommand(Database &database, Change change, qint64 tagId, const QString &tagName,
                                 QList<qint64> leadIds, ErrorHandler onError)
    : ServiceCommand(describe(change, tagName, leadIds.size()), std::move(onError)), m_database(database),
      m_change(change), m_tagId(tagId), m_leadIds(std::move(leadIds))
{}

QString TagLeadsCommand::describe(Change change, const QString &tagName, qsizetype leads)
{
    return change == Change::Add
               ? tr("Tag %n lead(s) “%1”", nullptr, int(leads)).arg(tagName)
               : tr("Remove the tag “%1” from %n lead(s)", nullptr, int(leads)).arg(tagName);
}

Result<QList<qint64>> TagLeadsCommand::apply(Change change, const QList<qint64> &leadIds)
{
    TagService tags(m_database);
    return change == Change::Add ? tags.addToLeads(m_tagId, leadIds) : tags.removeFromLeads(m_tagId, leadIds);
}

void TagLeadsCommand::redo()
{
    Result<QList<qint64>> changed = apply(m_change, m_leadIds);
    if (!changed.ok())
        return fail(changed.error());
    m_changed = *changed;
}

void TagLeadsCommand::undo()
{
    const Change reverse = m_change == Change::Add ? Change::Remove : Change::Add;
    if (Result<QList<qint64>> reverted = apply(reverse, m_changed); !reverted.ok())
        fail(reverted.error());
}
