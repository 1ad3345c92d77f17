#include "ShellFixture.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadTableModel.h"
#include "services/LeadService.h"
#include "services/TagService.h"
#include "shell/MainWindow.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"
#include "text/VietnameseText.h"
#include "widgets/RecordListPage.h"
#include "widgets/TextFilterBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

qint64 addLead(Database &db, const QString &name, const QString &phone, const QString &company = {},
               Temperature temperature = Temperature::Cold, const QString &owner = {})
{
    Lead lead;
    lead.fullName = name;
    lead.phone = phone;
    lead.company = company;
    lead.temperature = temperature;
    Result<Lead> created = LeadService(db).createOwnedBy(lead, owner);
    REQUIRE(created.ok());
    return created->meta.id;
}

QStringList shownNames(RecordListPage *page)
{
    QStringList names;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        names << page->model()->index(row, LeadTableModel::NameColumn).data().toString();
    names.sort();
    return names;
}

// Five leads whose names, companies and phones the filters must tell apart.
struct FiveLeads
{
    FiveLeads() : shell(0)
    {
        Database &db = shell.temp.db();
        an = addLead(db, QStringLiteral("Nguyễn Văn An"), QStringLiteral("0901111111"));
        ha = addLead(db, QStringLiteral("Đặng Thu Hà"), QStringLiteral("0902222222"), {}, Temperature::Hot,
                     QStringLiteral("tester"));
        khang = addLead(db, QStringLiteral("Trần Nguyên Khang"), QStringLiteral("0903333333"), {},
                        Temperature::Hot, QStringLiteral("someone.else"));
        hoa = addLead(db, QStringLiteral("Lê Thị Hoa"), QStringLiteral("0904444444"),
                      QStringLiteral("Công ty Nguyễn Kim"));
        dong = addLead(db, QStringLiteral("Phạm Văn Đông"), QStringLiteral("0912345678"));
    }
    ShellFixture shell;
    qint64 an = 0, ha = 0, khang = 0, hoa = 0, dong = 0;
};

} // namespace

TEST_CASE("The filter box narrows the list as the user types, without diacritics", "[ui][lead-filter]")
{
    FiveLeads data;
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    LeadFilterBar *bar = window->leadFilterBar();
    REQUIRE(page->model()->rowCount() == 5);

    LeadFilter filter = bar->filter();
    filter.text = QStringLiteral("nguyen");
    bar->setFilter(filter);
    CHECK(shownNames(page) == QStringList{QStringLiteral("Lê Thị Hoa"), QStringLiteral("Nguyễn Văn An"),
                                          QStringLiteral("Trần Nguyên Khang")});
    filter.text = QStringLiteral("dang");
    bar->setFilter(filter);
    CHECK(shownNames(page) == QStringList{QStringLiteral("Đặng Thu Hà")});
    filter.text = QStringLiteral("0912 345");
    bar->setFilter(filter);
    CHECK(shownNames(page) == QStringList{QStringLiteral("Phạm Văn Đông")});
    // The count beside the heading follows.
    CHECK(page->countLabel()->text() == QStringLiteral("1 khách hàng tiềm năng"));
    bar->setFilter(LeadFilter());
    CHECK(page->model()->rowCount() == 5);
}

TEST_CASE("Typing in the filter box applies once the text settles", "[ui][lead-filter]")
{
    FiveLeads data;
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    QLineEdit *box = window->leadFilterBar()->textBox();
    box->setText(QStringLiteral("hoa"));
    CHECK(page->model()->rowCount() == 5); // not on every keystroke an input method sends
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 2000);
}

TEST_CASE("Status, temperature and owner narrow the list, and the built-in view is mine and hot",
          "[ui][lead-filter]")
{
    FiveLeads data;
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    LeadFilterBar *bar = window->leadFilterBar();

    bar->temperatureBox()->setCurrentIndex(bar->temperatureBox()->findData(int(Temperature::Hot)));
    CHECK(shownNames(page) ==
          QStringList{QStringLiteral("Trần Nguyên Khang"), QStringLiteral("Đặng Thu Hà")});

    REQUIRE(bar->applyView(QStringLiteral("Khách nóng của tôi")));
    CHECK(bar->filter().mine);
    CHECK(shownNames(page) == QStringList{QStringLiteral("Đặng Thu Hà")});

    bar->setFilter(LeadFilter());
    const qint64 newStatus = LeadService(data.shell.temp.db()).get(data.an)->statusId.value_or(0);
    bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(newStatus));
    CHECK(page->model()->rowCount() == 5); // every lead starts at the first status
}

TEST_CASE("A saved view comes back in the next session", "[ui][lead-filter]")
{
    FiveLeads data;
    {
        auto window = data.shell.open();
        LeadFilter filter;
        filter.text = QStringLiteral("nguyen");
        filter.temperature = Temperature::Hot;
        window->leadFilterBar()->setFilter(filter);
        window->leadFilterBar()->saveView(QStringLiteral("Nguyễn nóng"));
    }
    auto window = data.shell.open();
    LeadFilterBar *bar = window->leadFilterBar();
    CHECK(bar->viewNames().contains(QStringLiteral("Nguyễn nóng")));
    REQUIRE(bar->applyView(QStringLiteral("Nguyễn nóng")));
    CHECK(bar->filter().text == QStringLiteral("nguyen"));
    CHECK(shownNames(window->page(MainWindow::Leads)) == QStringList{QStringLiteral("Trần Nguyên Khang")});
}

TEST_CASE("Bulk actions change the selected leads in one undoable step", "[ui][lead-filter]")
{
    FiveLeads data;
    Result<User> linh =
        UserRepository(data.shell.temp.db()).ensure(QStringLiteral("linh"), QStringLiteral("Trần Thị Linh"));
    REQUIRE(linh.ok());
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    page->view()->selectAll();
    REQUIRE(page->selectedIds().size() == 5);

    // The context menu offers the people to assign to.
    QMenu *menu = window->leadActionsMenu();
    QMenu *assign = menu->actions().at(0)->menu();
    REQUIRE(assign);
    QAction *toLinh = nullptr;
    for (QAction *action : assign->actions()) {
        if (action->text() == QStringLiteral("Trần Thị Linh"))
            toLinh = action;
    }
    REQUIRE(toLinh);
    toLinh->trigger();
    LeadService leads(data.shell.temp.db());
    for (qint64 id : {data.an, data.ha, data.khang, data.hoa, data.dong})
        CHECK(leads.get(id)->ownerId == linh->meta.id);
    CHECK(window->undoStack()->undoText() == QStringLiteral("Giao cho Trần Thị Linh"));

    window->undoAction()->trigger();
    CHECK_FALSE(leads.get(data.an)->ownerId.has_value());
    CHECK(leads.get(data.ha)->ownerId != linh->meta.id);
    window->redoAction()->trigger();
    CHECK(leads.get(data.hoa)->ownerId == linh->meta.id);
}

TEST_CASE("The trash view lists trashed leads and restores them", "[ui][lead-filter]")
{
    FiveLeads data;
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    REQUIRE(page->showRecord(data.hoa));
    window->trashAction()->trigger();
    CHECK(page->model()->rowCount() == 4);

    window->leadFilterBar()->trashBox()->setChecked(true);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(window->restoreAction()->isEnabled());
    CHECK_FALSE(window->trashAction()->isEnabled());
    page->view()->selectRow(0);
    window->restoreAction()->trigger();
    CHECK(page->model()->rowCount() == 0);
    CHECK(LeadRepository(data.shell.temp.db()).count().value() == 5);
    saveScreenshot(*window, QStringLiteral("lead-trash-vi.png"));
}

TEST_CASE("A long list is read in chunks and still counts and finds every row", "[ui][lead-filter]")
{
    ShellFixture shell(4500);
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QList<qint64> all = LeadRepository(shell.temp.db())
                                  .ids(ListQuery().sortBy(QStringLiteral("id"), Qt::DescendingOrder))
                                  .value();
    REQUIRE(page->model()->rowCount() == all.size());
    // Far past the first chunk, the ids are exactly the newest-first order.
    CHECK(page->model()->recordId(4400) == all.at(4400));
    CHECK(page->model()->rowOf(all.constLast()) == all.size() - 1);
    CHECK(page->showRecord(all.at(3000)));
    CHECK(page->currentId() == all.at(3000));
}

TEST_CASE("The lead list fits a small laptop screen", "[ui][lead-filter]")
{
    FiveLeads data;
    auto window = data.shell.open();
    // 1280×720 is still common; nothing in the workspace may need more.
    CHECK(window->minimumSizeHint().width() <= 1024);
}

TEST_CASE("Columns are chosen from the header and stay chosen", "[ui][columns]")
{
    FiveLeads data;
    {
        auto window = data.shell.open();
        RecordListPage *page = window->page(MainWindow::Leads);
        QMenu *menu = page->columnMenu();
        // One entry per column, then the order of names (a section and two choices).
        REQUIRE(menu->actions().size() == LeadTableModel::ColumnCount + 3);
        QAction *email = menu->actions().at(LeadTableModel::EmailColumn);
        CHECK(email->text() == QStringLiteral("Email"));
        CHECK(email->isChecked());
        email->setChecked(false);
        CHECK(page->view()->horizontalHeader()->isSectionHidden(LeadTableModel::EmailColumn));
        window->close();
    }
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    CHECK(page->view()->horizontalHeader()->isSectionHidden(LeadTableModel::EmailColumn));
    CHECK_FALSE(page->columnMenu()->actions().at(LeadTableModel::EmailColumn)->isChecked());

    // The last visible column cannot go.
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
        page->view()->horizontalHeader()->setSectionHidden(column, column != LeadTableModel::NameColumn);
    CHECK_FALSE(page->columnMenu()->actions().at(LeadTableModel::NameColumn)->isEnabled());
}

TEST_CASE("Accounts, contacts, deals and tasks filter as the user types", "[ui][lead-filter]")
{
    ShellFixture shell;
    auto window = shell.open();
    for (MainWindow::List list :
         {MainWindow::Accounts, MainWindow::Contacts, MainWindow::Opportunities, MainWindow::Tasks}) {
        CAPTURE(list);
        window->showList(list);
        RecordListPage *page = window->page(list);
        const int all = page->model()->rowCount();
        REQUIRE(all > 0);
        // The first word of the first record's name, typed without diacritics, keeps that record.
        const QString name = page->model()->index(0, 0).data().toString();
        const QString word = VietnameseText::fold(name.section(u' ', -1));
        window->textFilter(list)->setText(word);
        window->textFilter(list)->applyNow();
        CHECK(page->model()->rowCount() >= 1);
        CHECK(page->model()->rowCount() <= all);
        bool found = false;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            found = found || page->model()->index(row, 0).data().toString() == name;
        CHECK(found);
        window->textFilter(list)->setText(QStringLiteral("zzzkhongcoai"));
        window->textFilter(list)->applyNow();
        CHECK(page->model()->rowCount() == 0);
        window->textFilter(list)->clear();
        window->textFilter(list)->applyNow();
        CHECK(page->model()->rowCount() == all);
    }
}

TEST_CASE("Tagging the selection is undoable and the tag filter finds them", "[ui][lead-filter]")
{
    FiveLeads data;
    Result<Tag> vip = TagService(data.shell.temp.db()).ensure(QStringLiteral("VIP"));
    REQUIRE(vip.ok());
    auto window = data.shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    REQUIRE(page->showRecord(data.ha));
    page->view()->selectionModel()->select(page->model()->index(page->model()->rowOf(data.an), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window->tagSelectedLeads(vip->meta.id, vip->name);
    CHECK(window->undoStack()->undoText() == QStringLiteral("Gắn thẻ “VIP” cho 2 khách hàng tiềm năng"));

    LeadFilterBar *bar = window->leadFilterBar();
    bar->tagBox()->setCurrentIndex(bar->tagBox()->findText(QStringLiteral("VIP")));
    CHECK(shownNames(page) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Thu Hà")});
    window->undoAction()->trigger();
    CHECK(page->model()->rowCount() == 0);
    window->redoAction()->trigger();
    CHECK(page->model()->rowCount() == 2);
}

TEST_CASE("Names sort by tên or A–Z by full name, chosen in the column menu and kept", "[ui][lead-filter]")
{
    ShellFixture shell(0);
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Văn Bình"),
                                QStringLiteral("Lê Thị Cúc"), QStringLiteral("Dương Minh Châu")}) {
        Lead lead;
        lead.fullName = name;
        lead.phone = QStringLiteral("0912345%1").arg(name.size(), 3, 10, QLatin1Char('0'));
        REQUIRE(LeadService(shell.temp.db()).create(lead).ok());
    }
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    const auto names = [&] {
        QStringList shown;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            shown << page->model()->index(row, LeadTableModel::NameColumn).data().toString();
        return shown;
    };
    page->view()->sortByColumn(LeadTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(names() == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Văn Bình"),
                                 QStringLiteral("Dương Minh Châu"), QStringLiteral("Lê Thị Cúc")});

    // The menu ends with the two orders of names, A–Z last.
    QAction *aToZ = page->columnMenu()->actions().constLast();
    REQUIRE(aToZ->isCheckable());
    CHECK_FALSE(aToZ->isChecked());
    aToZ->trigger();
    // D before Đ, and the whole name decides: Dương, Đặng, Lê, Nguyễn.
    CHECK(names() == QStringList{QStringLiteral("Dương Minh Châu"), QStringLiteral("Đặng Văn Bình"),
                                 QStringLiteral("Lê Thị Cúc"), QStringLiteral("Nguyễn Văn An")});
    CHECK(shell.settings.sortNamesAToZ());
    CHECK(window->page(MainWindow::Contacts)->model()->namesAToZ());

    // The next start sorts the same way.
    window.reset();
    auto again = shell.open();
    CHECK(again->page(MainWindow::Leads)->model()->namesAToZ());
}
