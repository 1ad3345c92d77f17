#include "pipeline/BoardView.h"

#include "pipeline/BoardColumnWidget.h"
#include "pipeline/BoardModel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

BoardView::BoardView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *strip = new QWidget;
    m_row = new QHBoxLayout(strip);
    m_row->setContentsMargins(4, 4, 4, 4);
    m_row->addStretch(1);
    // The strip never shrinks below its columns: a narrow window scrolls the board sideways instead
    // of squeezing the columns into each other.
    m_row->setSizeConstraint(QLayout::SetMinimumSize);
    scroll->setWidget(strip);
    layout->addWidget(scroll);

    m_nextColumn = new QAction(this);
    m_nextColumn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_previousColumn = new QAction(this);
    m_previousColumn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_open = new QAction(this);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    for (QAction *action : {m_nextColumn, m_previousColumn, m_open}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_nextColumn, &QAction::triggered, this, [this] { moveSelectedBy(1); });
    connect(m_previousColumn, &QAction::triggered, this, [this] { moveSelectedBy(-1); });
    connect(m_open, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedCardIds(); !ids.isEmpty())
            Q_EMIT openRequested(ids.constFirst());
    });
    m_menu = new QMenu(this);
    retranslate();
}

void BoardView::retranslate()
{
    m_nextColumn->setText(tr("Move to the next stage"));
    m_previousColumn->setText(tr("Move to the previous stage"));
    m_open->setText(tr("Open"));
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BoardView::setModel(BoardModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        // Columns come and go only with a reset (another pipeline, an edited stage list).
        connect(m_model, &QAbstractItemModel::modelReset, this, &BoardView::rebuildColumns);
    }
    rebuildColumns();
}

void BoardView::rebuildColumns()
{
    QList<bool> collapsed;
    for (BoardColumnWidget *column : std::as_const(m_columns))
        collapsed << column->isCollapsed();
    qDeleteAll(m_columns);
    m_columns.clear();
    m_active = nullptr;
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *column = new BoardColumnWidget(m_model, row);
        m_row->insertWidget(row, column);
        m_columns << column;
        if (row < collapsed.size() && m_columns.size() == collapsed.size())
            column->setCollapsed(collapsed.at(row));
        QListView *cards = column->cards();
        cards->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(cards, &QListView::customContextMenuRequested, this, [this, cards](const QPoint &at) {
            m_active = cards;
            if (QMenu *menu = contextMenuForSelection(); !menu->isEmpty())
                menu->popup(cards->viewport()->mapToGlobal(at));
        });
        connect(cards, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
            Q_EMIT openRequested(index.data(BoardModel::IdRole).toLongLong());
        });
        connect(cards->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, cards] { followSelection(cards); });
        connect(column, &BoardColumnWidget::createRequested, this, &BoardView::createRequested);
    }
}

void BoardView::followSelection(QListView *active)
{
    if (!active->selectionModel()->hasSelection())
        return;
    m_active = active;
    // One column's selection at a time: a drag or a move takes what the user picked last.
    for (BoardColumnWidget *column : std::as_const(m_columns)) {
        if (column->cards() != active)
            column->cards()->selectionModel()->clearSelection();
    }
}

QListView *BoardView::activeList() const
{
    return m_active;
}

BoardColumnWidget *BoardView::column(int columnRow) const
{
    return columnRow >= 0 && columnRow < m_columns.size() ? m_columns.at(columnRow) : nullptr;
}

QListView *BoardView::cardsOf(int columnRow) const
{
    BoardColumnWidget *found = column(columnRow);
    return found ? found->cards() : nullptr;
}

QList<qint64> BoardView::selectedCardIds() const
{
    QListView *active = activeList();
    if (!active)
        return {};
    QModelIndexList rows = active->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(BoardModel::IdRole).toLongLong();
    return ids;
}

bool BoardView::selectCard(qint64 cardId)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->cardIndex(cardId);
    QListView *cards = index.isValid() ? cardsOf(index.parent().row()) : nullptr;
    if (!cards)
        return false;
    cards->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    cards->scrollTo(index);
    m_active = cards;
    followSelection(cards);
    return true;
}

bool BoardView::moveSelectedBy(int columns)
{
    const QList<qint64> ids = selectedCardIds();
    if (ids.isEmpty() || !m_model)
        return false;
    const int from = m_model->columnRow(m_model->columnOfCard(ids.constFirst()));
    const int to = from + columns;
    if (from < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    return moveSelectedTo(m_model->columnIndex(to).data(BoardModel::IdRole).toLongLong());
}

bool BoardView::moveSelectedTo(qint64 columnId)
{
    const QList<qint64> ids = selectedCardIds();
    if (ids.isEmpty() || !m_model || !m_model->moveCards(ids, columnId, -1))
        return false;
    // The cards stay selected where they went, so a second key press moves them on.
    if (selectCard(ids.constFirst())) {
        for (qint64 id : ids)
            m_active->selectionModel()->select(m_model->cardIndex(id), QItemSelectionModel::Select);
    }
    return true;
}

QMenu *BoardView::contextMenuForSelection()
{
    m_menu->clear();
    const QList<qint64> ids = selectedCardIds();
    if (ids.isEmpty() || !m_model)
        return m_menu;
    m_menu->addAction(m_open);
    QMenu *moveTo = m_menu->addMenu(tr("Move to stage…"));
    const qint64 current = m_model->columnOfCard(ids.constFirst());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex column = m_model->columnIndex(row);
        const qint64 columnId = column.data(BoardModel::IdRole).toLongLong();
        QAction *action =
            moveTo->addAction(column.data().toString(), this, [this, columnId] { moveSelectedTo(columnId); });
        action->setEnabled(columnId != current);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_previousColumn);
    m_menu->addAction(m_nextColumn);
    return m_menu;
}
