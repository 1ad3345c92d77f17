#pragma once

#include "pipeline/BoardColumn.h"

#include <QAbstractItemModel>

// The board's data (DESIGN.md §4): the columns (stages of a pipeline, statuses of leads) are the
// top-level rows, their cards the rows under each, in board order. Views show one column each by
// setting it as their root index. A drag carries the cards' stable ids in a private MIME type; a drop
// hands them to moveCards(), which the concrete board implements with an undoable command through its
// service. The model changes only when the service has committed (applyColumns / placeCards), so what
// the board shows is always what is stored.
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SubtitleRole,
        AmountRole,
        OwnerRole,
        CloseDateRole,
        EnteredColumnRole,
        NextTaskRole,
        NextTaskDueRole,
        RottingRole,
        // Of a column:
        ColumnKindRole,
        CountRole,
        SumRole,
        WeightedSumRole,
        ProbabilityRole,
    };

    explicit BoardModel(QObject *parent = nullptr);

    static QString mimeType() { return QStringLiteral("application/x-sencrm-card-ids"); }
    // The ids a drag carries, in the order they were dragged; empty when data is not ours.
    static QList<qint64> idsFromMimeData(const QMimeData *data);

    const QList<BoardColumn> &columns() const { return m_columns; }
    int columnRow(qint64 columnId) const;
    QModelIndex columnIndex(int columnRow) const { return index(columnRow, 0); }
    // The card's index, invalid when the board does not show it.
    QModelIndex cardIndex(qint64 cardId) const;
    const CardContent *card(qint64 cardId) const;
    qint64 columnOfCard(qint64 cardId) const;

    // Moves the cards to the column, before the card now at index among the column's cards that are
    // not moving (-1: at the end). False when it could not be done (the reason was shown or reported).
    virtual bool moveCards(const QList<qint64> &cardIds, qint64 columnId, int index) = 0;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A column's count or sums changed (cards came, went or changed amount).
    void columnTotalsChanged(int columnRow);

protected:
    // Everything anew (another pipeline, other filters).
    void setColumns(QList<BoardColumn> columns);
    // Puts each card in its column at its place by (position, id), moving it from wherever it was; a
    // card whose column is 0 (deleted, filtered out, on another pipeline) leaves the board. Rows
    // move with beginMoveRows, so views keep selection and scroll position.
    void placeCards(const QList<std::pair<qint64, CardContent>> &cardsByColumn);
    // The index a drop at row (counting every card of the column) has among the cards not moving.
    int indexAmongStaying(qint64 columnId, int row, const QList<qint64> &moving) const;

private:
    void removeCard(qint64 cardId);
    void insertCard(int columnRow, const CardContent &card);

    QList<BoardColumn> m_columns;
};
