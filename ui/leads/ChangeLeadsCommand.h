#pragma once

#include "services/LeadService.h"
#include "widgets/ServiceCommand.h"

#include <functional>

class Database;

// One change applied to a selection of leads (assign an owner, set a status or temperature), saved in
// one transaction; undo puts every lead's previous values back in one transaction.
class ChangeLeadsCommand : public ServiceCommand
{
public:
    using Change = std::function<Result<void>(Lead &)>;

    ChangeLeadsCommand(Database &database, const QString &text, QList<qint64> ids, Change change,
                       ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    // Saves `values` over the versions of `current`; what was saved becomes current.
    bool saveOver(const QList<Lead> &values);

    Database &m_database;
    QList<qint64> m_ids;
    Change m_change;
    LeadService::Change m_done;
    QList<Lead> m_current; // the leads as they are stored after the last redo or undo
    bool m_applied = false;
};
