#pragma once

#include "common/Result.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class Database;
class LeadTableModel;
class QAction;
class QLabel;
class QMenu;
class QTableView;

// The application window. At this stage it shows the leads of the open database and the usual desktop
// file handling (new, open, recent, backup), settings and language; navigation between the other lists
// and global search arrive with the rest of the workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> database, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    LeadTableModel *leadModel() const { return m_leadModel; }
    QTableView *leadView() const { return m_leadView; }
    QLabel *leadCountLabel() const { return m_countLabel; }
    QMenu *recentMenu() const { return m_recentMenu; }

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
    void refreshLeads();
    void rebuildRecentMenu();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseBackupFile();
    void showSettings();
    void showAbout();
    Result<void> reportError(const Error &error);

    AppSettings &m_settings;
    std::unique_ptr<Database> m_database;
    LeadTableModel *m_leadModel = nullptr;
    QTableView *m_leadView = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
