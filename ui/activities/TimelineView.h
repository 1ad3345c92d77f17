#pragma once

#include "common/Result.h"
#include "domain/Activity.h"

#include <QWidget>

class Database;
class QListView;
class QPushButton;
class QUndoStack;
class TimelineModel;

// The activity timeline of one record: buttons to log a call, a Zalo message, a meeting, … and what
// was logged, newest first. It follows every committed change to activities.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setDatabase(Database *database, QUndoStack *undoStack);
    // The record whose activities are shown; an empty Related shows nothing.
    void setRecord(const Related &record);
    // Saves activity (its related records set here) through the undo stack; false with the message.
    Result<qint64> log(Activity activity);
    // Opens the dialog for a new activity of kind.
    void askToLog(ActivityKind kind);

    TimelineModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Related m_record;
    TimelineModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QList<std::pair<ActivityKind, QPushButton *>> m_buttons;
};
