#include "leads/ChangeLeadsCommand.h"

ChangeLeadsCommand::ChangeLeadsCommand(Database &database, const QString &text, QList<qint64> ids,
                                       Change change, ErrorHandler onError)
    : ServiceCommand(text, std::move(onError)), m_database(database), m_ids(std::move(ids)),
      m_change(std::move(change))
{}

void ChangeLeadsCommand::redo()
{
    if (m_applied) {
        saveOver(m_done.after);
        return;
    }
    Result<LeadService::Change> done = LeadService(m_database).changeEach(m_ids, m_change);
    if (!done.ok())
        return fail(done.error());
    m_done = *done;
    m_current = m_done.after;
    m_applied = true;
}

void ChangeLeadsCommand::undo()
{
    saveOver(m_done.before);
}

bool ChangeLeadsCommand::saveOver(const QList<Lead> &values)
{
    QList<Lead> leads = values;
    for (qsizetype i = 0; i < leads.size(); ++i)
        leads[i].meta.version = m_current.at(i).meta.version;
    Result<QList<Lead>> saved = LeadService(m_database).saveAll(leads);
    if (!saved.ok()) {
        fail(saved.error());
        return false;
    }
    m_current = *saved;
    return true;
}
