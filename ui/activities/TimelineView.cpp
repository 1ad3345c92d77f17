#include "activities/TimelineView.h"

#include "activities/ActivityDialog.h"
#include "activities/ActivityKindNames.h"
#include "activities/TimelineModel.h"
#include "services/ActivityService.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "widgets/CreateRecordCommand.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
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

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void TimelineView::setDatabase(Database *database, QUndoStack *undoStack)
{
    if (m_database)
        disconnect(&m_database->changes(), nullptr, this, nullptr);
    m_database = database;
    m_undoStack = undoStack;
    m_record = Related();
    if (m_database) {
        connect(&m_database->changes(), &ChangeFeed::recordsChanged, this, [this](const QString &entity) {
            if (entity == QStringLiteral("activity"))
                reload();
        });
    }
    reload();
}

void TimelineView::setRecord(const Related &record)
{
    m_record = record;
    reload();
}

void TimelineView::reload()
{
    const bool any = !m_record.isEmpty();
    if (!m_database || !any) {
        m_model->setActivities({});
        return;
    }
    Result<QList<Activity>> activities = ActivityService(*m_database).timeline(m_record);
    m_model->setActivities(activities.ok() ? *activities : QList<Activity>());
}

Result<qint64> TimelineView::log(Activity activity)
{
    if (!m_database || !m_undoStack)
        return Error::invalid(QString(), tr("No database is open."));
    activity.related = m_record;
    Database &database = *m_database;
    auto *command = new CreateRecordCommand(
        database, tr("Log %1").arg(ActivityKindNames::name(activity.kind)), QStringLiteral("activity"),
        [&database, activity]() -> Result<qint64> {
            Result<Activity> logged = ActivityService(database).log(activity);
            if (!logged.ok())
                return logged.error();
            return logged->meta.id;
        },
        [view = QPointer<TimelineView>(this)](const Error &error) {
            if (view)
                QMessageBox::warning(view, tr("Sen CRM"), error.message);
        });
    if (Result<void> pushed = ServiceCommand::pushTo(*m_undoStack, command); !pushed.ok())
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
