#include "shell/MainWindow.h"

#include "accounts/AccountPanel.h"
#include "accounts/AccountTableModel.h"
#include "activities/TaskFilterBar.h"
#include "activities/TaskTableModel.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "contacts/ContactPanel.h"
#include "contacts/ContactTableModel.h"
#include "leads/ChangeLeadsCommand.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadPanel.h"
#include "leads/LeadTableModel.h"
#include "leads/TagLeadsCommand.h"
#include "opportunities/OpportunityPanel.h"
#include "opportunities/OpportunityTableModel.h"
#include "pipeline/PipelineBoardPage.h"
#include "services/Lookups.h"
#include "services/TagService.h"
#include "services/TaskService.h"
#include "settings/SettingsDialog.h"
#include "shell/GlobalSearchBox.h"
#include "shell/IntegrityCheck.h"
#include "storage/Database.h"
#include "widgets/RecordListPage.h"
#include "widgets/TextFilterBox.h"
#include "widgets/TrashCommand.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

MainWindow::MainWindow(std::unique_ptr<Database> database, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/sencrm.svg")));
    resize(1200, 720);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setFixedWidth(210);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(central);
    for (int list = 0; list < ListCount; ++list) {
        m_navigation->addItem(QString());
        m_pages[size_t(list)] = new RecordListPage(m_stack);
        m_stack->addWidget(m_pages[size_t(list)]);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        loadCurrentList();
        updateTrashActions();
    });
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    // The search box sits in a toolbar above everything; Ctrl+K and Ctrl+F go to it.
    QToolBar *searchBar = addToolBar(QString());
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    searchBar->setMovable(false);
    m_searchBox = new GlobalSearchBox(searchBar);
    m_searchBox->setMinimumWidth(420);
    m_searchBox->setMaximumWidth(640);
    searchBar->addWidget(m_searchBox);
    connect(m_searchBox, &GlobalSearchBox::recordChosen, this,
            [this](SearchEntity entity, qint64 id) { showRecord(int(entity), id); });

    m_settings.applyDisplayFormat();
    m_undoStack = new QUndoStack(this);
    installRecordPanels();
    for (RecordListPage *page : m_pages) {
        connect(page, &RecordListPage::countChanged, this, &MainWindow::updateCounts);
        // One order of names for every list of people, kept for the next start.
        connect(page, &RecordListPage::namesAToZChosen, this, [this](bool aToZ) {
            m_settings.setSortNamesAToZ(aToZ);
            for (RecordListPage *other : m_pages) {
                if (other->model())
                    other->model()->setNamesAToZ(aToZ);
            }
        });
    }
    // Every list filters as the user types, like leads: accounts and contacts through their text
    // index, deals and tasks by scanning their folded text (100,000 rows at a million leads).
    m_taskFilterBar = new TaskFilterBar;
    m_pages[Tasks]->setFilterBar(m_taskFilterBar);
    m_textFilters[Tasks] = m_taskFilterBar->textBox();
    for (List list : {Accounts, Contacts, Opportunities})
        m_textFilters[size_t(list)] = new TextFilterBox;
    m_pages[Accounts]->setFilterBar(m_textFilters[Accounts]);
    m_pages[Contacts]->setFilterBar(m_textFilters[Contacts]);
    // Deals show as a list or as the pipeline board, the deal's panel beside either.
    auto *dealsBar = new QWidget;
    auto *dealsLayout = new QHBoxLayout(dealsBar);
    dealsLayout->setContentsMargins(0, 0, 0, 0);
    m_showDealList = new QToolButton(dealsBar);
    m_showBoard = new QToolButton(dealsBar);
    auto *dealViews = new QButtonGroup(dealsBar);
    for (QToolButton *button : {m_showDealList, m_showBoard}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        dealViews->addButton(button);
        dealsLayout->addWidget(button);
    }
    m_showDealList->setChecked(true);
    dealsLayout->addWidget(m_textFilters[Opportunities], 1);
    dealsLayout->addStretch(0);
    m_pages[Opportunities]->setFilterBar(dealsBar);
    m_boardPage = new PipelineBoardPage;
    m_pages[Opportunities]->setAlternateView(m_boardPage);
    connect(m_showBoard, &QToolButton::toggled, this, &MainWindow::showPipelineBoard);
    connect(m_boardPage, &PipelineBoardPage::openRequested, this, [this](qint64 id) {
        m_pages[Opportunities]->recordPanel()->show();
        showInPanel(Opportunities, id);
    });
    for (List list : {Accounts, Contacts, Opportunities, Tasks}) {
        connect(m_textFilters[size_t(list)], &TextFilterBox::textSettled, this,
                [this, list](const QString &text) {
                    m_pages[size_t(list)]->model()->setTextFilter(text);
                    updateCounts();
                });
    }
    connect(m_taskFilterBar, &TaskFilterBar::changed, this, [this](TaskView view, bool onlyMine) {
        static_cast<TaskTableModel *>(m_pages[Tasks]->model())->setView(view, onlyMine);
        updateCounts();
    });
    m_leadFilterBar = new LeadFilterBar(m_settings);
    m_pages[Leads]->setFilterBar(m_leadFilterBar);
    connect(m_leadFilterBar, &LeadFilterBar::filterChanged, this, [this](const LeadFilter &filter) {
        leadModel()->setFilter(filter);
        updateCounts();
        updateTrashActions();
    });
    // Right-click on the lead list: the bulk actions for the selection.
    m_pages[Leads]->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_pages[Leads]->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        leadActionsMenu()->popup(m_pages[Leads]->view()->viewport()->mapToGlobal(at));
    });

    m_integrityCheck = new IntegrityCheck(this);
    connect(m_integrityCheck, &IntegrityCheck::finished, this, &MainWindow::reportDamage);

    createActions();
    // The everyday commands beside the search box, for those who reach for the mouse.
    QAction *searchAction = searchBar->actions().value(0);
    searchBar->insertActions(searchAction,
                             {m_newLeadAction, m_saveAction, m_undoAction, m_redoAction, m_trashAction});
    searchBar->insertSeparator(searchAction);
    searchBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The last list shown comes back, and is the only one read now.
    List shown = Leads;
    for (int list = 0; list < ListCount; ++list) {
        if (settingsKey(List(list)) == m_settings.currentList())
            shown = List(list);
    }
    m_stack->setCurrentIndex(shown);
    installModels(*database);
    // The user's own column layouts, from the last time; lists without one are sized when first read.
    for (int list = 0; list < ListCount; ++list) {
        const QByteArray columns = m_settings.listColumns(settingsKey(List(list)));
        m_needsSizing[size_t(list)] =
            columns.isEmpty() || !m_pages[size_t(list)]->view()->horizontalHeader()->restoreState(columns);
    }
    adoptDatabase(std::move(database));
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    showPipelineBoard(m_settings.dealsAsBoard());
    showList(shown);
    retranslate();
}

MainWindow::~MainWindow()
{
    delete m_integrityCheck; // waits for a check still running on its own connection
    // The models and the widgets showing them hold references into the database; children are only
    // deleted by ~QObject, after m_database is gone, so they go first.
    delete centralWidget();
}

QString MainWindow::settingsKey(List list)
{
    static const std::array<QString, ListCount> keys{
        QStringLiteral("leads"), QStringLiteral("accounts"), QStringLiteral("contacts"),
        QStringLiteral("opportunities"), QStringLiteral("tasks")};
    return keys[size_t(list)];
}

LeadTableModel *MainWindow::leadModel() const
{
    return static_cast<LeadTableModel *>(m_pages[Leads]->model());
}

QTableView *MainWindow::leadView() const
{
    return m_pages[Leads]->view();
}

QLabel *MainWindow::leadCountLabel() const
{
    return m_pages[Leads]->countLabel();
}

void MainWindow::showList(List list)
{
    m_navigation->setCurrentRow(list);
}

void MainWindow::showRecord(int searchEntity, qint64 id)
{
    List list = Leads;
    switch (SearchEntity(searchEntity)) {
    case SearchEntity::Lead:
        list = Leads;
        break;
    case SearchEntity::Contact:
        list = Contacts;
        break;
    case SearchEntity::Account:
        list = Accounts;
        break;
    }
    showRecordIn(list, id);
}

void MainWindow::showRecordIn(List list, qint64 id)
{
    showList(list);
    RecordListPage *shown = m_pages[size_t(list)];
    if (shown->showRecord(id)) {
        shown->view()->scrollTo(shown->view()->currentIndex(), QAbstractItemView::PositionAtCenter);
        shown->view()->setFocus(Qt::OtherFocusReason);
    } else {
        // Not in the list as filtered: the record still opens beside it.
        showInPanel(list, id);
    }
}

void MainWindow::installRecordPanels()
{
    m_leadPanel = new LeadPanel;
    m_panels[Leads] = m_leadPanel;
    m_panels[Accounts] = new AccountPanel;
    m_panels[Contacts] = new ContactPanel;
    m_panels[Opportunities] = new OpportunityPanel;
    for (int list = 0; list < ListCount; ++list) {
        RecordPanel *panel = m_panels[size_t(list)];
        if (!panel)
            continue;
        RecordListPage *page = m_pages[size_t(list)];
        page->setRecordPanel(panel);
        connect(page, &RecordListPage::currentRecordChanged, this,
                [this, list](qint64 id) { showInPanel(List(list), id); });
        connect(panel, &RecordPanel::recordCreated, this, [this, list, page](qint64 id) {
            m_shownIds[size_t(list)] = id;
            page->showRecord(id);
        });
        connect(panel, &RecordPanel::openRecordRequested, this, [this](const QString &entity, qint64 id) {
            static const QHash<QString, List> lists{{QStringLiteral("lead"), Leads},
                                                    {QStringLiteral("account"), Accounts},
                                                    {QStringLiteral("contact"), Contacts},
                                                    {QStringLiteral("opportunity"), Opportunities}};
            if (const auto list = lists.constFind(entity); list != lists.cend())
                showRecordIn(*list, id);
        });
    }
}

void MainWindow::showInPanel(List list, qint64 id)
{
    RecordPanel *panel = m_panels[size_t(list)];
    if (!panel || id == m_shownIds[size_t(list)])
        return;
    if (!panel->settleUnsavedChanges()) {
        // Stay on the record being edited.
        const QSignalBlocker blocker(m_pages[size_t(list)]);
        m_pages[size_t(list)]->showRecord(m_shownIds[size_t(list)]);
        return;
    }
    m_shownIds[size_t(list)] = id;
    panel->showRecord(id);
}

void MainWindow::showPipelineBoard(bool shown)
{
    const QSignalBlocker blocker(m_showBoard);
    m_showBoard->setChecked(shown);
    m_showDealList->setChecked(!shown);
    m_textFilters[Opportunities]->setVisible(!shown); // the board has its own filters
    m_pages[Opportunities]->showAlternateView(shown);
    // The board wants the width: the deal's panel comes back when a card is opened.
    if (QWidget *panel = m_pages[Opportunities]->recordPanel(); panel && !panel->isWindow())
        panel->setVisible(!shown ||
                          (m_panels[Opportunities] && m_panels[Opportunities]->hasUnsavedChanges()));
    m_settings.setDealsAsBoard(shown);
}

void MainWindow::newRecord(List list)
{
    RecordPanel *panel = m_panels[size_t(list)];
    if (!panel || !panel->settleUnsavedChanges())
        return;
    showList(list);
    m_shownIds[size_t(list)] = 0;
    panel->startNew();
}

MainWindow::List MainWindow::currentList() const
{
    return List(m_stack->currentIndex());
}

RecordTableModel *MainWindow::createModel(List list, Database &database) const
{
    RecordTableModel *filtered = nullptr;
    switch (list) {
    case Leads:
        return new LeadTableModel(database);
    case Accounts:
        filtered = new AccountTableModel(database);
        break;
    case Contacts:
        filtered = new ContactTableModel(database);
        break;
    case Opportunities:
        filtered = new OpportunityTableModel(database);
        break;
    case Tasks:
    case ListCount: {
        auto *tasks = new TaskTableModel(database);
        tasks->setView(m_taskFilterBar->view(), m_taskFilterBar->onlyMine());
        filtered = tasks;
        list = Tasks;
        break;
    }
    }
    // A new database keeps what the user typed in the filter box.
    filtered->setTextFilter(m_textFilters[size_t(list)]->text());
    return filtered;
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
    m_reloadAction = m_fileMenu->addAction(QString(), this, &MainWindow::refreshLists);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    createEditMenu();

    m_findAction = new QAction(this);
    m_findAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    for (int list = 0; list < ListCount; ++list) {
        m_listActions[size_t(list)] =
            m_viewMenu->addAction(QString(), this, [this, list] { showList(List(list)); });
        m_listActions[size_t(list)]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + list)));
    }

    m_viewMenu->addSeparator();
    m_previousAction =
        m_viewMenu->addAction(QString(), this, [this] { m_pages[currentList()]->stepRecord(-1); });
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_nextAction = m_viewMenu->addAction(QString(), this, [this] { m_pages[currentList()]->stepRecord(1); });
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));

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

void MainWindow::createEditMenu()
{
    // Theme icons where the desktop has them (Linux desktops, or bundled themes elsewhere); text always.
    m_newLeadAction = new QAction(QIcon::fromTheme(QStringLiteral("contact-new")), QString(), this);
    m_newLeadAction->setShortcut(QKeySequence::New);
    connect(m_newLeadAction, &QAction::triggered, this, &MainWindow::newLead);
    m_fileMenu->insertAction(m_newAction, m_newLeadAction);
    for (List list : {Accounts, Contacts, Opportunities}) {
        m_newRecordActions[size_t(list)] = new QAction(this);
        connect(m_newRecordActions[size_t(list)], &QAction::triggered, this,
                [this, list] { newRecord(list); });
        m_fileMenu->insertAction(m_newAction, m_newRecordActions[size_t(list)]);
    }
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), QString(), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (RecordPanel *panel = m_panels[currentList()])
            panel->save();
    });
    m_fileMenu->insertAction(m_newAction, m_saveAction);
    m_fileMenu->insertSeparator(m_newAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    // Cut, copy and paste act on the text field in focus; copy in a list copies the selected rows.
    const auto onFocusWidget = [](const char *method) {
        if (QWidget *focus = QApplication::focusWidget())
            QMetaObject::invokeMethod(focus, method);
    };
    m_cutAction = m_editMenu->addAction(QString(), this, [onFocusWidget] { onFocusWidget("cut"); });
    m_cutAction->setShortcut(QKeySequence::Cut);
    m_copyAction = m_editMenu->addAction(QString(), this, &MainWindow::copySelection);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_pasteAction = m_editMenu->addAction(QString(), this, [onFocusWidget] { onFocusWidget("paste"); });
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_editMenu->addSeparator();
    m_trashAction = m_editMenu->addAction(QString(), this, &MainWindow::moveSelectionToTrash);
    m_trashAction->setShortcut(QKeySequence::Delete);
    m_trashAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_restoreAction = m_editMenu->addAction(QString(), this, &MainWindow::restoreSelection);
    m_restoreAction->setEnabled(false);
    m_leadActions = new QMenu(this);
    m_editMenu->addMenu(m_leadActions);
    connect(m_leadActions, &QMenu::aboutToShow, this, &MainWindow::leadActionsMenu);
}

void MainWindow::updateTrashActions()
{
    const bool inTrash = currentList() == Leads && leadModel() && leadModel()->filter().trash;
    m_trashAction->setEnabled(!inTrash);
    m_restoreAction->setEnabled(inTrash);
}

QMenu *MainWindow::leadActionsMenu()
{
    // Rebuilt each time: the lists of users and statuses may have changed since.
    m_leadActions->clear();
    Result<Lookups> lookups = Lookups::load(*m_database);
    if (!lookups.ok())
        return m_leadActions;
    QMenu *owners = m_leadActions->addMenu(tr("Assign to"));
    for (const User &user : lookups->users()) {
        const qint64 id = user.meta.id;
        const QString name = lookups->userDisplayName(id);
        owners->addAction(name, this, [this, id, name] {
            changeSelectedLeads(tr("Assign to %1").arg(name), [id](Lead &lead) -> Result<void> {
                lead.ownerId = id;
                return {};
            });
        });
    }
    QMenu *statuses = m_leadActions->addMenu(tr("Change status"));
    for (const LeadStatus &status : lookups->statuses()) {
        const qint64 id = status.meta.id;
        statuses->addAction(status.name, this, [this, id, name = status.name] {
            changeSelectedLeads(tr("Set status %1").arg(name), [id](Lead &lead) -> Result<void> {
                lead.statusId = id;
                return {};
            });
        });
    }
    QMenu *temperatures = m_leadActions->addMenu(tr("Set temperature"));
    const std::array<std::pair<Temperature, QString>, 3> choices{std::pair{Temperature::Cold, tr("Cold")},
                                                                 std::pair{Temperature::Warm, tr("Warm")},
                                                                 std::pair{Temperature::Hot, tr("Hot")}};
    for (const auto &[temperature, name] : choices) {
        temperatures->addAction(name, this, [this, temperature, name] {
            changeSelectedLeads(tr("Set temperature %1").arg(name),
                                [temperature](Lead &lead) -> Result<void> {
                                    lead.temperature = temperature;
                                    return {};
                                });
        });
    }
    QMenu *tags = m_leadActions->addMenu(tr("Add tag"));
    for (const Tag &tag : lookups->tags()) {
        const qint64 id = tag.meta.id;
        tags->addAction(tag.name, this, [this, id, name = tag.name] { tagSelectedLeads(id, name); });
    }
    tags->addSeparator();
    tags->addAction(tr("New tag…"), this, [this] {
        bool accepted = false;
        const QString name = QInputDialog::getText(this, tr("New tag"), tr("Tag name:"), QLineEdit::Normal,
                                                   QString(), &accepted);
        if (!accepted)
            return;
        Result<Tag> tag = TagService(*m_database).ensure(name);
        if (!tag.ok())
            return showError(tag.error());
        tagSelectedLeads(tag->meta.id, tag->name);
    });
    m_leadActions->addSeparator();
    m_leadActions->addAction(m_trashAction);
    m_leadActions->addAction(m_restoreAction);
    const bool any = !m_pages[Leads]->selectedIds().isEmpty();
    owners->setEnabled(any);
    statuses->setEnabled(any);
    temperatures->setEnabled(any);
    tags->setEnabled(any);
    return m_leadActions;
}

void MainWindow::tagSelectedLeads(qint64 tagId, const QString &tagName)
{
    const QList<qint64> ids = m_pages[Leads]->selectedIds();
    if (ids.isEmpty())
        return;
    if (!pushCommand(new TagLeadsCommand(*m_database, TagLeadsCommand::Change::Add, tagId, tagName, ids,
                                         commandErrorHandler())))
        return;
    // A tag made just now joins the filter's list.
    if (Result<Lookups> lookups = Lookups::load(*m_database); lookups.ok())
        m_leadFilterBar->setLookups(*lookups);
}

void MainWindow::changeSelectedLeads(const QString &text, const std::function<Result<void>(Lead &)> &change)
{
    const QList<qint64> ids = m_pages[Leads]->selectedIds();
    if (ids.isEmpty())
        return;
    if (!pushCommand(new ChangeLeadsCommand(*m_database, text, ids, change, commandErrorHandler())))
        return;
    statusBar()->showMessage(tr("%1: %Ln lead(s).", nullptr, int(ids.size())).arg(text), 8000);
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    auto *table = qobject_cast<QTableView *>(focus);
    if (!table) {
        if (focus)
            QMetaObject::invokeMethod(focus, "copy");
        return;
    }
    // The selected rows as tab-separated text, the way spreadsheets paste it.
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QStringList lines;
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            cells << table->model()->index(row.row(), column).data().toString();
        lines << cells.join(u'\t');
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void MainWindow::newLead()
{
    newRecord(Leads);
}

void MainWindow::moveSelectionToTrash()
{
    pushTrashCommand(true);
}

void MainWindow::restoreSelection()
{
    pushTrashCommand(false);
}

void MainWindow::pushTrashCommand(bool toTrash)
{
    RecordListPage *page = m_pages[currentList()];
    const QList<qint64> ids = page->selectedIds();
    if (ids.isEmpty())
        return;
    if (!pushCommand(
            new TrashCommand(*m_database, page->model()->entity(), ids,
                             toTrash ? TrashCommand::Direction::ToTrash : TrashCommand::Direction::FromTrash,
                             commandErrorHandler())))
        return;
    statusBar()->showMessage(
        toTrash ? tr("%Ln record(s) moved to the trash. Ctrl+Z brings them back.", nullptr, int(ids.size()))
                : tr("%Ln record(s) restored from the trash.", nullptr, int(ids.size())),
        8000);
}

QMessageBox *MainWindow::showTaskReminder()
{
    Result<Lookups> lookups = Lookups::load(*m_database);
    if (!lookups.ok())
        return nullptr;
    // The user's own tasks; someone without a user row yet (a fresh single-user file) sees them all.
    std::optional<qint64> me;
    if (Result<User> user = lookups->userNamed(m_database->userName()); user.ok())
        me = user->meta.id;
    Result<TaskAgenda> agenda = TaskService(*m_database).agenda(QDateTime::currentDateTimeUtc(), me);
    if (!agenda.ok() || (agenda->overdue.isEmpty() && agenda->today.isEmpty()))
        return nullptr;
    QStringList lines;
    const auto list = [&lines](const QList<Task> &tasks) {
        for (qsizetype i = 0; i < qMin<qsizetype>(tasks.size(), 5); ++i)
            lines << QStringLiteral("• ") + tasks.at(i).title;
        if (tasks.size() > 5)
            lines << QStringLiteral("• …");
    };
    list(agenda->overdue);
    list(agenda->today);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Tasks"),
                                tr("%1 and %2.")
                                    .arg(tr("%Ln overdue task(s)", nullptr, int(agenda->overdue.size())),
                                         tr("%Ln task(s) due today", nullptr, int(agenda->today.size()))),
                                QMessageBox::Close, this);
    box->setInformativeText(lines.join(u'\n'));
    QPushButton *show = box->addButton(tr("Show tasks"), QMessageBox::AcceptRole);
    box->setDefaultButton(show);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    const TaskView view = agenda->overdue.isEmpty() ? TaskView::Today : TaskView::Overdue;
    const bool onlyMine = me.has_value();
    connect(show, &QPushButton::clicked, this, [this, view, onlyMine] {
        m_taskFilterBar->setView(view, onlyMine);
        showList(Tasks);
    });
    box->show();
    return box;
}

ServiceCommand::ErrorHandler MainWindow::commandErrorHandler()
{
    // Commands outlive this call on the undo stack; their later undo/redo failures reach the window
    // while it exists.
    return [window = QPointer<MainWindow>(this)](const Error &error) {
        if (window)
            window->showError(error);
    };
}

bool MainWindow::pushCommand(ServiceCommand *command)
{
    if (Result<void> pushed = ServiceCommand::pushTo(*m_undoStack, command); !pushed.ok()) {
        showError(pushed.error());
        return false; // and no "done" message in the status bar
    }
    return true;
}

void MainWindow::showError(const Error &error)
{
    QMessageBox::warning(this, tr("Sen CRM"), error.message);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Sen CRM — %1").arg(QDir::toNativeSeparators(m_database->path())));
    const std::array<QString, ListCount> titles{tr("Leads"), tr("Accounts"), tr("Contacts"),
                                                tr("Opportunities"), tr("Tasks")};
    for (int list = 0; list < ListCount; ++list) {
        m_navigation->item(list)->setText(titles[size_t(list)]);
        m_pages[size_t(list)]->heading()->setText(titles[size_t(list)]);
        m_listActions[size_t(list)]->setText(titles[size_t(list)]);
    }
    updateCounts();
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_backupAction->setText(tr("&Back up…"));
    m_reloadAction->setText(tr("Re&load"));
    m_quitAction->setText(tr("&Quit"));
    m_newLeadAction->setText(tr("New &lead"));
    m_newRecordActions[Accounts]->setText(tr("New &account"));
    m_newRecordActions[Contacts]->setText(tr("New c&ontact"));
    m_newRecordActions[Opportunities]->setText(tr("New o&pportunity"));
    m_saveAction->setText(tr("&Save"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_cutAction->setText(tr("Cu&t"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_trashAction->setText(tr("&Move to trash"));
    m_restoreAction->setText(tr("Res&tore from trash"));
    m_leadActions->setTitle(tr("&Selected leads"));
    m_previousAction->setText(tr("&Previous record"));
    m_nextAction->setText(tr("&Next record"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Search…"));
    m_textFilters[Accounts]->setPlaceholderText(tr("Filter by name, tax code, phone or email…"));
    m_textFilters[Contacts]->setPlaceholderText(tr("Filter by name, phone, email or company…"));
    m_textFilters[Opportunities]->setPlaceholderText(tr("Filter by deal or account name…"));
    m_showDealList->setText(tr("List"));
    m_showDealList->setToolTip(tr("Show the deals as a list"));
    m_showBoard->setText(tr("Board"));
    m_showBoard->setToolTip(
        tr("Show the deals as the pipeline board: drag a deal to move it to another stage"));
    m_textFilters[Tasks]->setPlaceholderText(tr("Filter by title or notes…"));
    m_searchBox->retranslate();
    m_toolsMenu->setTitle(tr("&Tools"));
    m_settingsAction->setText(tr("&Settings…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Sen CRM"));
    m_aboutQtAction->setText(tr("About &Qt"));
    rebuildRecentMenu();
}

void MainWindow::updateCounts()
{
    const auto count = [this](List list) {
        return m_pages[size_t(list)]->model()->rowCount();
    };
    const std::array<QString, ListCount> counts{
        tr("%Ln lead(s)", nullptr, count(Leads)), tr("%Ln account(s)", nullptr, count(Accounts)),
        tr("%Ln contact(s)", nullptr, count(Contacts)),
        tr("%Ln opportunity(ies)", nullptr, count(Opportunities)), tr("%Ln task(s)", nullptr, count(Tasks))};
    for (int list = 0; list < ListCount; ++list) {
        RecordListPage *page = m_pages[size_t(list)];
        page->countLabel()->setText(page->isStale() ? QString() : counts[size_t(list)]);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (RecordListPage *page : m_pages)
            page->model()->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (RecordPanel *panel : m_panels) {
        if (panel && !panel->settleUnsavedChanges()) {
            event->ignore();
            return;
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    for (int list = 0; list < ListCount; ++list)
        m_settings.setListColumns(settingsKey(List(list)),
                                  m_pages[size_t(list)]->view()->horizontalHeader()->saveState());
    m_settings.setCurrentList(settingsKey(currentList()));
    QMainWindow::closeEvent(event);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    installModels(*database);
    adoptDatabase(std::move(database));
}

void MainWindow::installModels(Database &database)
{
    // The old models refer to the old database: replace them before letting the database go.
    for (int list = 0; list < ListCount; ++list) {
        RecordTableModel *model = createModel(List(list), database);
        model->setNamesAToZ(m_settings.sortNamesAToZ());
        m_pages[size_t(list)]->setModel(model);
    }
    m_searchBox->setDatabase(&database);
    // Undo steps name records of the old file: they cannot apply to the new one.
    m_undoStack->clear();
    m_shownIds = {};
    for (RecordPanel *panel : m_panels) {
        if (panel)
            panel->setDatabase(&database, m_undoStack);
    }
    m_leadPanel->setDefaultOwner(m_settings.defaultOwner());
    m_boardPage->setDatabase(&database, m_undoStack, commandErrorHandler());
    if (Result<Lookups> lookups = Lookups::load(database); lookups.ok())
        m_leadFilterBar->setLookups(*lookups); // also hands the bar's filter to the new lead model
}

void MainWindow::adoptDatabase(std::unique_ptr<Database> database)
{
    m_database = std::move(database);
    m_settings.addRecentDatabase(m_database->path());
    refreshLists();
    retranslate();
    m_integrityCheck->start(m_database->path());
}

void MainWindow::reportDamage(const QString &path, const QString &problem)
{
    if (problem.isEmpty() || path != m_database->path())
        return;
    QMessageBox::critical(this, tr("The database is damaged"),
                          tr("%1\n\nStop working in this file and restore it from a backup (File → Back up "
                             "makes one; keep copies somewhere else too).")
                              .arg(problem));
}

void MainWindow::refreshLists()
{
    for (RecordListPage *page : m_pages)
        page->markStale();
    loadCurrentList();
}

void MainWindow::loadCurrentList()
{
    const List list = currentList();
    RecordListPage *shown = m_pages[size_t(list)];
    if (shown->isStale() && !shown->reload())
        QMessageBox::warning(this, tr("Cannot load the list"), shown->model()->lastError());
    if (!shown->isStale() && m_needsSizing[size_t(list)]) {
        m_needsSizing[size_t(list)] = false;
        QHeaderView *header = shown->view()->horizontalHeader();
        shown->view()->resizeColumnsToContents();
        // Long deal and company names would push everything else out of sight.
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, qMin(header->sectionSize(column), 300));
    }
    updateCounts();
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
    return switchTo(path, Database::OpenMode::MustExist);
}

Result<void> MainWindow::createDatabaseFile(const QString &path)
{
    return switchTo(path, Database::OpenMode::CreateNew);
}

Result<void> MainWindow::switchTo(const QString &path, Database::OpenMode mode)
{
    Database::Options options;
    options.mode = mode;
    options.verifyIntegrity = false; // checked in the background once shown
    options.userName = m_settings.userName();
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened.ok())
        return reportError(opened.error());
    setDatabase(std::move(opened).value());
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
    QList<std::pair<QString, QString>> users;
    if (Result<Lookups> lookups = Lookups::load(*m_database); lookups.ok()) {
        for (const User &user : lookups->users())
            users.append({user.name, lookups->userDisplayName(user.meta.id)});
    }
    SettingsDialog dialog(m_settings, users, m_database.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_database->setUserName(m_settings.userName());
    m_leadPanel->setDefaultOwner(m_settings.defaultOwner());
    m_settings.applyDisplayFormat();
    // The language change retranslates every window, and with it every date and amount shown.
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
