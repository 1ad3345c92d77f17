#include "storage/SearchIndexBuilder.h"

#include <sqlite3.h>

Result<std::unique_ptr<SearchIndexBuilder>> SearchIndexBuilder::open(const QString &ftsTable,
                                                                     const QString &createSql)
{
    sqlite3 *handle = nullptr;
    // NOMUTEX: one thread at a time uses the builder, so SQLite's per-call locking would be pure cost.
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(handle);
        return Error{ErrorCode::Database, tr("Database error: %1").arg(QStringLiteral("out of memory")), {}};
    }
    std::unique_ptr<SearchIndexBuilder> builder(new SearchIndexBuilder(handle, ftsTable));
    // Nothing here outlives a failure, so no journal; one transaction, because FTS5 writes out its
    // in-memory terms at every commit. Merging is left to finish(), once (see BulkWriter).
    if (Result<void> done = builder->execute("PRAGMA journal_mode = OFF"); !done.ok())
        return done.error();
    if (Result<void> done = builder->execute(createSql.toUtf8()); !done.ok())
        return done.error();
    const QByteArray fts = ftsTable.toUtf8();
    for (const char *setting : {"('automerge', 0)", "('crisismerge', 2000)"}) {
        const QByteArray sql = "INSERT INTO \"" + fts + "\"(\"" + fts + "\", rank) VALUES " + setting;
        if (Result<void> done = builder->execute(sql); !done.ok())
            return done.error();
    }
    if (Result<void> done = builder->execute("BEGIN"); !done.ok())
        return done.error();
    const QByteArray insert = "INSERT INTO \"" + fts + "\"(rowid, search_text) VALUES (?, ?)";
    if (sqlite3_prepare_v3(handle, insert.constData(), int(insert.size()), SQLITE_PREPARE_PERSISTENT,
                           &builder->m_insert, nullptr) != SQLITE_OK)
        return builder->lastError();
    return builder;
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    sqlite3_finalize(m_insert);
    sqlite3_close_v2(m_handle);
}

Error SearchIndexBuilder::lastError() const
{
    return Error{
        ErrorCode::Database, tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))), {}};
}

Result<void> SearchIndexBuilder::execute(const QByteArray &sql)
{
    if (sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    return {};
}

Result<void> SearchIndexBuilder::add(qint64 rowid, QByteArrayView searchText)
{
    if (m_finished)
        return Error{
            ErrorCode::Database, tr("Database error: %1").arg(QStringLiteral("index already finished")), {}};
    sqlite3_reset(m_insert);
    sqlite3_bind_int64(m_insert, 1, rowid);
    // SQLITE_STATIC: the text is consumed by the step below, before the caller's bytes can change.
    sqlite3_bind_text(m_insert, 2, searchText.data(), int(searchText.size()), SQLITE_STATIC);
    const int stepped = sqlite3_step(m_insert);
    sqlite3_clear_bindings(m_insert);
    if (stepped != SQLITE_DONE)
        return lastError();
    return {};
}

Result<void> SearchIndexBuilder::finish()
{
    if (m_finished)
        return {};
    const QByteArray fts = m_fts.toUtf8();
    const QByteArray optimize = "INSERT INTO \"" + fts + "\"(\"" + fts + "\") VALUES ('optimize')";
    if (Result<void> done = execute(optimize); !done.ok())
        return done;
    if (Result<void> done = execute("COMMIT"); !done.ok())
        return done;
    m_finished = true;
    return {};
}
