#pragma once

#include "common/Result.h"
#include "domain/Lead.h"
#include "storage/Database.h"
#include "widgets/ServiceCommand.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <memory>

class AppSettings;
class GlobalSearchBox;
class IntegrityCheck;
class LeadFilterBar;
class QMessageBox;
class TaskFilterBar;
class TextFilterBox;
class LeadPanel;
class LeadTableModel;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoStack;
class PipelineBoardPage;
class QToolButton;
class RecordListPage;
class RecordPanel;
class RecordTableModel;

// The application window: navigation between the lists (leads, accounts, contacts, deals, tasks), the
// usual desktop file handling (new, open, recent, backup), settings and language. Record editors,
// filters and global search arrive with the rest of the workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum List
    {
        Leads,
        Accounts,
        Contacts,
        Opportunities,
        Tasks,
        ListCount
    };

    MainWindow(std::unique_ptr<Database> database, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    RecordListPage *page(List list) const { return m_pages[list]; }
    LeadTableModel *leadModel() const;
    QTableView *leadView() const;
    QLabel *leadCountLabel() const;
    QMenu *recentMenu() const { return m_recentMenu; }
    QListWidget *navigation() const { return m_navigation; }
    GlobalSearchBox *searchBox() const { return m_searchBox; }
    IntegrityCheck *integrityCheck() const { return m_integrityCheck; }
    LeadPanel *leadPanel() const { return m_leadPanel; }
    // The panel beside a list; nullptr for the tasks.
    RecordPanel *recordPanel(List list) const { return m_panels[size_t(list)]; }
    LeadFilterBar *leadFilterBar() const { return m_leadFilterBar; }
    QAction *restoreAction() const { return m_restoreAction; }
    TaskFilterBar *taskFilterBar() const { return m_taskFilterBar; }
    // The deals' pipeline board, shown in place of their list (showPipelineBoard).
    PipelineBoardPage *boardPage() const { return m_boardPage; }
    void showPipelineBoard(bool shown);
    // The filter-as-you-type box of a list (nullptr for leads, whose filter bar has its own).
    TextFilterBox *textFilter(List list) const { return m_textFilters[size_t(list)]; }
    // When the user has overdue tasks or tasks due today: a note saying how many, offering to show
    // them (not modal, so work can start at once). nullptr when there is nothing to remind of.
    QMessageBox *showTaskReminder();
    // Restores the selected records of the current list from the trash (undoable).
    void restoreSelection();
    // Applies change to the selected leads in one undoable step named text.
    void changeSelectedLeads(const QString &text, const std::function<Result<void>(Lead &)> &change);
    // Puts the tag on the selected leads (undoable).
    void tagSelectedLeads(qint64 tagId, const QString &tagName);
    // The bulk actions for the selected leads (assign owner, status, temperature, trash).
    QMenu *leadActionsMenu();
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *trashAction() const { return m_trashAction; }
    // Ctrl+N: the lead list, with an empty lead form.
    void newLead();
    // The list, with an empty form for a new record (after the unsaved edits there are settled).
    void newRecord(List list);
    // Moves the selected records of the current list to the trash (undoable).
    void moveSelectionToTrash();
    // Shows the record's list with the record selected and in view.
    void showRecord(int searchEntity, qint64 id);
    void showList(List list);
    List currentList() const;

    // What the menu commands do once a file is chosen; errors are shown to the user and returned.
    Result<void> openDatabaseFile(const QString &path);
    Result<void> createDatabaseFile(const QString &path);
    Result<void> backupTo(const QString &path);
    // Loads the language in AppSettings and retranslates every window.
    void applyLanguage();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslate();
    void setDatabase(std::unique_ptr<Database> database);
    void installModels(Database &database);
    void adoptDatabase(std::unique_ptr<Database> database);
    RecordTableModel *createModel(List list, Database &database) const;
    void refreshLists();
    void loadCurrentList();
    void updateCounts();
    void rebuildRecentMenu();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseBackupFile();
    void showSettings();
    void createEditMenu();
    void copySelection();
    // The record panels beside the lists (leads, accounts, contacts, opportunities), each following
    // its list's current row; a panel with unsaved edits asks before showing another record.
    void installRecordPanels();
    void showInPanel(List list, qint64 id);
    // Shows the list with the record selected, or beside it when the list's filter hides it.
    void showRecordIn(List list, qint64 id);
    void showError(const Error &error);
    ServiceCommand::ErrorHandler commandErrorHandler();
    // Runs command through the undo stack; false (the error shown) when the service refused it.
    bool pushCommand(ServiceCommand *command);
    void pushTrashCommand(bool toTrash);
    void updateTrashActions();
    void showAbout();
    Result<void> reportError(const Error &error);
    Result<void> switchTo(const QString &path, Database::OpenMode mode);
    void reportDamage(const QString &path, const QString &problem);
    static QString settingsKey(List list);

    AppSettings &m_settings;
    std::unique_ptr<Database> m_database;
    QListWidget *m_navigation = nullptr;
    GlobalSearchBox *m_searchBox = nullptr;
    IntegrityCheck *m_integrityCheck = nullptr;
    QAction *m_findAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::array<RecordListPage *, ListCount> m_pages{};
    std::array<bool, ListCount> m_needsSizing{}; // no saved column layout: size to contents once read
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_newLeadAction = nullptr;
    std::array<QAction *, ListCount> m_newRecordActions{}; // File → New account, contact, opportunity
    QAction *m_saveAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    LeadPanel *m_leadPanel = nullptr;
    std::array<RecordPanel *, ListCount> m_panels{};
    std::array<qint64, ListCount> m_shownIds{}; // the record each panel shows (0: none or a new one)
    LeadFilterBar *m_leadFilterBar = nullptr;
    TaskFilterBar *m_taskFilterBar = nullptr;
    PipelineBoardPage *m_boardPage = nullptr;
    QToolButton *m_showDealList = nullptr;
    QToolButton *m_showBoard = nullptr;
    std::array<TextFilterBox *, ListCount> m_textFilters{}; // all but leads (their filter bar has one)
    QAction *m_restoreAction = nullptr;
    QMenu *m_leadActions = nullptr;
    std::array<QAction *, ListCount> m_listActions{};
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
