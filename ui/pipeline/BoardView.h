#pragma once

#include <QWidget>

class BoardColumnWidget;
class BoardModel;
class QAction;
class QHBoxLayout;
class QListView;
class QMenu;

// The board (DESIGN.md §4): one column widget per column of a BoardModel side by side in a horizontal
// scroll area. Cards are dragged between and within columns (the model turns a drop into an undoable
// move); the same moves work from the keyboard (next/previous stage) and from the context menu
// ("Move to stage…"), so the board needs no mouse. Selection is one column at a time.
class BoardView : public QWidget
{
    Q_OBJECT

public:
    explicit BoardView(QWidget *parent = nullptr);

    void setModel(BoardModel *model);
    BoardModel *model() const { return m_model; }

    BoardColumnWidget *column(int columnRow) const;
    int columnCount() const { return int(m_columns.size()); }
    QListView *cardsOf(int columnRow) const;
    // The selected cards, in board order.
    QList<qint64> selectedCardIds() const;
    // Makes the card current and selected, scrolled into view; false when the board does not show it.
    bool selectCard(qint64 cardId);
    // Moves the selected cards by columns (1: the next stage, -1: the previous one), to the end.
    bool moveSelectedBy(int columns);
    bool moveSelectedTo(qint64 columnId);

    QAction *nextColumnAction() const { return m_nextColumn; }
    QAction *previousColumnAction() const { return m_previousColumn; }
    QAction *openAction() const { return m_open; }
    // The context menu for the selection (built when asked; tests read it).
    QMenu *contextMenuForSelection();

Q_SIGNALS:
    void openRequested(qint64 cardId);
    void createRequested(qint64 columnId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildColumns();
    void retranslate();
    void followSelection(QListView *active);
    QListView *activeList() const;

    BoardModel *m_model = nullptr;
    QHBoxLayout *m_row = nullptr;
    QList<BoardColumnWidget *> m_columns;
    QListView *m_active = nullptr;
    QAction *m_nextColumn = nullptr;
    QAction *m_previousColumn = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_menu = nullptr;
};
