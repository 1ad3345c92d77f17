#pragma once

#include "domain/Task.h"
#include "widgets/RecordTableModel.h"

// Tasks (công việc): open ones first by due time, then the done ones.
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
    static QString priorityLabel(TaskPriority priority);

    QString entity() const override { return QStringLiteral("task"); }

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortKey(int column) const override;
    Result<QList<qint64>> queryIds() override;
    Result<QList<Row>> loadRows(const QList<qint64> &ids) const override;
};
