#include "widgets/RecordTableModel.h"

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
    Result<QList<qint64>> fresh = queryIds();
    if (!fresh.ok()) {
        m_lastError = fresh.error().message;
        return;
    }
    if (ids.isEmpty() || *fresh != m_ids) {
        beginResetModel();
        m_ids = *fresh;
        m_pages.clear();
        endResetModel();
        return;
    }
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_pages.remove(row / pageSize);
        Q_EMIT dataChanged(index(row, 0), index(row, columns() - 1));
    }
}

bool RecordTableModel::reload()
{
    Result<Lookups> lookups = Lookups::load(m_database);
    if (!lookups.ok()) {
        m_lastError = lookups.error().message;
        return false;
    }
    m_lookups = *lookups;
    Result<QList<qint64>> ids = queryIds();
    if (!ids.ok()) {
        m_lastError = ids.error().message;
        return false;
    }
    beginResetModel();
    m_ids = *ids;
    m_pages.clear();
    endResetModel();
    m_loaded = true;
    return true;
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
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns() - 1), {Qt::DisplayRole});
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

bool RecordTableModel::loadPage(int page) const
{
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
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    const QList<Row> *rows = m_pages.object(page);
    return rows ? &rows->at(row % pageSize) : nullptr;
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
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString RecordTableModel::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
