#pragma once

#include <QFrame>

class BoardModel;
class QLabel;
class QListView;
class QToolButton;

// One column of the board: its header (name, count, sum and weighted sum, kept exact as cards come
// and go), a button that collapses it to a narrow strip, one that adds a record straight into it, and
// the list of its cards.
class BoardColumnWidget : public QFrame
{
    Q_OBJECT

public:
    BoardColumnWidget(BoardModel *model, int columnRow, QWidget *parent = nullptr);

    QListView *cards() const { return m_cards; }
    int columnRow() const { return m_columnRow; }
    qint64 columnId() const;
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    QString headerText() const;
    QString totalsText() const;

Q_SIGNALS:
    void collapsedChanged(bool collapsed);
    void createRequested(qint64 columnId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();

    BoardModel *m_model;
    int m_columnRow;
    bool m_collapsed = false;
    QLabel *m_title = nullptr;
    QLabel *m_totals = nullptr;
    QToolButton *m_collapse = nullptr;
    QToolButton *m_add = nullptr;
    QListView *m_cards = nullptr;
};
