#include "ShellFixture.h"
#include "TempDatabase.h"
#include "accounts/AccountTableModel.h"
#include "activities/TaskFilterBar.h"
#include "activities/TaskTableModel.h"
#include "common/AppSettings.h"
#include "common/DisplayFormat.h"
#include "common/Translations.h"
#include "contacts/ContactTableModel.h"
#include "leads/LeadEditor.h"
#include "leads/LeadPanel.h"
#include "leads/LeadTableModel.h"
#include "opportunities/OpportunityTableModel.h"
#include "services/DemoDataGenerator.h"
#include "services/LeadService.h"
#include "services/TaskService.h"
#include "settings/SettingsDialog.h"
#include "shell/GlobalSearchBox.h"
#include "shell/IntegrityCheck.h"
#include "shell/MainWindow.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"
#include "text/PersonName.h"
#include "widgets/RecordListPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

using Shell = ShellFixture;

QString menuTitle(MainWindow &window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

} // namespace

TEST_CASE("Settings are kept between runs", "[ui][settings]")
{
    Shell shell;
    CHECK(shell.settings.language() == QStringLiteral("vi"));
    CHECK(shell.settings.userName() == AppSettings::systemUserName());
    shell.settings.setLanguage(QStringLiteral("en"));
    shell.settings.setUserName(QStringLiteral("  Trần Thị Linh "));
    for (int i = 0; i < 10; ++i)
        shell.settings.addRecentDatabase(QStringLiteral("/data/crm%1.db").arg(i));
    shell.settings.addRecentDatabase(QStringLiteral("/data/crm3.db"));
    shell.qsettings.sync();

    QSettings reread(shell.temp.dirPath() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    AppSettings again(reread);
    CHECK(again.language() == QStringLiteral("en"));
    CHECK(again.userName() == QStringLiteral("Trần Thị Linh"));
    const QStringList recent = again.recentDatabases();
    REQUIRE(recent.size() == AppSettings::maxRecentDatabases);
    CHECK(recent.constFirst() == QStringLiteral("/data/crm3.db")); // reopened: moved to the top, not repeated
    CHECK(recent.count(QStringLiteral("/data/crm3.db")) == 1);
    CHECK(recent.at(1) == QStringLiteral("/data/crm9.db"));
}

TEST_CASE("Changing the language in settings retranslates the window without a restart", "[ui][settings]")
{
    Shell shell;
    std::unique_ptr<MainWindow> window = shell.open();
    CHECK(menuTitle(*window, 0) == QStringLiteral("&Tệp"));
    CHECK(window->leadCountLabel()->text() == QStringLiteral("50 khách hàng tiềm năng"));
    QMenu *fileMenu = window->menuBar()->actions().constFirst()->menu();
    fileMenu->popup(QPoint(0, 0));
    saveScreenshot(*fileMenu, QStringLiteral("file-menu-vi.png"));
    fileMenu->hide();

    SettingsDialog dialog(shell.settings, {}, nullptr, window.get());
    saveScreenshot(dialog, QStringLiteral("settings-vi.png"));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.userNameEdit()->setText(QStringLiteral("Phạm Thu Thảo"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    window->applyLanguage();

    CHECK(menuTitle(*window, 0) == QStringLiteral("&File"));
    CHECK(menuTitle(*window, 1) == QStringLiteral("&Edit"));
    CHECK(menuTitle(*window, 2) == QStringLiteral("&View"));
    CHECK(menuTitle(*window, 3) == QStringLiteral("&Tools"));
    CHECK(window->leadCountLabel()->text() == QStringLiteral("50 leads"));
    CHECK(window->leadModel()->headerData(LeadTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Full name"));
    CHECK(shell.settings.userName() == QStringLiteral("Phạm Thu Thảo"));

    shell.settings.setLanguage(QStringLiteral("vi"));
    window->applyLanguage();
    CHECK(menuTitle(*window, 0) == QStringLiteral("&Tệp"));
    CHECK(window->leadModel()->headerData(LeadTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Họ và tên"));
}

TEST_CASE("An empty name is refused by the settings dialog", "[ui][settings]")
{
    Shell shell;
    shell.settings.setUserName(QStringLiteral("linh"));
    SettingsDialog dialog(shell.settings, {});
    dialog.userNameEdit()->setText(QStringLiteral("   "));
    // accept() shows a message box; close it as soon as it appears.
    QMetaObject::invokeMethod(
        &dialog,
        [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        },
        Qt::QueuedConnection);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(shell.settings.userName() == QStringLiteral("linh"));
}

TEST_CASE("File menu commands: open, create, back up, recent files", "[ui]")
{
    Shell shell;
    std::unique_ptr<MainWindow> window = shell.open();
    CHECK(window->leadModel()->rowCount() == 50);

    // A new, empty database replaces the list; it joins the recent files.
    const QString second = shell.temp.dirPath() + QStringLiteral("/second.db");
    REQUIRE(window->createDatabaseFile(second).ok());
    CHECK(window->leadModel()->rowCount() == 0);
    CHECK(window->windowTitle().contains(QStringLiteral("second.db")));
    CHECK(shell.settings.recentDatabases().constFirst() == QFileInfo(second).absoluteFilePath());
    // The first database is offered in Open recent, the open one is not.
    QStringList offered;
    for (QAction *action : window->recentMenu()->actions())
        offered << action->text();
    CHECK(offered.contains(QDir::toNativeSeparators(shell.temp.path())));
    CHECK_FALSE(offered.contains(QDir::toNativeSeparators(second)));

    // Creating over an existing file is refused and the open database stays.
    QMetaObject::invokeMethod(
        window.get(),
        [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        },
        Qt::QueuedConnection);
    CHECK_FALSE(window->createDatabaseFile(shell.temp.path()).ok());
    CHECK(window->windowTitle().contains(QStringLiteral("second.db")));

    REQUIRE(window->openDatabaseFile(shell.temp.path()).ok());
    CHECK(window->leadModel()->rowCount() == 50);

    const QString copy = shell.temp.dirPath() + QStringLiteral("/copies/backup.db");
    REQUIRE(window->backupTo(copy).ok());
    CHECK(QFile::exists(copy));
    Database::Options options;
    options.mode = Database::OpenMode::MustExist;
    Result<std::unique_ptr<Database>> backup = Database::open(copy, options);
    REQUIRE(backup.ok());
}

TEST_CASE("Window size and list columns come back on the next start", "[ui]")
{
    Shell shell;
    {
        std::unique_ptr<MainWindow> window = shell.open();
        window->resize(900, 640);
        window->leadView()->horizontalHeader()->resizeSection(LeadTableModel::NameColumn, 333);
        window->leadView()->horizontalHeader()->moveSection(LeadTableModel::EmailColumn, 0);
        window->close();
    }
    std::unique_ptr<MainWindow> again = shell.open();
    CHECK(again->size() == QSize(900, 640));
    QHeaderView *header = again->leadView()->horizontalHeader();
    CHECK(header->sectionSize(LeadTableModel::NameColumn) == 333);
    CHECK(header->visualIndex(LeadTableModel::EmailColumn) == 0);
}

TEST_CASE("Every list of the workspace shows its records, paged, in Vietnamese", "[ui][lists]")
{
    Shell shell;
    std::unique_ptr<MainWindow> window = shell.open();
    window->taskFilterBar()->setView(TaskView::All, false); // every task, not only the open ones
    const std::array<std::pair<MainWindow::List, int>, MainWindow::ListCount> expected{
        {{MainWindow::Leads, 50},
         {MainWindow::Accounts, 5},
         {MainWindow::Contacts, 10},
         {MainWindow::Opportunities, 5},
         {MainWindow::Tasks, 5}}};
    // Only the list on screen is read when the database opens; the others when first shown.
    CHECK_FALSE(window->page(MainWindow::Leads)->isStale());
    CHECK(window->page(MainWindow::Accounts)->isStale());
    CHECK(window->page(MainWindow::Accounts)->model()->rowCount() == 0);
    for (const auto &[list, rows] : expected) {
        INFO("list " << int(list));
        window->showList(list);
        CHECK_FALSE(window->page(list)->isStale());
        RecordTableModel *model = window->page(list)->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model->rowCount() == rows);
        CHECK_FALSE(model->index(0, 0).data().toString().isEmpty());
        CHECK_FALSE(window->page(list)->countLabel()->text().isEmpty());
        CHECK(window->currentList() == list);
        CHECK(window->navigation()->currentRow() == int(list));
    }
    CHECK(window->page(MainWindow::Accounts)->countLabel()->text() == QStringLiteral("5 khách hàng"));
    CHECK(window->page(MainWindow::Accounts)->heading()->text() == QStringLiteral("Khách hàng"));

    // Money in đồng, 1.234.567 ₫; probabilities in percent; a contact's account by name.
    RecordTableModel *deals = window->page(MainWindow::Opportunities)->model();
    const QString amount = deals->index(0, OpportunityTableModel::AmountColumn).data().toString();
    CHECK(amount.endsWith(QStringLiteral("\u00a0₫")));
    CHECK(amount.contains(u'.'));
    CHECK(deals->index(0, OpportunityTableModel::ProbabilityColumn).data().toString().endsWith(u'%'));
    CHECK_FALSE(deals->index(0, OpportunityTableModel::StageColumn).data().toString().isEmpty());
    RecordTableModel *contacts = window->page(MainWindow::Contacts)->model();
    int withAccount = 0;
    for (int row = 0; row < contacts->rowCount(); ++row)
        withAccount += contacts->index(row, ContactTableModel::AccountColumn)
                           .data()
                           .toString()
                           .startsWith(QStringLiteral("Công ty")) ||
                       contacts->index(row, ContactTableModel::AccountColumn)
                           .data()
                           .toString()
                           .startsWith(QStringLiteral("Doanh nghiệp"));
    CHECK(withAccount > 0);
    // The open view holds only open tasks, the done view only done ones, and together they are all.
    RecordTableModel *tasks = window->page(MainWindow::Tasks)->model();
    const auto states = [tasks] {
        QStringList shown;
        for (int row = 0; row < tasks->rowCount(); ++row)
            shown << tasks->index(row, TaskTableModel::StateColumn).data().toString();
        shown.removeDuplicates();
        return shown;
    };
    // Whatever the demo made, one task is done and the others open.
    const qint64 doneTask = tasks->recordId(0);
    REQUIRE(TaskService(shell.temp.db()).setDone(doneTask, true).ok());
    window->taskFilterBar()->setView(TaskView::Open, false);
    const int open = tasks->rowCount();
    CHECK(open < 5);
    CHECK(states() == QStringList{QStringLiteral("Chưa xong")});
    window->taskFilterBar()->setView(TaskView::Done, false);
    CHECK(states() == QStringList{QStringLiteral("Xong")});
    CHECK(open + tasks->rowCount() == 5);
    window->showList(MainWindow::Opportunities);
    saveScreenshot(*window, QStringLiteral("opportunities-vi.png"));
    window->close();
    std::unique_ptr<MainWindow> again = shell.open();
    CHECK(again->currentList() == MainWindow::Opportunities); // the last view comes back
}

TEST_CASE("The search box finds records without diacritics and shows the chosen one in its list",
          "[ui][search]")
{
    Shell shell;
    std::unique_ptr<MainWindow> window = shell.open();
    // A lead to look for, among the demo data.
    {
        Lead lead;
        lead.fullName = QStringLiteral("Đặng Thị Hoà Bình");
        lead.phone = QStringLiteral("0912 345 678");
        REQUIRE(LeadService(window->database()).create(lead).ok());
    }
    window->page(MainWindow::Leads)->reload();
    window->showList(MainWindow::Tasks);

    GlobalSearchBox *box = window->searchBox();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("dang thi hoa binh"));
    QTRY_VERIFY_WITH_TIMEOUT(box->results()->rowCount() > 0, 2000); // after the typing pause
    CHECK(box->results()->index(0, 0).data().toString().startsWith(QStringLiteral("Đặng Thị Hoà Bình")));
    saveScreenshot(*window, QStringLiteral("search-vi.png"));
    if (box->completer()->popup()->isVisible())
        saveScreenshot(*box->completer()->popup(), QStringLiteral("search-results-vi.png"));

    // Enter takes the best result to its list, selected.
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(window->currentList() == MainWindow::Leads);
    const QModelIndex current = window->leadView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(window->leadModel()->index(current.row(), LeadTableModel::NameColumn).data().toString() ==
          QStringLiteral("Đặng Thị Hoà Bình"));

    // A phone typed the old way finds it too.
    box->setText(QStringLiteral("+84 912 345"));
    box->search();
    REQUIRE(box->results()->rowCount() >= 1);
    CHECK(box->results()->index(0, 0).data().toString().contains(QStringLiteral("0912 345 678")));
    box->setText(QStringLiteral("khong co ai ten nay xyz"));
    box->search();
    CHECK(box->results()->rowCount() == 0);
}

TEST_CASE("The integrity check runs in the background and reports a damaged file", "[ui]")
{
    Shell shell;
    IntegrityCheck check;
    QSignalSpy finished(&check, &IntegrityCheck::finished);
    check.start(shell.temp.path());
    REQUIRE(finished.wait(10000));
    CHECK(finished.takeFirst().at(1).toString().isEmpty()); // sound

    // A copy with pages after the schema overwritten: opens, but quick_check finds the damage.
    const QString damaged = shell.temp.dirPath() + QStringLiteral("/damaged.db");
    REQUIRE(shell.temp.db().backupTo(damaged).ok());
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > 8192 * 12);
    file.seek(8192 * 8);
    file.write(QByteArray(8192 * 3, '\x5A'));
    file.close();
    check.start(damaged);
    REQUIRE(finished.wait(10000));
    const QList<QVariant> report = finished.takeFirst();
    CHECK(report.at(0).toString() == damaged);
    CHECK_FALSE(report.at(1).toString().isEmpty());
}

TEST_CASE("Clicking a column header sorts the list in SQL, people by given name", "[ui][lists]")
{
    Shell shell;
    std::unique_ptr<MainWindow> window = shell.open();
    QTableView *view = window->leadView();
    LeadTableModel *model = window->leadModel();
    const qint64 newest = model->leadId(0);

    view->sortByColumn(LeadTableModel::NameColumn, Qt::AscendingOrder);
    LeadRepository leads(window->database());
    QList<PersonName> names;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Lead lead = *leads.get(model->leadId(row));
        names << PersonName{lead.familyName, lead.middleName, lead.givenName};
    }
    REQUIRE(names.size() == 50);
    for (qsizetype i = 1; i < names.size(); ++i) {
        INFO(names[i - 1].fullName().toStdString() << " before " << names[i].fullName().toStdString());
        CHECK(PersonName::compareByGivenName(names[i - 1], names[i]) <= 0);
    }

    view->sortByColumn(LeadTableModel::CreatedColumn, Qt::DescendingOrder);
    QDateTime previous = leads.get(model->leadId(0))->meta.createdAt;
    for (int row = 1; row < model->rowCount(); ++row) {
        const QDateTime created = leads.get(model->leadId(row))->meta.createdAt;
        CHECK(created <= previous);
        previous = created;
    }

    // Clearing the sort brings back the natural order, newest first.
    view->sortByColumn(-1, Qt::AscendingOrder);
    CHECK(model->leadId(0) == newest);

    // A list not read yet only remembers the order, and is read when shown.
    RecordListPage *accounts = window->page(MainWindow::Accounts);
    REQUIRE(accounts->isStale());
    accounts->view()->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(accounts->isStale());
    window->showList(MainWindow::Accounts);
    REQUIRE(accounts->model()->rowCount() == 5);
    for (int row = 1; row < 5; ++row) {
        const PersonName before{
            {}, {}, accounts->model()->index(row - 1, AccountTableModel::NameColumn).data().toString()};
        const PersonName after{
            {}, {}, accounts->model()->index(row, AccountTableModel::NameColumn).data().toString()};
        CHECK(PersonName::compareByGivenName(before, after) <= 0); // Vietnamese collation order
    }
}

TEST_CASE("Date and money display and the default owner come from settings", "[ui][settings]")
{
    Shell shell;
    Result<User> linh =
        UserRepository(shell.temp.db()).ensure(QStringLiteral("linh"), QStringLiteral("Trần Thị Linh"));
    REQUIRE(linh.ok());
    std::unique_ptr<MainWindow> window = shell.open();
    {
        SettingsDialog dialog(shell.settings, {{QStringLiteral("linh"), QStringLiteral("Trần Thị Linh")}});
        CHECK(dialog.dateStyleBox()->currentText() == QStringLiteral("23/11/2026"));
        CHECK(dialog.moneyStyleBox()->currentText() == QStringLiteral("1.234.567\u00a0₫"));
        dialog.defaultOwnerBox()->setCurrentIndex(
            dialog.defaultOwnerBox()->findText(QStringLiteral("Trần Thị Linh")));
        dialog.dateStyleBox()->setCurrentIndex(1);
        dialog.moneyStyleBox()->setCurrentIndex(1);
        dialog.accept();
    }
    CHECK(shell.settings.defaultOwner() == QStringLiteral("linh"));
    CHECK(shell.settings.dateStyle() == QStringLiteral("ymd"));
    shell.settings.applyDisplayFormat();
    CHECK(DisplayFormat::date(QDate(2026, 11, 23)) == QStringLiteral("2026-11-23"));
    CHECK(DisplayFormat::money(1234567) == QStringLiteral("1.234.567\u00a0đ"));

    // The next window gives new leads to the default owner.
    window.reset();
    window = shell.open();
    window->newLead();
    CHECK(window->leadPanel()->editor()->record().ownerId == linh->meta.id);

    shell.settings.setDateStyle(QStringLiteral("dmy"));
    shell.settings.setMoneyStyle(QStringLiteral("symbol"));
    shell.settings.applyDisplayFormat();
    CHECK(DisplayFormat::money(-5000) == QStringLiteral("-5.000\u00a0₫"));
}
