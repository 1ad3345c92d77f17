#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// The names of the accounts one page of contacts or deals refers to, in one query.
class AccountNames
{
public:
    static Result<QHash<qint64, QString>> of(Database &database, const QList<qint64> &accountIds);
};
