#include "activities/TimelineModel.h"

#include "activities/ActivityKindNames.h"
#include "common/DisplayFormat.h"

#include <QLocale>

void TimelineModel::setActivities(const QList<Activity> &activities)
{
    beginResetModel();
    m_activities = activities;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_activities.size())
        return {};
    const Activity &activity = m_activities.at(index.row());
    if (role == Qt::ToolTipRole)
        return activity.body;
    if (role != Qt::DisplayRole)
        return {};
    // "14:05 23/11/2026 · Cuộc gọi · Không nghe máy — Báo giá", then the details on their own line.
    QStringList head{DisplayFormat::timeAndDate(activity.occurredAt), ActivityKindNames::name(activity.kind)};
    if (!activity.outcome.isEmpty())
        head << activity.outcome;
    QString text = head.join(QStringLiteral(" · "));
    if (!activity.subject.isEmpty())
        text += QStringLiteral(" — ") + activity.subject;
    if (!activity.body.isEmpty())
        text += u'\n' + activity.body.section(u'\n', 0, 2); // three lines; the rest is in the tooltip
    return text;
}
