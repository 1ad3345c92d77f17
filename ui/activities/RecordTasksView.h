#pragma once

#include "common/Result.h"
#include "domain/Related.h"
#include "domain/Task.h"

#include <QWidget>

class Database;
class QListView;
class QPushButton;
class QUndoStack;
class RecordTasksModel;

// The tasks about one record: add a follow-up, tick one done (both undoable).
class RecordTasksView : public QWidget
{
    Q_OBJECT

public:
    explicit RecordTasksView(QWidget *parent = nullptr);

    void setDatabase(Database *database, QUndoStack *undoStack);
    void setRecord(const Related &record);
    // Saves task about the record through the undo stack; the new task's id or the service's error.
    Result<qint64> addTask(Task task);
    Result<void> setDone(qint64 taskId, const QString &title, bool done);
    void askToAdd();

    RecordTasksModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void reportError(const Error &error);

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Related m_record;
    RecordTasksModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
};
