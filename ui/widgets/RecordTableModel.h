#pragma once

#include "common/Result.h"
#include "services/Lookups.h"
#include "storage/ListQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QVariantList>

#include <functional>
#include <optional>

class Database;

// The base of every big list (DESIGN.md §4): holds only the ordered ids of the matching records and
// loads their display values a page at a time when the view asks, keeping a bounded cache of pages.
// An entity's model says which ids, in what order, and how one page of records is shown.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 id = 0;
        QVariantList display; // one value per column, already formatted for DisplayRole
    };

    explicit RecordTableModel(Database &database, QObject *parent = nullptr);

    // Re-reads the ids and the lookup lists; on failure keeps the old rows and returns false.
    bool reload();
    // Re-reads only the ids (the filter or order changed; the lookup lists did not).
    bool reloadIds();
    // Narrows the list to records whose text (names, phones, email, company) matches what the user typed
    // in the list's filter box, as global search matches it; for lists with a text index.
    void setTextFilter(const QString &text);
    const QString &textFilter() const { return m_textFilter; }
    // People (leads, contacts) sort by given name, then family name (the default), or A–Z by the full
    // name; lists of other records have one name order and ignore this.
    void setNamesAToZ(bool aToZ);
    bool namesAToZ() const { return m_namesAToZ; }
    virtual bool listsPeople() const { return false; }
    // The change_log name of the records listed ("lead", "task", …).
    virtual QString entity() const = 0;
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_lastError; }
    // The record shown in row (reading more ids first when the list is read in chunks).
    qint64 recordId(int row) const;
    // The row showing this record, or -1 (a linear scan of the id list: milliseconds at a million).
    int rowOf(qint64 id) const;
    // After a language change: headers and formatted values are asked for again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting happens in SQL, on the column sortKey() names; -1 (or a column without one) restores the
    // list's natural order. A list not read yet only remembers the order for its first read.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Numbers (money, percentages) line up on the right.
    virtual Qt::Alignment columnAlignment(int column) const;
    // The SQL column a view column sorts by; empty when it cannot be sorted meaningfully in SQL.
    virtual QString sortKey(int column) const;
    bool isSorted() const { return m_sortColumn >= 0; }
    // The stored key a person's name column sorts by: sort_key (tên first) or az_key (full name).
    QString nameSortKey() const;
    // The text filter as a condition (nothing when the box is empty).
    ListQuery textQuery() const;
    // The records' ids in the chosen order, or newest first when none was chosen.
    template <typename Repository> Result<QList<qint64>> sortedIds(ListQuery query = {}) const
    {
        if (isSorted())
            query.sortBy(sortKey(m_sortColumn), m_sortOrder);
        else
            query.sortBy(QStringLiteral("id"), Qt::DescendingOrder);
        return Repository(m_database).ids(query);
    }
    // Live records, newest first unless the model knows better.
    virtual Result<QList<qint64>> queryIds() = 0;

    // A newest-first list can be read a chunk at a time: its exact count first, then ids as the view
    // scrolls (keyed on the last id read, never OFFSET). Filtering a million leads as the user types
    // then costs a count and one chunk per key instead of every matching id.
    struct ChunkedIds
    {
        ListQuery query; // the filters; order and page are set per chunk
        std::function<Result<qint64>(const ListQuery &)> count;
        std::function<Result<QList<qint64>>(const ListQuery &)> ids;
    };
    // When set, reload() reads ids in chunks instead of calling queryIds().
    virtual std::optional<ChunkedIds> chunkedIds() const { return std::nullopt; }
    template <typename Repository> ChunkedIds chunksOf(ListQuery query) const
    {
        Database *database = &m_database;
        return ChunkedIds{std::move(query),
                          [database](const ListQuery &q) { return Repository(*database).count(q); },
                          [database](const ListQuery &q) {
                              return Repository(*database).ids(q);
                          }};
    }
    // The rows for these ids, in any order (the base puts them in place).
    virtual Result<QList<Row>> loadRows(const QList<qint64> &ids) const = 0;

    Database &database() const { return m_database; }
    // The live records of a repository's table, newest first.
    template <typename Repository> Result<QList<qint64>> newestFirst() const
    {
        return Repository(m_database).ids(ListQuery().sortBy(QStringLiteral("id"), Qt::DescendingOrder));
    }
    // The records with these ids (any order), for loadRows().
    template <typename Repository> auto recordsWithIds(const QList<qint64> &ids) const
    {
        return Repository(m_database)
            .list(ListQuery().where(QStringLiteral("id"), FilterOp::In, idList(ids)));
    }
    const Lookups &lookups() const { return m_lookups; }
    static QVariantList idList(const QList<qint64> &ids);
    static QString shortDate(const QDateTime &time);
    static QString shortDate(const QDate &date);

private:
    // A committed write (ChangeFeed): the ids are read again; when the list kept its rows, only the
    // changed rows are redrawn, otherwise the model resets and the page puts the selection back.
    void recordsChanged(const QString &entity, const QList<qint64> &ids);
    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    // Reads ids until row is known (or the list ends); false on a read error.
    bool ensureIds(int row) const;
    // The first `limit` ids of a chunked list, newest first.
    static Result<QList<qint64>> chunkAfter(const ChunkedIds &source, std::optional<qint64> lastId,
                                            int limit);

    static constexpr int pageSize = 200;
    static constexpr int firstChunk = 2000; // ids read at first: the top of the list and some scrolling
    Database &m_database;
    Lookups m_lookups;
    QString m_textFilter;
    bool m_namesAToZ = false;
    mutable QList<qint64> m_ids; // all ids, or the part read so far of a chunked list
    std::optional<ChunkedIds> m_chunks;
    qint64 m_total = 0; // rows of the list, exactly, even before all their ids are read
    mutable bool m_complete = true;
    mutable QCache<int, QList<Row>> m_pages{50};
    mutable QString m_lastError;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
};
