#pragma once

#include "domain/Task.h"
#include "services/TaskView.h"
#include "widgets/RecordTableModel.h"

// Tasks (công việc) in one of the views (open, today, overdue, done, all), everyone's or the user's.
class TaskTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DueColumn,
        PriorityColumn,
        AssigneeColumn,
        StateColumn,
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;

    // Shows another view of the tasks (read again when the list was read before).
    void setView(TaskView view, bool onlyMine);
    TaskView view() const { return m_view; }
    bool onlyMine() const { return m_onlyMine; }

    QString entity() const override { return QStringLiteral("task"); }

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortKey(int column) const override;
    Result<QList<qint64>> queryIds() override;
    Result<QList<Row>> loadRows(const QList<qint64> &ids) const override;

private:
    std::optional<qint64> assignee() const;

    TaskView m_view = TaskView::Open;
    bool m_onlyMine = false;
};
