#include "widgets/RecordTableModel.h"

#include "common/DisplayFormat.h"
#include "services/SearchService.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"

#include <QHash>
#include <QLocale>

RecordTableModel::RecordTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(&database.changes(), &ChangeFeed::recordsChanged, this, &RecordTableModel::recordsChanged);
}

void RecordTableModel::recordsChanged(const QString &changedEntity, const QList<qint64> &ids)
{
    if (!m_loaded)
        return; // read when first shown
    static const QStringList listsShown{QStringLiteral("user"),       QStringLiteral("lead_status"),
                                        QStringLiteral("source"),     QStringLiteral("campaign"),
                                        QStringLiteral("pipeline"),   QStringLiteral("stage"),
                                        QStringLiteral("lost_reason")};
    if (listsShown.contains(changedEntity)) {
        if (Result<Lookups> lookups = Lookups::load(m_database); lookups.ok()) {
            m_lookups = *lookups;
            retranslate(); // every row may show a renamed status or user
        }
        return;
    }
    if (changedEntity != entity())
        return;
    // Read the list again as far as it was read; if it still holds the same ids, only redraw.
    std::optional<ChunkedIds> chunks = chunkedIds();
    Result<qint64> total = chunks ? chunks->count(chunks->query) : Result<qint64>(0);
    Result<QList<qint64>> fresh =
        chunks ? chunkAfter(*chunks, std::nullopt, int(qMax<qsizetype>(m_ids.size(), 1))) : queryIds();
    if (!total.ok() || !fresh.ok()) {
        m_lastError = !total.ok() ? total.error().message : fresh.error().message;
        return;
    }
    const qint64 freshTotal = chunks ? *total : fresh->size();
    if (ids.isEmpty() || *fresh != m_ids || freshTotal != m_total) {
        beginResetModel();
        m_ids = *fresh;
        m_chunks = chunks;
        m_total = freshTotal;
        m_complete = !chunks || m_ids.size() >= m_total;
        m_pages.clear();
        endResetModel();
        return;
    }
    for (qint64 id : ids) {
        const int row = int(m_ids.indexOf(id));
        if (row < 0)
            continue;
        m_pages.remove(row / pageSize);
        Q_EMIT dataChanged(index(row, 0), index(row, columns() - 1));
    }
}

Result<QList<qint64>> RecordTableModel::chunkAfter(const ChunkedIds &source, std::optional<qint64> lastId,
                                                   int limit)
{
    ListQuery query = source.query;
    if (lastId)
        query.where(QStringLiteral("id"), FilterOp::Less, *lastId);
    query.sortBy(QStringLiteral("id"), Qt::DescendingOrder).page(limit);
    return source.ids(query);
}

bool RecordTableModel::ensureIds(int row) const
{
    while (!m_complete && row >= m_ids.size()) {
        // Chunks grow with the distance asked for: a jump to row 400,000 is a few big reads.
        const int wanted = int(qMax<qsizetype>(firstChunk, row + 1 - m_ids.size() + firstChunk));
        Result<QList<qint64>> more =
            chunkAfter(*m_chunks, m_ids.isEmpty() ? std::nullopt : std::optional(m_ids.constLast()), wanted);
        if (!more.ok()) {
            m_lastError = more.error().message;
            return false;
        }
        m_ids += *more;
        if (more->size() < wanted || m_ids.size() >= m_total)
            m_complete = true;
    }
    return row < m_ids.size();
}

qint64 RecordTableModel::recordId(int row) const
{
    if (row < 0 || row >= m_total || !ensureIds(row))
        return 0;
    return m_ids.at(row);
}

int RecordTableModel::rowOf(qint64 id) const
{
    if (const qsizetype row = m_ids.indexOf(id); row >= 0 || m_complete)
        return int(row);
    // Newest first: the id can only be further down, past every larger id.
    while (!m_complete && (m_ids.isEmpty() || m_ids.constLast() > id)) {
        if (!ensureIds(int(m_ids.size()) + firstChunk - 1) && !m_complete)
            break; // a read error, kept in lastError()
    }
    return int(m_ids.indexOf(id));
}

bool RecordTableModel::reload()
{
    Result<Lookups> lookups = Lookups::load(m_database);
    if (!lookups.ok()) {
        m_lastError = lookups.error().message;
        return false;
    }
    m_lookups = *lookups;
    return reloadIds();
}

bool RecordTableModel::reloadIds()
{
    std::optional<ChunkedIds> chunks = chunkedIds();
    Result<QList<qint64>> ids = chunks ? chunkAfter(*chunks, std::nullopt, firstChunk) : queryIds();
    // A first chunk that is not full is the whole list: no need to count.
    Result<qint64> total = !chunks || (ids.ok() && ids->size() < firstChunk)
                               ? Result<qint64>(ids.ok() ? ids->size() : 0)
                               : chunks->count(chunks->query);
    if (!total.ok() || !ids.ok()) {
        m_lastError = !total.ok() ? total.error().message : ids.error().message;
        return false;
    }
    beginResetModel();
    m_ids = *ids;
    m_chunks = chunks;
    m_total = chunks ? *total : m_ids.size();
    m_complete = !chunks || m_ids.size() >= m_total;
    m_pages.clear();
    endResetModel();
    m_loaded = true;
    return true;
}

void RecordTableModel::setTextFilter(const QString &text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    if (m_loaded)
        reloadIds();
}

ListQuery RecordTableModel::textQuery() const
{
    ListQuery query;
    if (const QString match = SearchService::matchExpression(m_textFilter); !match.isEmpty())
        query.where(QStringLiteral("search_text"), FilterOp::Matches, match);
    return query;
}

void RecordTableModel::setNamesAToZ(bool aToZ)
{
    if (aToZ == m_namesAToZ)
        return;
    m_namesAToZ = aToZ;
    if (m_loaded && isSorted() && listsPeople())
        reload();
}

QString RecordTableModel::nameSortKey() const
{
    return m_namesAToZ ? QStringLiteral("az_key") : QStringLiteral("sort_key");
}

QString RecordTableModel::sortKey(int) const
{
    return {};
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    const int sortColumn = column >= 0 && !sortKey(column).isEmpty() ? column : -1;
    if (sortColumn == m_sortColumn && (sortColumn < 0 || order == m_sortOrder))
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    if (m_loaded)
        reload();
}

void RecordTableModel::retranslate()
{
    m_pages.clear(); // formatted values (dates, money, list names) follow the language
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (m_total > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns() - 1), {Qt::DisplayRole});
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

bool RecordTableModel::loadPage(int page) const
{
    ensureIds((page + 1) * pageSize - 1);
    const QList<qint64> pageIds = m_ids.mid(qsizetype(page) * pageSize, pageSize);
    Result<QList<Row>> rows = loadRows(pageIds);
    if (!rows.ok()) {
        // Not cached: the next paint tries again instead of showing blank rows for good.
        m_lastError = rows.error().message;
        return false;
    }
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < pageIds.size(); ++i)
        position.insert(pageIds[i], i);
    auto *ordered = new QList<Row>(pageIds.size());
    for (const Row &row : std::as_const(*rows))
        (*ordered)[position.value(row.id)] = row;
    m_pages.insert(page, ordered);
    return true;
}

const RecordTableModel::Row *RecordTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / pageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    const QList<Row> *rows = m_pages.object(page);
    return rows && row % pageSize < rows->size() ? &rows->at(row % pageSize) : nullptr;
}

Qt::Alignment RecordTableModel::columnAlignment(int) const
{
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columnAlignment(index.column()));
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Row *row = rowAt(index.row());
    return row ? row->display.value(index.column()) : QVariant();
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariantList RecordTableModel::idList(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    return values;
}

QString RecordTableModel::shortDate(const QDateTime &time)
{
    return DisplayFormat::date(time);
}

QString RecordTableModel::shortDate(const QDate &date)
{
    return DisplayFormat::date(date);
}
