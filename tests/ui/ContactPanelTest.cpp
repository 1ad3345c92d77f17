#include "contacts/ContactPanel.h"

#include "FormInput.h"
#include "ShellFixture.h"
#include "activities/RecordTasksView.h"
#include "contacts/ContactEditor.h"
#include "services/AccountService.h"
#include "services/ContactService.h"
#include "services/TaskService.h"
#include "shell/MainWindow.h"
#include "storage/ContactRepository.h"
#include "widgets/AccountField.h"
#include "widgets/RecordListPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

qint64 addAccount(Database &db, const QString &name)
{
    Account account;
    account.name = name;
    Result<Account> created = AccountService(db).create(account);
    REQUIRE(created.ok());
    return created->meta.id;
}

ContactPanel *contactPanel(MainWindow &window)
{
    auto *panel = qobject_cast<ContactPanel *>(window.recordPanel(MainWindow::Contacts));
    REQUIRE(panel);
    return panel;
}

// Types part of the account's name and picks the first match, as the user does in the popup.
void chooseAccount(ContactEditor *editor, const QString &typed)
{
    AccountField *field = editor->accountField();
    field->setText(typed);
    Q_EMIT field->textEdited(typed);
    field->search();
    REQUIRE(field->matches()->rowCount() > 0);
    field->choose(0);
}

} // namespace

TEST_CASE("A new contact is created at the account chosen by typing part of its name", "[ui][contact-panel]")
{
    ShellFixture shell(0);
    const qint64 account = addAccount(shell.temp.db(), QStringLiteral("Công ty TNHH Sen Vàng"));
    addAccount(shell.temp.db(), QStringLiteral("Công ty CP Hoa Mai"));
    auto window = shell.open();
    window->newRecord(MainWindow::Contacts);
    ContactPanel *panel = contactPanel(*window);
    ContactEditor *editor = panel->editor();
    typeInto(editor, QStringLiteral("full_name"), QStringLiteral("Trương   Mỹ Lan"));
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("+84 90 123 4567"));
    chooseAccount(editor, QStringLiteral("sen vang")); // without diacritics
    CHECK(editor->accountField()->text() == QStringLiteral("Công ty TNHH Sen Vàng"));
    REQUIRE(panel->save());

    const qint64 id = panel->recordId();
    Result<Contact> stored = ContactService(shell.temp.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->fullName == QStringLiteral("Trương Mỹ Lan"));
    CHECK(stored->givenName == QStringLiteral("Lan"));
    CHECK(stored->accountId == account);
    CHECK(stored->zaloPhone == QStringLiteral("0901234567")); // a mobile is the Zalo number by default
    CHECK(window->page(MainWindow::Contacts)->currentId() == id);

    // The header offers Zalo and the account, one click each.
    const QString reach = panel->reachLabel()->text();
    CHECK(reach.contains(QStringLiteral("href=\"https://zalo.me/0901234567\"")));
    CHECK(reach.contains(QStringLiteral("href=\"sencrm:account/%1\"").arg(account)));
    saveScreenshot(*window, QStringLiteral("contact-panel-vi.png"));
    Q_EMIT panel->reachLabel()->linkActivated(QStringLiteral("sencrm:account/%1").arg(account));
    CHECK(window->currentList() == MainWindow::Accounts);
    CHECK(window->recordPanel(MainWindow::Accounts)->recordId() == account);

    window->undoAction()->trigger();
    CHECK(ContactRepository(shell.temp.db()).count().value() == 0);
    window->redoAction()->trigger();
    CHECK(ContactRepository(shell.temp.db()).count().value() == 1);
}

TEST_CASE("A wrong phone and an account typed but not chosen are said under their fields",
          "[ui][contact-panel]")
{
    ShellFixture shell(0);
    auto window = shell.open();
    window->newRecord(MainWindow::Contacts);
    ContactEditor *editor = contactPanel(*window)->editor();
    typeInto(editor, QStringLiteral("full_name"), QStringLiteral("Đặng Thu Hà"));
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("0912 34"));
    CHECK(editor->errorText(QStringLiteral("phone")) ==
          QStringLiteral("Số điện thoại “0912 34” không hợp lệ."));
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("0912 345 678"));
    CHECK(editor->errorText(QStringLiteral("phone")).isEmpty());

    AccountField *account = editor->accountField();
    account->setText(QStringLiteral("Công ty Không Có"));
    Q_EMIT account->textEdited(account->text());
    Q_EMIT account->editingFinished();
    CHECK(editor->errorText(QStringLiteral("account_id")).contains(QStringLiteral("Công ty Không Có")));
    CHECK_FALSE(contactPanel(*window)->save());
    CHECK(ContactRepository(shell.temp.db()).count().value() == 0);
    saveScreenshot(*window, QStringLiteral("contact-panel-errors-vi.png"));
}

TEST_CASE("Editing a contact is undone and redone, and a colleague's save first is a conflict",
          "[ui][contact-panel]")
{
    ShellFixture shell(0);
    Contact contact;
    contact.fullName = QStringLiteral("Lê Văn Tám");
    const qint64 id = ContactService(shell.temp.db()).create(contact)->meta.id;
    auto window = shell.open();
    window->showList(MainWindow::Contacts);
    REQUIRE(window->page(MainWindow::Contacts)->showRecord(id));
    ContactPanel *panel = contactPanel(*window);
    typeInto(panel->editor(), QStringLiteral("job_title"), QStringLiteral("Giám đốc"));
    REQUIRE(panel->save());
    CHECK(ContactService(shell.temp.db()).get(id)->jobTitle == QStringLiteral("Giám đốc"));
    window->undoAction()->trigger();
    CHECK(ContactService(shell.temp.db()).get(id)->jobTitle.isEmpty());
    window->redoAction()->trigger();
    CHECK(ContactService(shell.temp.db()).get(id)->jobTitle == QStringLiteral("Giám đốc"));

    typeInto(panel->editor(), QStringLiteral("job_title"), QStringLiteral("Bản của tôi"));
    std::unique_ptr<Database> colleague = shell.temp.openAnother(QStringLiteral("dong.nghiep"));
    Contact theirs = ContactService(*colleague).get(id).value();
    theirs.notes = QStringLiteral("Đã đổi số");
    REQUIRE(ContactService(*colleague).update(theirs).ok());
    CHECK_FALSE(panel->save());
    CHECK_FALSE(panel->editor()->errorText(QString()).isEmpty());
    CHECK(qobject_cast<QLineEdit *>(panel->editor()->fieldWidget(QStringLiteral("job_title")))->text() ==
          QStringLiteral("Bản của tôi"));

    // Tasks added here are about this contact.
    Task task;
    task.title = QStringLiteral("Gọi lại anh Tám");
    task.dueAt = QDateTime::currentDateTimeUtc().addDays(1);
    Result<qint64> added = panel->tasks()->addTask(task);
    REQUIRE(added.ok());
    CHECK(TaskService(shell.temp.db()).get(*added)->related.contactId == id);
}
