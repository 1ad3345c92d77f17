#pragma once

#include "domain/Task.h"

#include <QAbstractListModel>
#include <QList>

// The tasks about one record, each with its tick: open ones first by due time, then done ones.
// Ticking does not write: it asks (doneRequested) so the view can go through the undo stack.
class RecordTasksModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setTasks(const QList<Task> &tasks, const QDateTime &now);
    const Task &taskAt(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void doneRequested(qint64 taskId, const QString &title, bool done);

private:
    QList<Task> m_tasks;
    QDateTime m_now;
};
