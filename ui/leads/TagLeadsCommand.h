#pragma once

#include "widgets/ServiceCommand.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Puts a tag on a selection of leads; undo takes it off exactly the leads that did not have it.
class TagLeadsCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagLeadsCommand)

public:
    TagLeadsCommand(Database &database, qint64 tagId, const QString &tagName, QList<qint64> leadIds,
                    ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    Database &m_database;
    qint64 m_tagId;
    QList<qint64> m_leadIds;
    QList<qint64> m_added;
};
