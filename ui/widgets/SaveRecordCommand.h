#pragma once

#include "widgets/ServiceCommand.h"

class Database;

// Saves a record from its editor through its service: creates it when it is new, or writes the edited
// fields over the version the editor read. Undo puts the previous values back (or moves a new record to
// the trash, and redo brings that same record back with its id); a record someone else changed in
// between is reported as a conflict, never overwritten.
// Instantiated for leads, accounts, contacts and opportunities in SaveRecordCommand.cpp.
template <typename T, typename Service> class SaveRecordCommand : public ServiceCommand
{
public:
    // before: the record as the editor read it (meta.id 0 for a new one); after: the edited record.
    SaveRecordCommand(Database &database, const QString &text, T before, T after, ErrorHandler onError);

    void redo() override;
    void undo() override;
    // The record as last saved (its id once created).
    const T &saved() const { return m_saved; }

private:
    QString entity() const;

    Database &m_database;
    T m_before;
    T m_after;
    T m_saved;
};
