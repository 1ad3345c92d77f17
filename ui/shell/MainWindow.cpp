#include "shell/MainWindow.h"

#include "leads/LeadTableModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Sen CRM — %1").arg(m_database->path()));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("Leads"), central);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_countLabel = new QLabel(central);

    m_leadModel = new LeadTableModel(*m_database, this);
    m_leadView = new QTableView(central);
    m_leadView->setModel(m_leadModel);
    m_leadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leadView->setAlternatingRowColors(true);
    m_leadView->verticalHeader()->setVisible(false);
    // Fixed row heights let the view skip measuring a million rows.
    m_leadView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_leadView->horizontalHeader()->setStretchLastSection(true);
    m_leadView->setColumnWidth(LeadTableModel::NameColumn, 200);
    m_leadView->setColumnWidth(LeadTableModel::PhoneColumn, 120);
    m_leadView->setColumnWidth(LeadTableModel::EmailColumn, 220);
    m_leadView->setColumnWidth(LeadTableModel::CompanyColumn, 260);
    m_leadView->setColumnWidth(LeadTableModel::ProvinceColumn, 130);

    layout->addWidget(heading);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_leadView);
    setCentralWidget(central);

    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(m_database->path()));
    refreshLeads();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *reloadAction = fileMenu->addAction(tr("&Reload"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &MainWindow::refreshLeads);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Sen CRM"));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::refreshLeads()
{
    if (!m_leadModel->reload()) {
        QMessageBox::warning(this, tr("Cannot load the leads"), m_leadModel->lastError());
        return;
    }
    m_countLabel->setText(tr("%Ln lead(s)", nullptr, m_leadModel->rowCount()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sen CRM"),
                       tr("<b>Sen CRM %1</b><br>A CRM for Vietnamese sales teams, fully offline.")
                           .arg(QApplication::applicationVersion()));
}
