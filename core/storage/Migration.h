#pragma once

#include "common/Result.h"

#include <QStringList>

#include <functional>

class Database;

// One forward step of the schema: the statements that take a file from version-1 to version, plus
// optional work in C++ (default data, back-filling derived columns). Runs inside the migrator's transaction.
struct Migration
{
    int version = 0;
    QStringList statements;
    std::function<Result<void>(Database &)> afterStatements;
};
