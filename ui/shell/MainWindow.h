#pragma once

#include <QMainWindow>

#include <memory>

class Database;
class LeadTableModel;
class QLabel;
class QTableView;

// The application window. At this stage it shows the leads of the open database; the navigation,
// global search and the other lists arrive with the workspace issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    LeadTableModel *leadModel() const { return m_leadModel; }
    QTableView *leadView() const { return m_leadView; }
    QLabel *leadCountLabel() const { return m_countLabel; }

private:
    void createMenus();
    void refreshLeads();
    void showAbout();

    std::unique_ptr<Database> m_database;
    LeadTableModel *m_leadModel = nullptr;
    QTableView *m_leadView = nullptr;
    QLabel *m_countLabel = nullptr;
};
