#pragma once

#include "domain/Task.h"
#include "widgets/RecordSubView.h"

class QListView;
class QPushButton;
class RecordTasksModel;

// The tasks about one record: add a follow-up, tick one done (both undoable).
class RecordTasksView : public RecordSubView
{
    Q_OBJECT

public:
    explicit RecordTasksView(QWidget *parent = nullptr);

    // Saves task about the record through the undo stack; the new task's id or the service's error.
    Result<qint64> addTask(Task task);
    Result<void> setDone(qint64 taskId, const QString &title, bool done);
    void askToAdd();

    RecordTasksModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

protected:
    void reload() override;
    void retranslate() override;

private:
    RecordTasksModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
};
