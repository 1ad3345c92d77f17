#pragma once

#include "common/Error.h"
#include "widgets/ServiceCommand.h"

#include <QHash>
#include <QWidget>

#include <optional>

class Database;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;
class RecordForm;
class RecordSubView;
class RecordTasksView;
class TimelineView;

// A record beside its list (lead, account, contact, opportunity): the header with one-click links
// (call, mail, Zalo, the record it belongs to), the tabs (the form first, then the record's own lists,
// then its activities and tasks), Save and Discard. Saving goes through the undo stack; a record
// someone else saved meanwhile is reported, and the user's edit stays on screen. While the form holds
// no edits it follows every committed change to its record (undo, redo, another window).
// RecordPanelOf<T, Service> does the typed part; panels derive from that.
class RecordPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPanel(QWidget *parent = nullptr);

    // The database and undo stack to work with (not owned); nullptr empties the panel.
    void setDatabase(Database *database, QUndoStack *undoStack);
    // Shows the record (0: nothing); unsaved edits are the caller's business (see hasUnsavedChanges).
    virtual void showRecord(qint64 id) = 0;
    // An empty form for a new record, cursor in the first field.
    virtual void startNew() = 0;
    // Checks and saves the form; false (with the messages shown) when it could not be saved.
    virtual bool save() = 0;
    // Puts the form back to the stored record (a new one is dropped).
    void revert();
    bool hasUnsavedChanges() const;
    // When the form holds unsaved edits: asks to save, discard or stay; false means stay.
    bool settleUnsavedChanges();
    // The record shown, 0 for none or a new one not saved yet.
    virtual qint64 recordId() const = 0;
    // The change_log name of the records shown ("lead", "account", …).
    virtual QString entity() const = 0;

    RecordForm *form() const { return m_form; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *reachLabel() const { return m_reach; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    TimelineView *timeline() const { return m_timeline; }
    RecordTasksView *tasks() const { return m_tasks; }

    // The links for reaching a person or a company: tel: for each phone, mailto:, https://zalo.me/.
    static QStringList reachLinks(const QStringList &phones, const QString &email, const QString &zaloPhone);
    // The link that opens a record of the workspace from a header or a list ("sencrm:account/12").
    static QString recordLink(const QString &entity, qint64 id);

Q_SIGNALS:
    // A new record was created (the list selects it).
    void recordCreated(qint64 id);
    // The user asked to open another record (the account of a contact, a contact of an account).
    void openRecordRequested(const QString &entity, qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate();
    // What the panel says with nothing shown, what it asks about unsaved edits, the Save tooltip.
    virtual QString emptyText() const = 0;
    virtual QString unsavedChangesText() const = 0;
    virtual QString saveToolTip() const = 0;
    // Sets the header (setHeader) for the record shown; also when the language changes.
    virtual void updateHeader() = 0;
    // Checks the form's record for one field the user just left.
    virtual void checkField(const QString &field) = 0;
    // A committed change to records of entity (all of them when ids is empty).
    virtual void recordsChanged(const QString &entity, const QList<qint64> &ids);

    // Puts form in the first tab and follows its edits; called once by the panel's constructor.
    void setForm(RecordForm *form);
    // Adds a tab of the record's own (contacts of an account, …), before Activities and Tasks.
    void insertRecordTab(QWidget *page);
    // Adds a view of what belongs to the record under the header (a lead's tags); the panel keeps its
    // database and record up to date like those of the timeline and the tasks.
    void addHeaderView(RecordSubView *view);
    // Shows the form with the record of entity() with stored id (0: a new record, no activities yet).
    void showBody(qint64 storedId);
    void showEmpty(const QString &message);
    // title over links (tel:, mailto:, https:, recordLink()); banner is a note under them, hidden
    // when empty.
    void setHeader(const QString &title, const QStringList &links, const QString &banner = QString());
    void reportSaveError(const Error &error);
    // Where undo and redo failures of this panel's saves go (the command outlives the panel).
    ServiceCommand::ErrorHandler commandErrorHandler();
    // What a header link says: "Gọi 0912 345 678", "Khách hàng: Công ty Sen Vàng", …
    QString linkText(const QString &link) const;
    // The header link to the account a record belongs to (named after it); empty when none.
    QString accountLink(std::optional<qint64> accountId);
    // A header link to any record, saying text.
    QString namedLink(const QString &entity, qint64 id, const QString &text);
    Database *database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    void openLink(const QString &link);

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    RecordForm *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reach = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordTasksView *m_tasks = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_body = nullptr;
    QList<RecordSubView *> m_subViews;     // the timeline, the tasks, and any header views
    QString m_emptyMessage;                // an error to show instead of emptyText()
    QHash<QString, QString> m_recordLinks; // what each record link says
};
