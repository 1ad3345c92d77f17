#include "activities/RecordTasksModel.h"

#include "activities/ActivityKindNames.h"
#include "common/DisplayFormat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

void RecordTasksModel::setTasks(const QList<Task> &tasks, const QDateTime &now)
{
    beginResetModel();
    m_tasks = tasks;
    m_now = now;
    endResetModel();
}

int RecordTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

Qt::ItemFlags RecordTasksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

QVariant RecordTasksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task &task = m_tasks.at(index.row());
    const bool overdue = !task.isDone() && task.dueAt.isValid() && task.dueAt < m_now;
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts{task.title};
        if (task.dueAt.isValid())
            parts << DisplayFormat::timeAndDate(task.dueAt);
        if (task.priority != TaskPriority::Normal)
            parts << ActivityKindNames::priority(task.priority);
        if (overdue)
            parts << tr("overdue");
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::CheckStateRole:
        return task.isDone() ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::FontRole:
        if (task.isDone()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return task.notes;
    default:
        return {};
    }
}

bool RecordTasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_tasks.size())
        return false;
    const Task &task = m_tasks.at(index.row());
    Q_EMIT doneRequested(task.meta.id, task.title, value.toInt() == Qt::Checked);
    return false; // the list is read again once the service has saved
}
