#include "storage/SchemaV2.h"

#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/TaskRepository.h"
#include "text/PersonName.h"

#include <QSqlQuery>

#include <functional>

namespace {

// Rows are read a chunk at a time by id and written back before the next chunk is read, so no
// statement reads a table while another writes it, and memory stays small at a million rows.
constexpr int chunkRows = 10000;

// For every row of `select` (which takes the last id seen and the chunk size, and returns id first),
// binds what `derive` makes of the row, then the id, to `update`.
Result<void> backFill(Database &database, const QString &select, const QString &update,
                      const std::function<QVariantList(const QSqlQuery &)> &derive)
{
    Result<QSqlQuery> reader = database.prepare(select);
    if (!reader.ok())
        return reader.error();
    Result<QSqlQuery> writer = database.prepare(update);
    if (!writer.ok())
        return writer.error();
    reader->setForwardOnly(true);
    qint64 lastId = 0;
    for (;;) {
        reader->addBindValue(lastId);
        reader->addBindValue(chunkRows);
        if (Result<void> done = database.exec(*reader); !done.ok())
            return done;
        QList<std::pair<qint64, QVariantList>> rows;
        while (reader->next())
            rows.append({reader->value(0).toLongLong(), derive(*reader)});
        reader->finish();
        if (rows.isEmpty())
            return {};
        for (const auto &[id, values] : std::as_const(rows)) {
            for (const QVariant &value : values)
                writer->addBindValue(value);
            writer->addBindValue(id);
            if (Result<void> done = database.exec(*writer); !done.ok())
                return done;
        }
        lastId = rows.constLast().first;
    }
}

QVariant fullNameKey(const QSqlQuery &row)
{
    return PersonName{row.value(1).toString(), row.value(2).toString(), row.value(3).toString()}
        .fullNameSortKey();
}

Result<void> fillDerivedColumns(Database &database)
{
    // The same derivations as the repositories' mappings, so an upgraded file holds exactly what a
    // new one would.
    for (const QString &table : {QStringLiteral("leads"), QStringLiteral("contacts")}) {
        if (Result<void> done = backFill(
                database,
                QStringLiteral("SELECT id, family_name, middle_name, given_name FROM %1 WHERE id > ? "
                               "ORDER BY id LIMIT ?")
                    .arg(table),
                QStringLiteral("UPDATE %1 SET az_key = ? WHERE id = ?").arg(table),
                [](const QSqlQuery &row) { return QVariantList{fullNameKey(row)}; });
            !done.ok())
            return done;
    }
    if (Result<void> done =
            backFill(database,
                     QStringLiteral(
                         "SELECT o.id, o.name, a.name FROM opportunities o "
                         "LEFT JOIN accounts a ON a.id = o.account_id WHERE o.id > ? ORDER BY o.id LIMIT ?"),
                     QStringLiteral("UPDATE opportunities SET search_text = ? WHERE id = ?"),
                     [](const QSqlQuery &row) {
                         return QVariantList{OpportunityRepository::searchTextOf(row.value(1).toString(),
                                                                                 row.value(2).toString())};
                     });
        !done.ok())
        return done;
    if (Result<void> done = backFill(
            database, QStringLiteral("SELECT id, title, notes FROM tasks WHERE id > ? ORDER BY id LIMIT ?"),
            QStringLiteral("UPDATE tasks SET search_text = ? WHERE id = ?"),
            [](const QSqlQuery &row) {
                return QVariantList{
                    TaskRepository::searchTextOf(row.value(1).toString(), row.value(2).toString())};
            });
        !done.ok())
        return done;

    // The indexes after the keys are in: one sorted pass instead of a million index updates.
    for (const QString &statement :
         {QStringLiteral("CREATE INDEX IF NOT EXISTS leads_by_full_name ON leads(az_key, id) "
                         "WHERE deleted_at IS NULL"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_by_full_name ON contacts(az_key, id) "
                         "WHERE deleted_at IS NULL")}) {
        if (Result<void> done = database.execute(statement); !done.ok())
            return done;
    }
    return {};
}

} // namespace

Migration SchemaV2::migration()
{
    return Migration{
        2,
        {
            QStringLiteral("ALTER TABLE leads ADD COLUMN az_key BLOB"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN az_key BLOB"),
            QStringLiteral("ALTER TABLE opportunities ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tasks ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
        },
        &fillDerivedColumns};
}
