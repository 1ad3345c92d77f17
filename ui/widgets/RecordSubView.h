#pragma once

#include "common/Result.h"
#include "domain/Related.h"
#include "widgets/ServiceCommand.h"

#include <QWidget>

class Database;
class QUndoStack;

// A view of what belongs to one record (its activities, its tasks): the database and undo stack it
// works with, the record, and a fresh read whenever records of its kind are committed (ChangeFeed), so
// an undo, a bulk change or another window's write shows at once.
class RecordSubView : public QWidget
{
    Q_OBJECT

public:
    // entity: the change_log name of what the view lists ("activity", "task").
    RecordSubView(QString entity, QWidget *parent = nullptr);

    // The database and undo stack to work with (not owned); the record is forgotten.
    void setDatabase(Database *database, QUndoStack *undoStack);
    // The record whose items are shown; an empty Related shows nothing.
    void setRecord(const Related &record);

protected:
    // Reads the items of record() again (nothing when there is no database or record).
    virtual void reload() = 0;
    virtual void retranslate() {}
    void changeEvent(QEvent *event) override;

    Database *database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const Related &record() const { return m_record; }
    bool hasRecord() const { return m_database && !m_record.isEmpty(); }
    // An error when no database (or undo stack) is set, for actions that need one.
    Result<void> requireDatabase() const;
    // Pushes command; its later undo/redo failures are shown by this view while it exists.
    Result<void> push(ServiceCommand *command);
    ServiceCommand::ErrorHandler errorHandler();
    void reportError(const Error &error);

private:
    QString m_entity;
    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Related m_record;
};
