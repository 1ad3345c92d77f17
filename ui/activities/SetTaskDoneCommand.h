#pragma once

#include "widgets/ServiceCommand.h"

#include <QCoreApplication>

class Database;

// Ticks a task done or not done; undo puts the tick back.
class SetTaskDoneCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTaskDoneCommand)

public:
    SetTaskDoneCommand(Database &database, qint64 taskId, const QString &title, bool done,
                       ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void set(bool done);

    Database &m_database;
    qint64 m_taskId;
    bool m_done;
};
