#include "shell/MainWindow.h"

#include "common/AppSettings.h"
#include "common/Translations.h"
#include "leads/LeadTableModel.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Database> database, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/sencrm.svg")));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_heading = new QLabel(central);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_countLabel = new QLabel(central);

    m_leadView = new QTableView(central);
    m_leadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leadView->setAlternatingRowColors(true);
    m_leadView->setWordWrap(false);
    m_leadView->verticalHeader()->setVisible(false);
    // Fixed row heights let the view skip measuring a million rows.
    m_leadView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_leadView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_leadView->horizontalHeader()->setStretchLastSection(true);
    m_leadView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    layout->addWidget(m_heading);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_leadView);
    setCentralWidget(central);
    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    setDatabase(std::move(database));

    const QList<std::pair<int, int>> widths{
        {LeadTableModel::NameColumn, 190},     {LeadTableModel::PhoneColumn, 110},
        {LeadTableModel::EmailColumn, 210},    {LeadTableModel::CompanyColumn, 250},
        {LeadTableModel::ProvinceColumn, 120}, {LeadTableModel::StatusColumn, 110},
        {LeadTableModel::OwnerColumn, 120},    {LeadTableModel::CreatedColumn, 90}};
    for (const auto &[column, width] : widths)
        m_leadView->setColumnWidth(column, width);
    // The user's own layout, from the last time, wins over the defaults above.
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_leadView->horizontalHeader()->restoreState(m_settings.leadListColumns());
    retranslate();
}

MainWindow::~MainWindow()
{
    // The model and the widgets showing it hold references into the database; children are only
    // deleted by ~QObject, after m_database is gone, so they go first.
    delete centralWidget();
    delete m_leadModel;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToCreate);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N is "new lead"
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseBackupFile);
    m_fileMenu->addSeparator();
    m_reloadAction = m_fileMenu->addAction(QString(), this, &MainWindow::refreshLeads);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Sen CRM — %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_heading->setText(tr("Leads"));
    m_countLabel->setText(tr("%Ln lead(s)", nullptr, m_leadModel->rowCount()));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_backupAction->setText(tr("&Back up…"));
    m_reloadAction->setText(tr("Re&load"));
    m_quitAction->setText(tr("&Quit"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("&Settings…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Sen CRM"));
    m_aboutQtAction->setText(tr("About &Qt"));
    rebuildRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_leadModel->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLeadListColumns(m_leadView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // The old model refers to the old database: replace it before letting the database go.
    auto *model = new LeadTableModel(*database, this);
    m_leadView->setModel(model);
    delete m_leadModel;
    m_leadModel = model;
    m_database = std::move(database);
    m_settings.addRecentDatabase(m_database->path());
    refreshLeads();
    retranslate();
}

void MainWindow::refreshLeads()
{
    if (!m_leadModel->reload()) {
        QMessageBox::warning(this, tr("Cannot load the leads"), m_leadModel->lastError());
        return;
    }
    m_countLabel->setText(tr("%Ln lead(s)", nullptr, m_leadModel->rowCount()));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &path : recent) {
        if (path == m_database->path())
            continue;
        // Errors were shown to the user by openDatabaseFile; nothing more to do with them here.
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { static_cast<void>(openDatabaseFile(path)); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

Result<void> MainWindow::reportError(const Error &error)
{
    QMessageBox::warning(this, tr("Sen CRM"), error.message);
    return error;
}

Result<void> MainWindow::openDatabaseFile(const QString &path)
{
    Database::Options options;
    options.mode = Database::OpenMode::MustExist;
    options.userName = m_settings.userName();
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened.ok())
        return reportError(opened.error());
    setDatabase(std::move(opened).value());
    return {};
}

Result<void> MainWindow::createDatabaseFile(const QString &path)
{
    Database::Options options;
    options.mode = Database::OpenMode::CreateNew;
    options.userName = m_settings.userName();
    Result<std::unique_ptr<Database>> created = Database::open(path, options);
    if (!created.ok())
        return reportError(created.error());
    setDatabase(std::move(created).value());
    return {};
}

Result<void> MainWindow::backupTo(const QString &path)
{
    if (Result<void> copied = m_database->backupTo(path); !copied.ok())
        return reportError(copied.error());
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return {};
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_database->path()).path(),
                                     tr("Sen CRM databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        static_cast<void>(openDatabaseFile(path)); // an error was shown to the user
}

void MainWindow::chooseDatabaseToCreate()
{
    // The dialog asks before overwriting; answering yes would still be refused by Database::open, so
    // the dialog's own question is turned off and the refusal explains itself.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), QFileInfo(m_database->path()).path() + QStringLiteral("/sencrm.db"),
        tr("Sen CRM databases (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        static_cast<void>(createDatabaseFile(path)); // an error was shown to the user
}

void MainWindow::chooseBackupFile()
{
    const QFileInfo current(m_database->path());
    const QString suggested = current.path() + u'/' + current.completeBaseName() + QStringLiteral("-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                              QStringLiteral(".db");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                      tr("Sen CRM databases (*.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        static_cast<void>(backupTo(path)); // an error was shown to the user
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_database->setUserName(m_settings.userName());
    applyLanguage();
}

void MainWindow::applyLanguage()
{
    // Installing the translators posts LanguageChange to every widget, which retranslates itself;
    // delivering them now means the window has changed by the time the settings dialog has closed.
    Translations::install(m_settings.language());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sen CRM"),
                       tr("<b>Sen CRM %1</b><br>A CRM for Vietnamese sales teams, fully offline.")
                           .arg(QApplication::applicationVersion()));
}
