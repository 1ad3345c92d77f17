#include "pipeline/BoardModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace {

// internalId of a card index: its column's row + 1; column indexes have 0.
constexpr quintptr columnMarker = 0;

bool placedBefore(const CardContent &a, const CardContent &b)
{
    return a.position != b.position ? a.position < b.position : a.id < b.id;
}

} // namespace

BoardModel::BoardModel(QObject *parent) : QAbstractItemModel(parent) {}

QList<qint64> BoardModel::idsFromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QByteArray bytes = data->data(mimeType());
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    QList<qint64> ids;
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

int BoardModel::columnRow(qint64 columnId) const
{
    for (int row = 0; row < m_columns.size(); ++row) {
        if (m_columns.at(row).id == columnId)
            return row;
    }
    return -1;
}

QModelIndex BoardModel::cardIndex(qint64 cardId) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        const QList<CardContent> &cards = m_columns.at(column).cards;
        for (int row = 0; row < cards.size(); ++row) {
            if (cards.at(row).id == cardId)
                return createIndex(row, 0, quintptr(column + 1));
        }
    }
    return {};
}

const CardContent *BoardModel::card(qint64 cardId) const
{
    const QModelIndex found = cardIndex(cardId);
    return found.isValid() ? &m_columns.at(int(found.internalId() - 1)).cards.at(found.row()) : nullptr;
}

qint64 BoardModel::columnOfCard(qint64 cardId) const
{
    const QModelIndex found = cardIndex(cardId);
    return found.isValid() ? m_columns.at(int(found.internalId() - 1)).id : 0;
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, columnMarker) : QModelIndex();
    if (parent.internalId() != columnMarker || parent.row() >= m_columns.size())
        return {};
    if (row >= m_columns.at(parent.row()).cards.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == columnMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, columnMarker);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() == columnMarker && parent.row() < m_columns.size())
        return int(m_columns.at(parent.row()).cards.size());
    return 0;
}

int BoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == columnMarker) {
        const BoardColumn &column = m_columns.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return column.name;
        case IdRole:
            return column.id;
        case ColumnKindRole:
            return int(column.kind);
        case CountRole:
            return int(column.cards.size());
        case SumRole:
            return column.sum();
        case WeightedSumRole:
            return column.weightedSum();
        case ProbabilityRole:
            return column.probability;
        default:
            return {};
        }
    }
    const CardContent &card = m_columns.at(int(index.internalId() - 1)).cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return card.title;
    case IdRole:
        return card.id;
    case SubtitleRole:
        return card.subtitle;
    case AmountRole:
        return card.amount;
    case OwnerRole:
        return card.owner;
    case CloseDateRole:
        return card.closeDate;
    case EnteredColumnRole:
        return card.enteredColumnAt;
    case NextTaskRole:
        return card.nextTask;
    case NextTaskDueRole:
        return card.nextTaskDue;
    case RottingRole:
        return card.rotting;
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Cards are dragged; columns take drops. A card takes none itself, so a drop on a card lands above
    // or below it (the view works out which) instead of "into" it.
    if (index.internalId() == columnMarker)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList BoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    // The ids in board order (column, then row), each once, whatever order the selection was made in.
    QModelIndexList cards;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.internalId() != columnMarker && !cards.contains(index))
            cards << index;
    }
    if (cards.isEmpty())
        return nullptr;
    std::sort(cards.begin(), cards.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.internalId() != b.internalId() ? a.internalId() < b.internalId() : a.row() < b.row();
    });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(cards))
        ids << data(index, IdRole).toLongLong();
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    return action == Qt::MoveAction && parent.isValid() && !idsFromMimeData(data).isEmpty();
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // A drop on a card (possible when a view asks for it) lands just above that card.
    const QModelIndex columnIndex = parent.internalId() == columnMarker ? parent : parent.parent();
    if (parent.internalId() != columnMarker)
        row = parent.row();
    const qint64 columnId = m_columns.at(columnIndex.row()).id;
    const QList<qint64> ids = idsFromMimeData(data);
    return moveCards(ids, columnId, row < 0 ? -1 : indexAmongStaying(columnId, row, ids));
}

int BoardModel::indexAmongStaying(qint64 columnId, int row, const QList<qint64> &moving) const
{
    const int column = columnRow(columnId);
    if (column < 0)
        return -1;
    const QList<CardContent> &cards = m_columns.at(column).cards;
    if (row >= cards.size())
        return -1;
    int staying = 0;
    for (int before = 0; before < row; ++before) {
        if (!moving.contains(cards.at(before).id))
            ++staying;
    }
    return staying;
}

void BoardModel::setColumns(QList<BoardColumn> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    for (BoardColumn &column : m_columns)
        std::stable_sort(column.cards.begin(), column.cards.end(), placedBefore);
    endResetModel();
    for (int row = 0; row < m_columns.size(); ++row)
        Q_EMIT columnTotalsChanged(row);
}

void BoardModel::removeCard(qint64 cardId)
{
    const QModelIndex found = cardIndex(cardId);
    if (!found.isValid())
        return;
    const int column = int(found.internalId() - 1);
    beginRemoveRows(found.parent(), found.row(), found.row());
    m_columns[column].cards.removeAt(found.row());
    endRemoveRows();
    Q_EMIT columnTotalsChanged(column);
}

void BoardModel::insertCard(int columnRow, const CardContent &card)
{
    QList<CardContent> &cards = m_columns[columnRow].cards;
    const int row = int(std::lower_bound(cards.cbegin(), cards.cend(), card, placedBefore) - cards.cbegin());
    beginInsertRows(columnIndex(columnRow), row, row);
    cards.insert(row, card);
    endInsertRows();
    Q_EMIT columnTotalsChanged(columnRow);
}

void BoardModel::placeCards(const QList<std::pair<qint64, CardContent>> &cardsByColumn)
{
    for (const auto &[columnId, card] : cardsByColumn) {
        const QModelIndex found = cardIndex(card.id);
        const int target = columnRow(columnId);
        if (target < 0) {
            removeCard(card.id);
            continue;
        }
        if (!found.isValid()) {
            insertCard(target, card);
            continue;
        }
        const int source = int(found.internalId() - 1);
        // Where the card belongs among the target's cards without it.
        QList<CardContent> &targetCards = m_columns[target].cards;
        int row = 0;
        for (const CardContent &other : std::as_const(targetCards)) {
            if (other.id != card.id && placedBefore(other, card))
                ++row;
        }
        if (source == target && row == found.row()) {
            targetCards[row] = card;
            Q_EMIT dataChanged(found, found);
        } else {
            // beginMoveRows counts the destination before the source row is taken out.
            const int destination = source == target && row > found.row() ? row + 1 : row;
            beginMoveRows(found.parent(), found.row(), found.row(), columnIndex(target), destination);
            m_columns[source].cards.removeAt(found.row());
            m_columns[target].cards.insert(row, card);
            endMoveRows();
        }
        Q_EMIT columnTotalsChanged(source);
        if (target != source)
            Q_EMIT columnTotalsChanged(target);
    }
}
