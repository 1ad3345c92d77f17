#include "storage/BulkWriter.h"

#include <QHash>
#include <QScopeGuard>

#include <sqlite3.h>

BulkWriter::Statement::~Statement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

BulkWriter::Statement::Statement(Statement &&other) noexcept
    : m_writer(other.m_writer), m_statement(std::exchange(other.m_statement, nullptr))
{}

Result<void> BulkWriter::Statement::bind(const BulkRow &row)
{
    sqlite3_reset(m_statement);
    if (row.size() != sqlite3_bind_parameter_count(m_statement)) {
        return Error{ErrorCode::Database,
                     tr("Database error: %1")
                         .arg(QStringLiteral("%1 values for %2 parameters")
                                  .arg(row.size())
                                  .arg(sqlite3_bind_parameter_count(m_statement))),
                     {}};
    }
    for (qsizetype index = 0; index < row.size(); ++index) {
        const BulkRow::Field &field = row.field(index);
        const int column = int(index) + 1;
        int rc = SQLITE_OK;
        switch (field.kind) {
        case BulkRow::Kind::Null:
            rc = sqlite3_bind_null(m_statement, column);
            break;
        case BulkRow::Kind::Integer:
            rc = sqlite3_bind_int64(m_statement, column, field.integer);
            break;
        case BulkRow::Kind::Text:
            rc = sqlite3_bind_text(m_statement, column, row.bytes(field), field.size, SQLITE_STATIC);
            break;
        case BulkRow::Kind::Blob:
            rc = sqlite3_bind_blob(m_statement, column, row.bytes(field), field.size, SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK)
            return m_writer->lastError();
    }
    return {};
}

Result<void> BulkWriter::Statement::bindAndStep(const BulkRow &row)
{
    // The row's bytes outlive the step, so SQLite need not copy them (SQLITE_STATIC); the bindings are
    // cleared on every way out, so no pointer into this row survives it.
    const auto clearBindings = qScopeGuard([this] { sqlite3_clear_bindings(m_statement); });
    if (Result<void> bound = bind(row); !bound.ok())
        return bound;
    const int stepped = sqlite3_step(m_statement);
    if (stepped != SQLITE_DONE)
        return m_writer->lastError();
    return {};
}

Result<void> BulkWriter::Statement::run(const QVariantList &values)
{
    return bindAndStep(BulkRow(values));
}

Result<void> BulkWriter::Statement::run(const BulkRow &row)
{
    return bindAndStep(row);
}

Result<std::unique_ptr<BulkWriter>> BulkWriter::open(const QString &path, int busyTimeoutMs)
{
    sqlite3 *handle = nullptr;
    // NOMUTEX: a writer is used by one thread at a time, and SQLite's per-call locking costs a tenth of
    // a million-row write (every bind is a call).
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_close(handle);
        return Error{ErrorCode::Io, tr("Cannot open “%1” for writing: %2").arg(path, message), {}};
    }
    sqlite3_busy_timeout(handle, busyTimeoutMs);
    std::unique_ptr<BulkWriter> writer(new BulkWriter(handle));
    // A large page cache keeps the indexes of a big batch in memory; NORMAL sync is safe under WAL.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -262144",
                               "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY"}) {
        if (Result<void> done = writer->execute(QString::fromLatin1(pragma)); !done.ok())
            return done.error();
    }
    return writer;
}

BulkWriter::~BulkWriter()
{
    if (m_inTransaction)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(m_handle);
}

Error BulkWriter::lastError() const
{
    const int code = sqlite3_errcode(m_handle);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        return Error{ErrorCode::Busy,
                     tr("The database is busy: another program kept it locked for too long. Nothing was "
                        "saved; try again."),
                     {}};
    }
    return Error{
        ErrorCode::Database, tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))), {}};
}

Result<void> BulkWriter::execute(const QString &sql)
{
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return {};
}

Result<void> BulkWriter::setForeignKeys(bool enforced)
{
    // SQLite ignores the pragma inside a transaction; refuse rather than silently keep the old setting.
    if (m_inTransaction) {
        return Error{
            ErrorCode::Database,
            tr("Database error: %1").arg(QStringLiteral("foreign keys cannot change in a transaction")),
            {}};
    }
    return execute(enforced ? QStringLiteral("PRAGMA foreign_keys = ON")
                            : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Result<void> BulkWriter::setDurable(bool durable)
{
    return execute(durable ? QStringLiteral("PRAGMA synchronous = NORMAL")
                           : QStringLiteral("PRAGMA synchronous = OFF"));
}

Result<void> BulkWriter::begin()
{
    if (Result<void> done = execute(QStringLiteral("BEGIN IMMEDIATE")); !done.ok())
        return done;
    m_inTransaction = true;
    return {};
}

Result<void> BulkWriter::commit()
{
    if (Result<void> done = execute(QStringLiteral("COMMIT")); !done.ok())
        return done;
    m_inTransaction = false;
    return {};
}

Result<BulkWriter::Statement> BulkWriter::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK)
        return lastError();
    return Statement(*this, statement);
}

Result<qint64> BulkWriter::queryInteger(const QString &sql, const QVariantList &values)
{
    Result<Statement> query = prepare(sql);
    if (!query.ok())
        return query.error();
    const BulkRow row(values); // outlives the step: the text is bound without a copy
    if (Result<void> bound = query->bind(row); !bound.ok())
        return bound.error();
    if (sqlite3_step(query->m_statement) != SQLITE_ROW)
        return lastError();
    return sqlite3_column_int64(query->m_statement, 0);
}

Result<void> BulkWriter::suspendIndexing(const QString &table)
{
    // The FTS insert trigger and the table's ordinary indexes; both are rebuilt in one sorted pass at
    // the end, which is several times cheaper than maintaining them row by row.
    Result<Statement> lookup = prepare(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND "
                       "((type = 'index') OR (type = 'trigger' AND name = ? || '_fts_ai'))"));
    if (!lookup.ok())
        return lookup.error();
    sqlite3_bind_text16(lookup->m_statement, 1, table.utf16(), int(table.size() * 2), SQLITE_TRANSIENT);
    sqlite3_bind_text16(lookup->m_statement, 2, table.utf16(), int(table.size() * 2), SQLITE_TRANSIENT);
    QList<std::pair<QString, QString>> found;
    while (sqlite3_step(lookup->m_statement) == SQLITE_ROW) {
        found.append(
            {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(lookup->m_statement, 0))),
             QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(lookup->m_statement, 1)))});
    }
    for (const auto &[name, sql] : found) {
        const bool trigger = name.endsWith(QLatin1String("_fts_ai"));
        if (Result<void> dropped =
                execute((trigger ? QStringLiteral("DROP TRIGGER \"") : QStringLiteral("DROP INDEX \"")) +
                        name + u'"');
            !dropped.ok())
            return dropped;
        m_suspended[table].append(sql);
    }
    return {};
}

Result<void> BulkWriter::rebuildIndexes(const QString &table)
{
    QStringList &statements = m_suspended[table];
    for (auto it = statements.begin(); it != statements.end();) {
        if (it->startsWith(QLatin1String("CREATE TRIGGER"))) {
            ++it;
            continue;
        }
        if (Result<void> done = execute(*it); !done.ok())
            return done;
        it = statements.erase(it);
    }
    return {};
}

Result<void> BulkWriter::resumeIndexing(const QString &table, qint64 firstNewId, SearchIndexBuilder *built)
{
    if (built) {
        // The builder's index covers only the rows it was fed: it may stand for the whole index only
        // if the table had nothing before them.
        Result<qint64> older = queryInteger(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\" WHERE id < ?)").arg(table), {firstNewId});
        if (!older.ok())
            return older.error();
        if (*older != 0 || !built->finished() || built->ftsTable() != table + QStringLiteral("_fts"))
            built = nullptr;
    }
    const QStringList statements = m_suspended.take(table);
    for (const QString &sql : statements) {
        if (sql.startsWith(QLatin1String("CREATE TRIGGER"))) {
            if (Result<void> done = built ? adoptSearchIndex(*built) : indexSearchText(table, firstNewId);
                !done.ok())
                return done;
        }
        if (Result<void> done = execute(sql); !done.ok())
            return done;
    }
    return {};
}

Result<std::unique_ptr<SearchIndexBuilder>> BulkWriter::searchIndexBuilder(const QString &table)
{
    const QString fts = table + QStringLiteral("_fts");
    Result<Statement> lookup =
        prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!lookup.ok())
        return lookup.error();
    const BulkRow name(QVariantList{fts});
    if (Result<void> bound = lookup->bind(name); !bound.ok())
        return bound.error();
    if (sqlite3_step(lookup->m_statement) != SQLITE_ROW)
        return Error{
            ErrorCode::Database, tr("Database error: %1").arg(QStringLiteral("no table %1").arg(fts)), {}};
    const QString sql =
        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(lookup->m_statement, 0)));
    return SearchIndexBuilder::open(fts, sql);
}

Result<void> BulkWriter::adoptSearchIndex(SearchIndexBuilder &built)
{
    // An FTS5 index is stored in two shadow tables, <fts>_data (blocks) and <fts>_idx (where each
    // segment's terms start); the same definition in the same SQLite stores the same thing in both,
    // whichever database they are in. The table had no rows before (see resumeIndexing), so whatever
    // its index held goes. <fts>_config keeps this table's own settings.
    for (const QString &suffix : {QStringLiteral("_data"), QStringLiteral("_idx")}) {
        const QString shadow = built.ftsTable() + suffix;
        if (Result<void> done = execute(QStringLiteral("DELETE FROM \"%1\"").arg(shadow)); !done.ok())
            return done;
        sqlite3_stmt *read = nullptr;
        const QByteArray select = QStringLiteral("SELECT * FROM \"%1\"").arg(shadow).toUtf8();
        if (sqlite3_prepare_v2(built.m_handle, select.constData(), int(select.size()), &read, nullptr) !=
            SQLITE_OK)
            return built.lastError();
        const auto finalize = qScopeGuard([read] { sqlite3_finalize(read); });
        const int columns = sqlite3_column_count(read);
        Result<Statement> write =
            prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (%2)")
                        .arg(shadow, QStringList(columns, QStringLiteral("?")).join(u',')));
        if (!write.ok())
            return write.error();
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(read)) == SQLITE_ROW) {
            sqlite3_reset(write->m_statement);
            for (int column = 0; column < columns; ++column)
                sqlite3_bind_value(write->m_statement, column + 1, sqlite3_column_value(read, column));
            if (sqlite3_step(write->m_statement) != SQLITE_DONE)
                return lastError();
        }
        if (stepped != SQLITE_DONE)
            return built.lastError();
    }
    return {};
}

Result<void> BulkWriter::indexSearchText(const QString &table, qint64 firstNewId)
{
    // FTS5 normally merges its segments a little on every flush; for a million rows that rewrites the
    // index many times over. Merging once at the end ('optimize') halves the time and leaves a single
    // segment, the fastest shape to query. The settings live in the index, so they are set back.
    const QString fts = table + QStringLiteral("_fts");
    const QStringList before{
        QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('automerge', 0)").arg(fts),
        QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('crisismerge', 2000)").arg(fts),
    };
    for (const QString &statement : before) {
        if (Result<void> done = execute(statement); !done.ok())
            return done;
    }
    Result<Statement> index =
        prepare(QStringLiteral("INSERT INTO %2(rowid, search_text) SELECT id, search_text "
                               "FROM %1 WHERE id >= ? AND deleted_at IS NULL")
                    .arg(table, fts));
    if (!index.ok())
        return index.error();
    if (Result<void> done = index->run({firstNewId}); !done.ok())
        return done;
    const QStringList after{
        QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(fts),
        QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('automerge', 4)").arg(fts), // SQLite's defaults
        QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('crisismerge', 16)").arg(fts),
    };
    for (const QString &statement : after) {
        if (Result<void> done = execute(statement); !done.ok())
            return done;
    }
    return {};
}
