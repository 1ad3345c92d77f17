#pragma once

#include "common/Result.h"
#include "storage/BulkRow.h"
#include "storage/SearchIndexBuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// A second connection to the same file, through the SQLite C API, for writing hundreds of thousands of
// rows at once (demo data now, imports later). Qt Sql costs several QVariant conversions and allocations
// per bound value; at a million rows that is most of the time. Everything else goes through Database.
// All the work is one transaction: commit() or nothing.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    class Statement
    {
        Q_DECLARE_TR_FUNCTIONS(BulkWriter)

    public:
        ~Statement();
        Statement(Statement &&other) noexcept;
        Statement &operator=(Statement &&) = delete;
        Statement(const Statement &) = delete;

        // Binds values in order (QString as text, integers, QByteArray as blob, null QVariant as NULL)
        // and runs the statement.
        Result<void> run(const QVariantList &values = {});
        Result<void> run(const BulkRow &row);

    private:
        friend class BulkWriter;
        Statement(BulkWriter &writer, sqlite3_stmt *statement) : m_writer(&writer), m_statement(statement) {}
        Result<void> bind(const BulkRow &row);
        Result<void> bindAndStep(const BulkRow &row);
        BulkWriter *m_writer;
        sqlite3_stmt *m_statement;
    };

    static Result<std::unique_ptr<BulkWriter>> open(const QString &path, int busyTimeoutMs = 5000);
    ~BulkWriter();

    // Foreign keys are enforced unless a caller that makes every reference itself turns them off, outside
    // a transaction: at a million rows the parent lookups are a fifth of the write.
    Result<void> setForeignKeys(bool enforced);
    // Whether commits wait for the disk (synchronous NORMAL, the default). Off, the write and its
    // checkpoint trust the operating system's cache: an application crash still loses nothing, a
    // power cut in the next seconds may damage the file. Only for a file that holds nothing anyone
    // would miss, such as one created a moment ago to be filled with demo data.
    Result<void> setDurable(bool durable);
    Result<void> begin();
    Result<void> commit();
    Result<void> execute(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // The first column of the first row of a query, e.g. SELECT max(id).
    Result<qint64> queryInteger(const QString &sql, const QVariantList &values = {});

    // Builds a table's FTS index and ordinary indexes in one pass after its rows were written, instead
    // of row by row: they are dropped for the transaction and recreated before commit, so no other
    // connection ever sees them missing. firstNewId: the first id written, for the FTS index.
    Result<void> suspendIndexing(const QString &table);
    // Recreates the table's suspended ordinary indexes now, so that its search index can be moved in
    // later (resumeIndexing with a builder that another thread is still filling).
    Result<void> rebuildIndexes(const QString &table);
    // Recreates everything still suspended. With a finished builder fed exactly the rows written (from
    // firstNewId on) into a table that had none before, its index replaces the table's search index;
    // otherwise the rows from firstNewId on are indexed here.
    Result<void> resumeIndexing(const QString &table, qint64 firstNewId, SearchIndexBuilder *built = nullptr);
    // A builder for the table's search index, defined exactly as the table's own.
    Result<std::unique_ptr<SearchIndexBuilder>> searchIndexBuilder(const QString &table);

private:
    explicit BulkWriter(sqlite3 *handle) : m_handle(handle) {}
    Error lastError() const;
    Result<void> indexSearchText(const QString &table, qint64 firstNewId);
    Result<void> adoptSearchIndex(SearchIndexBuilder &built);

    sqlite3 *m_handle = nullptr;
    bool m_inTransaction = false;
    QHash<QString, QStringList> m_suspended; // table → CREATE statements to run again
};
