#include "shell/MainWindow.h"

#include "leads/LeadTableModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
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
    setWindowIcon(QIcon(QStringLiteral(":/icons/sencrm.svg")));
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
    m_leadView->setWordWrap(false);
    m_leadView->verticalHeader()->setVisible(false);
    // Fixed row heights let the view skip measuring a million rows.
    m_leadView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_leadView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_leadView->horizontalHeader()->setStretchLastSection(true);
    m_leadView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QList<std::pair<int, int>> widths{
        {LeadTableModel::NameColumn, 190},     {LeadTableModel::PhoneColumn, 110},
        {LeadTableModel::EmailColumn, 210},    {LeadTableModel::CompanyColumn, 250},
        {LeadTableModel::ProvinceColumn, 120}, {LeadTableModel::StatusColumn, 110},
        {LeadTableModel::OwnerColumn, 120},    {LeadTableModel::CreatedColumn, 90}};
    for (const auto &[column, width] : widths)
        m_leadView->setColumnWidth(column, width);

    layout->addWidget(heading);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_leadView);
    setCentralWidget(central);

    createMenus();
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(m_database->path()), this));
    refreshLeads();
}

MainWindow::~MainWindow()
{
    // The model and the widgets showing it hold references into the database; children are only
    // deleted by ~QObject, after m_database is gone, so they go first.
    delete centralWidget();
    delete m_leadModel;
}

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
