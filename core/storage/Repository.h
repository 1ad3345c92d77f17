#pragma once

#include "storage/RecordTable.h"
#include "storage/TableMapping.h"

// Typed access to one entity's table: the mapping turns T into column values and back, RecordTable does
// the SQL. Entity repositories derive from this and add their own queries.
template <typename T> class Repository
{
public:
    Repository(Database &database, const TableMapping<T> &mapping)
        : m_mapping(mapping),
          m_table(database, mapping.entity, mapping.table, mapping.columnNames(), loggedFlags(mapping))
    {}

    // Stores a new record and returns it as stored (id, uuid, timestamps, version 1).
    Result<T> create(T record)
    {
        Result<RecordMeta> meta = m_table.insert(m_mapping.values(record, m_table.database()));
        if (!meta.ok())
            return meta.error();
        record.meta = *meta;
        return record;
    }

    Result<T> get(qint64 id, TrashFilter trash = TrashFilter::All)
    {
        Result<StoredRow> row = m_table.fetch(id, trash);
        if (!row.ok())
            return row.error();
        return fromRow(*row);
    }

    // Saves record over the version it was read at (record.meta.version); a newer stored version is a
    // Conflict and nothing is written. Returns the record with its new version.
    Result<T> update(T record)
    {
        Result<RecordMeta> meta =
            m_table.update(record.meta.id, record.meta.version, m_mapping.values(record, m_table.database()));
        if (!meta.ok())
            return meta.error();
        record.meta = *meta;
        return record;
    }

    Result<RecordMeta> moveToTrash(qint64 id, std::optional<int> expectedVersion = std::nullopt)
    {
        return m_table.moveToTrash(id, expectedVersion);
    }
    Result<RecordMeta> restore(qint64 id, std::optional<int> expectedVersion = std::nullopt)
    {
        return m_table.restore(id, expectedVersion);
    }

    Result<QList<T>> list(const ListQuery &query)
    {
        Result<QList<StoredRow>> rows = m_table.list(query);
        if (!rows.ok())
            return rows.error();
        QList<T> records;
        records.reserve(rows->size());
        for (const StoredRow &row : std::as_const(*rows))
            records.append(fromRow(row));
        return records;
    }
    // The first record the query finds, or nullopt.
    Result<std::optional<T>> findFirst(ListQuery query)
    {
        query.limit = 1;
        Result<QList<T>> found = list(query);
        if (!found.ok())
            return found.error();
        return found->isEmpty() ? std::optional<T>() : std::optional<T>(found->constFirst());
    }
    Result<QList<qint64>> ids(const ListQuery &query) { return m_table.ids(query); }
    Result<qint64> count(const ListQuery &query = {}) { return m_table.count(query); }

    RecordTable &table() { return m_table; }

protected:
    T fromRow(const StoredRow &row) const
    {
        T record;
        record.meta = row.meta;
        for (qsizetype i = 0; i < m_mapping.columns.size(); ++i) {
            const auto &column = m_mapping.columns[i];
            if (!column.isDerived())
                column.write(record, row.values[i]);
        }
        return record;
    }

private:
    static QList<bool> loggedFlags(const TableMapping<T> &mapping)
    {
        QList<bool> flags;
        for (const auto &column : mapping.columns)
            flags << !column.isDerived();
        return flags;
    }

    const TableMapping<T> &m_mapping;
    RecordTable m_table;
};
