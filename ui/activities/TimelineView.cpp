#include "activities/TimelineView.h"

#include "activities/ActivityDialog.h"
#include "activities/ActivityKindNames.h"
#include "activities/TimelineModel.h"
#include "services/ActivityService.h"
#include "storage/Database.h"
#include "widgets/CreateRecordCommand.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent) : RecordSubView(QStringLiteral("activity"), parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    // The kinds a Vietnamese salesperson logs most, first.
    for (ActivityKind kind : {ActivityKind::Call, ActivityKind::Zalo, ActivityKind::Meeting,
                              ActivityKind::Note, ActivityKind::Email, ActivityKind::Sms}) {
        auto *button = new QPushButton(this);
        connect(button, &QPushButton::clicked, this, [this, kind] { askToLog(kind); });
        buttons->addWidget(button);
        m_buttons.append({kind, button});
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_model = new TimelineModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);
    retranslate();
}

void TimelineView::retranslate()
{
    for (const auto &[kind, button] : m_buttons)
        button->setText(ActivityKindNames::name(kind));
    m_buttons.constFirst().second->setToolTip(tr("Log a call"));
}

void TimelineView::reload()
{
    if (!hasRecord()) {
        m_model->setActivities({});
        return;
    }
    Result<QList<Activity>> activities = ActivityService(*database()).timeline(record());
    m_model->setActivities(activities.ok() ? *activities : QList<Activity>());
}

Result<qint64> TimelineView::log(Activity activity)
{
    if (Result<void> ready = requireDatabase(); !ready.ok())
        return ready.error();
    activity.related = record();
    Database &db = *database();
    auto *command = new CreateRecordCommand(
        db, tr("Log %1").arg(ActivityKindNames::name(activity.kind)), QStringLiteral("activity"),
        [&db, activity]() -> Result<qint64> {
            Result<Activity> logged = ActivityService(db).log(activity);
            if (!logged.ok())
                return logged.error();
            return logged->meta.id;
        },
        errorHandler());
    if (Result<void> pushed = push(command); !pushed.ok())
        return pushed.error();
    return command->createdId();
}

void TimelineView::askToLog(ActivityKind kind)
{
    ActivityDialog dialog(kind, this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<qint64> logged = log(dialog.activity());
        if (logged.ok())
            return;
        dialog.showError(logged.error().message);
    }
}
