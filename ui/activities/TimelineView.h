#pragma once

#include "domain/Activity.h"
#include "widgets/RecordSubView.h"

class QListView;
class QPushButton;
class TimelineModel;

// The activity timeline of one record: buttons to log a call, a Zalo message, a meeting, … and what
// was logged, newest first. It follows every committed change to activities.
class TimelineView : public RecordSubView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Saves activity (its related records set here) through the undo stack; false with the message.
    Result<qint64> log(Activity activity);
    // Opens the dialog for a new activity of kind.
    void askToLog(ActivityKind kind);

    TimelineModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

protected:
    void reload() override;
    void retranslate() override;

private:
    TimelineModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QList<std::pair<ActivityKind, QPushButton *>> m_buttons;
};
