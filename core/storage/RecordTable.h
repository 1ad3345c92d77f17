#pragma once

#include "common/Result.h"
#include "domain/RecordMeta.h"
#include "storage/ListQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

class Database;
class QSqlQuery;

struct StoredRow
{
    RecordMeta meta;
    QVariantList values; // in the order of the table's columns
};

// The SQL behind every repository, for one table: insert, fetch, versioned update of the changed
// columns only, trash and restore, and filtered/sorted/paged lists. Every write appends to change_log in
// the same transaction. Typed repositories sit on top (Repository<T>).
class RecordTable
{
    Q_DECLARE_TR_FUNCTIONS(RecordTable)

public:
    // loggedColumns[i] says whether column i goes into change_log (derived columns do not).
    RecordTable(Database &database, QString entity, QString table, QStringList columns,
                QList<bool> loggedColumns);

    const QString &entity() const { return m_entity; }
    const QString &table() const { return m_table; }
    Database &database() const { return m_database; }

    Result<RecordMeta> insert(const QVariantList &values);
    Result<StoredRow> fetch(qint64 id, TrashFilter trash = TrashFilter::All);
    // Fails with Conflict when the stored version is not expectedVersion; writes nothing when no
    // column changed.
    Result<RecordMeta> update(qint64 id, int expectedVersion, const QVariantList &values);
    Result<RecordMeta> moveToTrash(qint64 id, std::optional<int> expectedVersion = std::nullopt);
    Result<RecordMeta> restore(qint64 id, std::optional<int> expectedVersion = std::nullopt);

    Result<QList<StoredRow>> list(const ListQuery &query);
    Result<QList<qint64>> ids(const ListQuery &query);
    Result<qint64> count(const ListQuery &query);
    // SQLite's plan for ids(query), one line per step ("SEARCH tasks USING COVERING INDEX …"): lets
    // tests hold the lists that must stay fast to their indexes.
    Result<QStringList> queryPlan(const ListQuery &query);

    bool hasColumn(const QString &column) const;
    // Whether the table has a full-text index (<table>_fts) for FilterOp::Matches to use.
    bool hasTextIndex() const;

private:
    Result<RecordMeta> setTrashed(qint64 id, bool trashed, std::optional<int> expectedVersion);
    Result<QString> whereClause(const ListQuery &query, QVariantList &bindings) const;
    Result<QString> condition(const ListFilter &filter, QVariantList &bindings) const;
    Result<QString> orderClause(const ListQuery &query) const;
    Error notFound(qint64 id) const;
    Error conflict(const RecordMeta &stored, int expectedVersion) const;
    static RecordMeta readMeta(const QSqlQuery &query);
    StoredRow readRow(const QSqlQuery &query) const;
    // The same question asked of the full-text index alone, when only text (and an id bound) filters.
    std::optional<QString> textIndexSelect(const QString &what, const ListQuery &query, bool ordered,
                                           QVariantList &bindings) const;
    // The SQL of SELECT what FROM table with the query's filters, and its bound values.
    Result<QString> statement(const QString &what, const ListQuery &query, bool ordered,
                              QVariantList &bindings) const;
    // Runs SELECT what FROM table with the query's filters (and order and page when ordered); with
    // explain, SQLite's plan for it instead.
    Result<QSqlQuery> select(const QString &what, const ListQuery &query, bool ordered, bool explain = false);

    Database &m_database;
    QString m_entity;
    QString m_table;
    QStringList m_columns;
    QList<bool> m_logged;
    QString m_selectColumns;
    mutable std::optional<bool> m_hasTextIndex; // asked of the schema once
};
