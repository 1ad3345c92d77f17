#pragma once

#include <QWidget>

class QLabel;
class QTableView;
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

    // Re-reads the model; false (and the model's lastError()) on failure.
    bool reload();
    // Lists not on screen are only marked, and read when first shown: opening a big database then
    // costs one list, not five.
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }

private:
    RecordTableModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    bool m_stale = true;
};
