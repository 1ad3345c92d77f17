#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// A table's FTS5 search index, built in a private in-memory database on whichever thread feeds it.
// Indexing a million rows' search text is a third of a bulk write's work; built here, it runs on a
// second core while the writing connection inserts rows and builds the ordinary indexes, and
// BulkWriter::resumeIndexing then copies the finished index (a few thousand blocks) into the real
// table. Only for a table that had no rows before the bulk write: the copy replaces the whole index.
// Made by BulkWriter::searchIndexBuilder, so its definition is the real table's, word for word.
// Not thread-safe: one thread at a time (the feeder, then the writer).
class SearchIndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexBuilder)

public:
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    // Indexes one live row's search text (UTF-8), as the table's insert trigger would.
    Result<void> add(qint64 rowid, QByteArrayView searchText);
    // Merges everything added into a single segment, the shape fastest to query. Call it on the
    // feeding thread, where it costs nothing to the writer.
    Result<void> finish();
    bool finished() const { return m_finished; }
    // The name of the FTS5 table, e.g. leads_fts.
    const QString &ftsTable() const { return m_fts; }

private:
    friend class BulkWriter;
    static Result<std::unique_ptr<SearchIndexBuilder>> open(const QString &ftsTable,
                                                            const QString &createSql);
    SearchIndexBuilder(sqlite3 *handle, QString ftsTable) : m_handle(handle), m_fts(std::move(ftsTable)) {}
    Error lastError() const;
    Result<void> execute(const QByteArray &sql);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QString m_fts;
    bool m_finished = false;
};
