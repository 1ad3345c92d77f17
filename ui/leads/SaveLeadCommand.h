#pragma once

#include "domain/Lead.h"
#include "widgets/ServiceCommand.h"

#include <QCoreApplication>

class Database;

// Saves a lead from the editor: creates it when it is new, or writes the edited fields over the
// version the editor read. Undo puts the previous values back (or moves a new lead to the trash); a
// lead someone else changed in between is reported as a conflict, never overwritten.
class SaveLeadCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveLeadCommand)

public:
    // before: the lead as the editor read it (meta.id 0 for a new lead); after: the edited lead.
    SaveLeadCommand(Database &database, Lead before, Lead after, ErrorHandler onError);

    void redo() override;
    void undo() override;
    // The lead as last saved (its id once created).
    const Lead &saved() const { return m_saved; }

private:
    Database &m_database;
    Lead m_before;
    Lead m_after;
    Lead m_saved;
    bool m_created = false; // redo has run at least once for a new lead
};
