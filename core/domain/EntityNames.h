#pragma once

#include <QCoreApplication>
#include <QString>

// What users call each kind of record, for messages that name one ("Khách hàng tiềm năng 12 …").
class EntityNames
{
    Q_DECLARE_TR_FUNCTIONS(EntityNames)

public:
    // entity: the change_log name ("lead", "account", …); unknown names come back unchanged.
    static QString label(const QString &entity);
};
