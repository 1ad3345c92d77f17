#pragma once

#include "widgets/ServiceCommand.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Puts a tag on a selection of leads, or takes it off; undo reverses it for exactly the leads that
// changed (a lead that already had the tag keeps it when adding is undone).
class TagLeadsCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagLeadsCommand)

public:
    enum class Change
    {
        Add,
        Remove,
    };

    TagLeadsCommand(Database &database, Change change, qint64 tagId, const QString &tagName,
                    QList<qint64> leadIds, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    static QString describe(Change change, const QString &tagName, qsizetype leads);
    Result<QList<qint64>> apply(Change change, const QList<qint64> &leadIds);

    Database &m_database;
    Change m_change;
    qint64 m_tagId;
    QList<qint64> m_leadIds;
    QList<qint64> m_changed;
};
