#include "accounts/AccountPanel.h"

#include "FormInput.h"
#include "ShellFixture.h"
#include "accounts/AccountEditor.h"
#include "activities/RecordTasksView.h"
#include "activities/TimelineView.h"
#include "services/AccountService.h"
#include "services/ActivityService.h"
#include "services/ContactService.h"
#include "services/Lookups.h"
#include "services/OpportunityService.h"
#include "services/TaskService.h"
#include "shell/MainWindow.h"
#include "storage/AccountRepository.h"
#include "widgets/RecordListPage.h"
#include "widgets/RecordTableModel.h"
#include "widgets/RelatedRecordsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

qint64 addAccount(Database &db, const QString &name)
{
    Account account;
    account.name = name;
    account.phone = QStringLiteral("02838221234");
    Result<Account> created = AccountService(db).create(account);
    REQUIRE(created.ok());
    return created->meta.id;
}

qint64 addContact(Database &db, const QString &name, qint64 accountId)
{
    Contact contact;
    contact.fullName = name;
    contact.accountId = accountId;
    contact.role = ContactRole::DecisionMaker;
    Result<Contact> created = ContactService(db).create(contact);
    REQUIRE(created.ok());
    return created->meta.id;
}

qint64 addDeal(Database &db, const QString &name, qint64 accountId, qint64 amount)
{
    const Lookups lookups = Lookups::load(db).value();
    Opportunity deal;
    deal.name = name;
    deal.accountId = accountId;
    deal.amount = amount;
    deal.pipelineId = lookups.defaultPipeline()->meta.id;
    for (const Stage &stage : lookups.stages()) {
        if (stage.pipelineId == deal.pipelineId && deal.stageId == 0)
            deal.stageId = stage.meta.id;
    }
    Result<Opportunity> created = OpportunityService(db).create(deal);
    REQUIRE(created.ok());
    return created->meta.id;
}

AccountPanel *accountPanel(MainWindow &window)
{
    auto *panel = qobject_cast<AccountPanel *>(window.recordPanel(MainWindow::Accounts));
    REQUIRE(panel);
    return panel;
}

} // namespace

TEST_CASE("A new account typed into the form is created, and undo takes it back", "[ui][account-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    const qint64 before = AccountRepository(shell.temp.db()).count().value();
    window->newRecord(MainWindow::Accounts);
    CHECK(window->currentList() == MainWindow::Accounts);
    AccountPanel *panel = accountPanel(*window);
    AccountEditor *editor = panel->editor();
    typeInto(editor, QStringLiteral("name"), QStringLiteral("  Công ty TNHH   Sen Vàng "));
    typeInto(editor, QStringLiteral("tax_code"), QStringLiteral("0100233488"));
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("028 3822 1234"));
    typeInto(editor, QStringLiteral("email"), QStringLiteral("LienHe@SenVang.vn"));
    typeInto(editor, QStringLiteral("website"), QStringLiteral("senvang.vn"));
    panel->saveButton()->click();

    const qint64 id = panel->recordId();
    REQUIRE(id > 0);
    Result<Account> stored = AccountService(shell.temp.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Công ty TNHH Sen Vàng"));
    CHECK(stored->email == QStringLiteral("lienhe@senvang.vn"));
    CHECK(stored->phone == QStringLiteral("02838221234"));
    RecordListPage *page = window->page(MainWindow::Accounts);
    CHECK(page->model()->rowCount() == before + 1);
    CHECK(page->currentId() == id);
    // One-click links in the header: call, mail, website.
    CHECK(AccountPanel::reachLinks(*stored) == QStringList{QStringLiteral("tel:02838221234"),
                                                           QStringLiteral("mailto:lienhe@senvang.vn"),
                                                           QStringLiteral("https://senvang.vn")});
    CHECK(panel->reachLabel()->text().contains(QStringLiteral("href=\"tel:02838221234\"")));
    saveScreenshot(*window, QStringLiteral("account-panel-vi.png"));

    window->undoAction()->trigger();
    CHECK(AccountRepository(shell.temp.db()).count().value() == before);
    window->redoAction()->trigger();
    CHECK(AccountRepository(shell.temp.db()).count().value() == before + 1);
    CHECK(AccountService(shell.temp.db()).get(id)->meta.deletedAt.isNull());
}

TEST_CASE("A wrong tax code and a missing name are said under their fields", "[ui][account-panel]")
{
    ShellFixture shell(0);
    auto window = shell.open();
    window->newRecord(MainWindow::Accounts);
    AccountPanel *panel = accountPanel(*window);
    typeInto(panel->editor(), QStringLiteral("tax_code"), QStringLiteral("0100233489"));
    CHECK(panel->editor()->errorText(QStringLiteral("tax_code")) ==
          QStringLiteral("Mã số thuế “0100233489” có chữ số kiểm tra không đúng."));
    typeInto(panel->editor(), QStringLiteral("tax_code"), QStringLiteral("0100233488-001"));
    CHECK(panel->editor()->errorText(QStringLiteral("tax_code")).isEmpty());
    CHECK_FALSE(panel->save());
    CHECK(panel->editor()->errorText(QStringLiteral("name")) == QStringLiteral("Khách hàng cần có tên."));
    CHECK(AccountRepository(shell.temp.db()).count().value() == 0);
    saveScreenshot(*window, QStringLiteral("account-panel-errors-vi.png"));
}

TEST_CASE("Editing an account is undone and redone, and a colleague's save first is a conflict",
          "[ui][account-panel]")
{
    ShellFixture shell(0);
    const qint64 id = addAccount(shell.temp.db(), QStringLiteral("Công ty CP Hoa Mai"));
    auto window = shell.open();
    window->showList(MainWindow::Accounts);
    REQUIRE(window->page(MainWindow::Accounts)->showRecord(id));
    AccountPanel *panel = accountPanel(*window);
    REQUIRE(panel->recordId() == id);

    typeInto(panel->editor(), QStringLiteral("industry"), QStringLiteral("Nội thất"));
    REQUIRE(panel->save());
    CHECK(AccountService(shell.temp.db()).get(id)->industry == QStringLiteral("Nội thất"));
    window->undoAction()->trigger();
    CHECK(AccountService(shell.temp.db()).get(id)->industry.isEmpty());
    // The panel follows the undo, since the form had no edits of its own.
    CHECK(qobject_cast<QLineEdit *>(panel->editor()->fieldWidget(QStringLiteral("industry")))
              ->text()
              .isEmpty());
    window->redoAction()->trigger();
    CHECK(AccountService(shell.temp.db()).get(id)->industry == QStringLiteral("Nội thất"));

    typeInto(panel->editor(), QStringLiteral("industry"), QStringLiteral("Bản của tôi"));
    std::unique_ptr<Database> colleague = shell.temp.openAnother(QStringLiteral("dong.nghiep"));
    Account theirs = AccountService(*colleague).get(id).value();
    theirs.notes = QStringLiteral("Khách hẹn ký hợp đồng tuần sau");
    REQUIRE(AccountService(*colleague).update(theirs).ok());
    const int steps = window->undoStack()->count();
    CHECK_FALSE(panel->save());
    CHECK_FALSE(panel->editor()->errorText(QString()).isEmpty());
    CHECK(qobject_cast<QLineEdit *>(panel->editor()->fieldWidget(QStringLiteral("industry")))->text() ==
          QStringLiteral("Bản của tôi"));
    CHECK(window->undoStack()->count() == steps);
    CHECK(AccountService(shell.temp.db()).get(id)->industry == QStringLiteral("Nội thất"));
}

TEST_CASE("An account lists its contacts and opportunities, and Enter on a contact opens it",
          "[ui][account-panel]")
{
    ShellFixture shell(0);
    const qint64 account = addAccount(shell.temp.db(), QStringLiteral("Công ty TNHH Sen Vàng"));
    const qint64 other = addAccount(shell.temp.db(), QStringLiteral("Công ty Khác"));
    const qint64 lan = addContact(shell.temp.db(), QStringLiteral("Trương Mỹ Lan"), account);
    addContact(shell.temp.db(), QStringLiteral("Lê Văn Tám"), account);
    addContact(shell.temp.db(), QStringLiteral("Người Ngoài"), other);
    addDeal(shell.temp.db(), QStringLiteral("Nội thất văn phòng"), account, 1'234'567);
    addDeal(shell.temp.db(), QStringLiteral("Deal khác"), other, 5);
    auto window = shell.open();
    window->showList(MainWindow::Accounts);
    REQUIRE(window->page(MainWindow::Accounts)->showRecord(account));
    AccountPanel *panel = accountPanel(*window);
    QAbstractItemModelTester contactsTester(panel->contacts(),
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester dealsTester(panel->opportunities(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);

    REQUIRE(panel->contacts()->rowCount() == 2);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names << panel->contacts()->index(row, 0).data().toString();
    CHECK(names.contains(QStringLiteral("Trương Mỹ Lan")));
    CHECK_FALSE(names.contains(QStringLiteral("Người Ngoài")));
    REQUIRE(panel->opportunities()->rowCount() == 1);
    CHECK(panel->opportunities()->index(0, 0).data() == QStringLiteral("Nội thất văn phòng"));
    CHECK(panel->opportunities()->index(0, 2).data() == QStringLiteral("1.234.567\u00a0₫"));

    // A contact added to the account elsewhere shows up at once.
    addContact(window->database(), QStringLiteral("Đặng Thu Hà"), account);
    CHECK(panel->contacts()->rowCount() == 3);

    panel->tabs()->setCurrentWidget(panel->contactList());
    saveScreenshot(*window, QStringLiteral("account-panel-contacts-vi.png"));
    int lanRow = -1;
    for (int row = 0; row < panel->contacts()->rowCount(); ++row) {
        if (panel->contacts()->recordId(row) == lan)
            lanRow = row;
    }
    REQUIRE(lanRow >= 0);
    Q_EMIT panel->contactList()->activated(panel->contacts()->index(lanRow, 0));
    CHECK(window->currentList() == MainWindow::Contacts);
    CHECK(window->page(MainWindow::Contacts)->currentId() == lan);
    CHECK(window->recordPanel(MainWindow::Contacts)->recordId() == lan);
}

TEST_CASE("Activities and tasks added on an account belong to that account", "[ui][account-panel]")
{
    ShellFixture shell(0);
    const qint64 account = addAccount(shell.temp.db(), QStringLiteral("Công ty TNHH Sen Vàng"));
    auto window = shell.open();
    window->showList(MainWindow::Accounts);
    REQUIRE(window->page(MainWindow::Accounts)->showRecord(account));
    AccountPanel *panel = accountPanel(*window);

    Activity call;
    call.kind = ActivityKind::Call;
    call.outcome = QStringLiteral("Hẹn gặp");
    call.occurredAt = QDateTime::currentDateTimeUtc();
    Result<qint64> logged = panel->timeline()->log(call);
    REQUIRE(logged.ok());
    CHECK(ActivityService(shell.temp.db()).get(*logged)->related.accountId == account);
    CHECK_FALSE(ActivityService(shell.temp.db()).get(*logged)->related.leadId.has_value());

    Task task;
    task.title = QStringLiteral("Gửi hợp đồng");
    task.dueAt = QDateTime::currentDateTimeUtc().addDays(2);
    Result<qint64> added = panel->tasks()->addTask(task);
    REQUIRE(added.ok());
    CHECK(TaskService(shell.temp.db()).get(*added)->related.accountId == account);
}
