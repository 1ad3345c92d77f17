#pragma once

#include <QString>

class Database;

// count(*) of a table, optionally narrowed ("change_log WHERE entity = 'account'"): tests use it to
// show that a refused write left nothing behind. Fixed test text only; never user input.
qint64 rowCount(Database &database, const QString &tableAndCondition);
