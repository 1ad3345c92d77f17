#pragma once

#include "widgets/ServiceCommand.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Moves a selection to the trash (or restores it from there); undo does the opposite.
class TrashCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrashCommand)

public:
    enum class Direction
    {
        ToTrash,
        FromTrash,
    };

    // entity is the change_log name of the records ("lead", "task", …).
    TrashCommand(Database &database, QString entity, QList<qint64> ids, Direction direction,
                 ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void move(bool toTrash);

    Database &m_database;
    QString m_entity;
    QList<qint64> m_ids;
    Direction m_direction;
};
