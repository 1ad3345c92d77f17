#pragma once

#include "common/Error.h"
#include "domain/Lead.h"

#include <QWidget>

class Database;
class LeadEditor;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;
class RecordTasksView;
class TimelineView;

// The lead beside the list: who it is, how to reach them (call, mail, Zalo with one click), the form,
// and what happened with them. Saving goes through the undo stack; a lead someone else saved meanwhile
// is reported, and the user's edit stays on screen.
class LeadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LeadPanel(QWidget *parent = nullptr);

    // The database and undo stack to work with (not owned); nullptr empties the panel.
    void setDatabase(Database *database, QUndoStack *undoStack);
    // Shows the lead (0: nothing); unsaved edits are the caller's business (see hasUnsavedChanges).
    void showLead(qint64 id);
    // The user (login name) new leads belong to; empty: whoever creates them.
    void setDefaultOwner(const QString &userName) { m_defaultOwner = userName; }
    // An empty form for a new lead, cursor in the name.
    void startNewLead();
    // Checks and saves the form; false (with the messages shown) when it could not be saved.
    bool save();
    // Puts the form back to the stored lead.
    void revert();
    bool hasUnsavedChanges() const;
    qint64 leadId() const { return m_lead.meta.id; }

    LeadEditor *editor() const { return m_editor; }
    QLabel *reachLabel() const { return m_reach; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    TimelineView *timeline() const { return m_timeline; }
    RecordTasksView *tasks() const { return m_tasks; }

    // The links the reach line offers for a lead: tel:, mailto:, https://zalo.me/.
    static QStringList reachLinks(const Lead &lead);

Q_SIGNALS:
    // A new lead was created (the list selects it).
    void leadCreated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStored(const Lead &lead);
    void updateHeader();
    void checkField(const QString &field);
    void reportSaveError(const Error &error);
    void recordsChanged(const QString &entity, const QList<qint64> &ids);
    void openLink(const QString &link);

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Lead m_lead;
    QString m_defaultOwner;
    QLabel *m_title = nullptr;
    QLabel *m_reach = nullptr;
    QLabel *m_converted = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    LeadEditor *m_editor = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordTasksView *m_tasks = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_body = nullptr;
};
