#pragma once

#include "common/Result.h"
#include "domain/Related.h"
#include "storage/ListQuery.h"

#include <QCoreApplication>

#include <optional>

class Database;
class RecordTable;

// Links from one record to others: checked before a write (the ids must name records that exist),
// and followed by the lists of what is about a record (its tasks, its timeline).
class References
{
    Q_DECLARE_TR_FUNCTIONS(References)

public:
    // Nothing to check when id is unset. A record in the trash still counts: editing a task about a
    // lead that went to the trash must keep working. The error names field.
    static Result<void> mustExist(RecordTable &table, std::optional<qint64> id, const QString &field);
    // A record the user picked is gone (NotFound): their input to correct, so InvalidInput naming
    // field, in the table's own words ("Khách hàng 12 không tồn tại."). Other errors pass unchanged.
    static Error asInputError(const Error &error, const QString &field);
    // Each id that is set names an existing lead, account, contact or opportunity.
    static Result<void> mustExist(Database &database, const Related &related);

    static bool isEmpty(const Related &related);
    // Rows about any of the records related names (for ListQuery::whereAny); the columns are the ones
    // tasks and activities share: lead_id, account_id, contact_id, opportunity_id.
    static QList<ListFilter> about(const Related &related);
};
