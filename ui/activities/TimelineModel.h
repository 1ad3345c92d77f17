#pragma once

#include "domain/Activity.h"

#include <QAbstractListModel>
#include <QList>

// A record's activities, newest first, one entry each: when, what kind, how it went, what was said.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    void setActivities(const QList<Activity> &activities);
    const Activity &activityAt(int row) const { return m_activities.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Activity> m_activities;
};
