#pragma once

#include "widgets/ServiceCommand.h"

#include <functional>

class Database;

// Creates a record through its service (a logged call, a task, …). Undo moves it to the trash and
// redo brings that same record back, so its id, and anything that refers to it, stay valid.
class CreateRecordCommand : public ServiceCommand
{
public:
    // create runs the service and returns the new record's id; entity is its change_log name.
    CreateRecordCommand(Database &database, const QString &text, QString entity,
                        std::function<Result<qint64>()> create, ErrorHandler onError);

    void redo() override;
    void undo() override;
    qint64 createdId() const { return m_id; }

private:
    Database &m_database;
    QString m_entity;
    std::function<Result<qint64>()> m_create;
    qint64 m_id = 0;
};
