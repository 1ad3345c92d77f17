#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;
class RecordTableModel;

// One list of the workspace: a heading, the record count, and the table. The same page serves leads,
// accounts, contacts, deals and tasks; only the model differs.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordListPage(QWidget *parent = nullptr);

    // Shows model, which the page now owns; the previous model is deleted after the view let go of it.
    void setModel(RecordTableModel *model);
    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *heading() const { return m_heading; }
    QLabel *countLabel() const { return m_count; }
    QSplitter *splitter() const { return m_splitter; }

    // The record panel beside the table (the page owns it) and the bar of filters above it.
    void setRecordPanel(QWidget *panel);
    QWidget *recordPanel() const { return m_panel; }
    void setFilterBar(QWidget *bar);
    // Another way to show the records in place of the table (the deals' board), the record panel
    // staying beside it; the page owns it. showAlternateView switches between the two.
    void setAlternateView(QWidget *view);
    void showAlternateView(bool shown);
    bool isShowingAlternateView() const;

    // The record of the current row (0 when none), and of every selected row in list order.
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Makes the record's row current and scrolls to it; false when the list does not show it.
    bool showRecord(qint64 id);
    // Moves the current row by step (+1 next, -1 previous); false at either end.
    bool stepRecord(int step);
    // The column chooser (right-click on the header): one checkable entry per column; the last
    // visible column cannot be hidden. Hidden columns are kept with the column layout. A list of
    // people also offers the order of names (by tên, or A–Z by full name).
    QMenu *columnMenu();

    // Re-reads the model; false (and the model's lastError()) on failure.
    bool reload();
    // Lists not on screen are only marked, and read when first shown: opening a big database then
    // costs one list, not five.
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    // The current row now shows another record (0: none).
    void currentRecordChanged(qint64 id);
    // The model re-read its records (for the count label).
    void countChanged();
    // The user chose how people's names sort (column menu): A–Z by full name, or by given name.
    void namesAToZChosen(bool aToZ);

private:
    void rememberPlace();
    void restorePlace();

    RecordTableModel *m_model = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_views = nullptr; // the table and the alternate view, once there is one
    QWidget *m_panel = nullptr;
    QMenu *m_columnMenu = nullptr;
    qint64 m_placeId = 0; // the current record across a model reset
    int m_placeScroll = 0;
    qint64 m_lastCurrentId = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    bool m_stale = true;
};
