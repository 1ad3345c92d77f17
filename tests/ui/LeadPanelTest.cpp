#include "leads/LeadPanel.h"

#include "FormInput.h"
#include "ShellFixture.h"
#include "leads/LeadEditor.h"
#include "leads/LeadTableModel.h"
#include "leads/LeadTagsView.h"
#include "services/LeadService.h"
#include "services/TagService.h"
#include "shell/MainWindow.h"
#include "storage/AccountRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "widgets/RecordListPage.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

namespace {

qint64 liveLeads(ShellFixture &shell)
{
    return LeadRepository(shell.temp.db()).count().value();
}

// Receives the links the panel opens, instead of a phone app or browser.
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

TEST_CASE("A wrong phone is reported in Vietnamese when the user leaves the field", "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    window->newLead();
    LeadEditor *editor = window->leadPanel()->editor();
    typeInto(editor, QStringLiteral("full_name"), QStringLiteral("Đặng Thu Hà"));
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("0912 34"));
    CHECK(editor->errorText(QStringLiteral("phone")) ==
          QStringLiteral("Số điện thoại “0912 34” không hợp lệ."));
    // Fixing it clears the message as soon as the field is left again.
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("0912 345 678"));
    CHECK(editor->errorText(QStringLiteral("phone")).isEmpty());
    // A missing phone and email is only said on save, under the phone.
    typeInto(editor, QStringLiteral("phone"), QString());
    CHECK_FALSE(window->leadPanel()->save());
    CHECK(editor->errorText(QStringLiteral("phone")).contains(QStringLiteral("email")));
    saveScreenshot(*window, QStringLiteral("lead-editor-errors-vi.png"));
}

TEST_CASE("Ctrl+N, typing and saving creates a lead, and undo takes it back", "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    const qint64 before = liveLeads(shell);
    window->newLead();
    LeadEditor *editor = window->leadPanel()->editor();
    typeInto(editor, QStringLiteral("full_name"), QStringLiteral("  Trương   Mỹ Lan "));
    typeInto(editor, QStringLiteral("phone"), QStringLiteral("+84 90 123 4567"));
    typeInto(editor, QStringLiteral("email"), QStringLiteral("Lan.Truong@Gmail.com"));
    REQUIRE(window->leadPanel()->save());

    CHECK(liveLeads(shell) == before + 1);
    const qint64 id = window->leadPanel()->leadId();
    REQUIRE(id > 0);
    Result<Lead> stored = LeadService(shell.temp.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->fullName == QStringLiteral("Trương Mỹ Lan"));
    CHECK(stored->phone == QStringLiteral("0901234567"));
    CHECK(stored->email == QStringLiteral("lan.truong@gmail.com"));
    // The list re-read itself and shows the new lead selected.
    RecordListPage *page = window->page(MainWindow::Leads);
    CHECK(page->model()->rowCount() == before + 1);
    CHECK(page->currentId() == id);

    window->undoAction()->trigger();
    CHECK(liveLeads(shell) == before);
    CHECK(page->model()->rowCount() == before);
    window->redoAction()->trigger();
    CHECK(liveLeads(shell) == before + 1);
    CHECK(LeadService(shell.temp.db()).get(id)->meta.deletedAt.isNull());
}

TEST_CASE("Editing a lead is undone and redone through the services", "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    REQUIRE(page->stepRecord(1));
    const qint64 id = page->currentId();
    REQUIRE(window->leadPanel()->leadId() == id);
    const QString oldCompany = LeadService(shell.temp.db()).get(id)->company;

    typeInto(window->leadPanel()->editor(), QStringLiteral("company"),
             QStringLiteral("Công ty TNHH Sen Vàng"));
    REQUIRE(window->leadPanel()->save());
    CHECK(LeadService(shell.temp.db()).get(id)->company == QStringLiteral("Công ty TNHH Sen Vàng"));
    // The list row shows the new company without a restart.
    CHECK(page->model()->index(page->view()->currentIndex().row(), LeadTableModel::CompanyColumn).data() ==
          QStringLiteral("Công ty TNHH Sen Vàng"));

    window->undoAction()->trigger();
    CHECK(LeadService(shell.temp.db()).get(id)->company == oldCompany);
    // The panel follows the undo, since the form had no edits of its own.
    auto *company =
        qobject_cast<QLineEdit *>(window->leadPanel()->editor()->fieldWidget(QStringLiteral("company")));
    CHECK(company->text() == oldCompany);
    window->redoAction()->trigger();
    CHECK(LeadService(shell.temp.db()).get(id)->company == QStringLiteral("Công ty TNHH Sen Vàng"));
}

TEST_CASE("A lead someone else saved meanwhile is a conflict, and the edit stays on screen",
          "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    REQUIRE(page->stepRecord(1));
    const qint64 id = page->currentId();
    auto *company =
        qobject_cast<QLineEdit *>(window->leadPanel()->editor()->fieldWidget(QStringLiteral("company")));
    company->setText(QStringLiteral("Bản của tôi"));
    Q_EMIT company->textEdited(company->text());

    // Another program (a colleague) saves the same lead first.
    std::unique_ptr<Database> colleague = shell.temp.openAnother(QStringLiteral("dong.nghiep"));
    REQUIRE(LeadService(*colleague)
                .updateCurrent(id,
                               [](Lead &lead) -> Result<void> {
                                   lead.notes = QStringLiteral("Khách hẹn gọi lại thứ Hai");
                                   return {};
                               })
                .ok());

    const int steps = window->undoStack()->count();
    CHECK_FALSE(window->leadPanel()->save());
    CHECK_FALSE(window->leadPanel()->editor()->errorText(QString()).isEmpty());
    CHECK(company->text() == QStringLiteral("Bản của tôi"));
    CHECK(window->undoStack()->count() == steps); // the refused save left no undo step
    CHECK(LeadService(shell.temp.db()).get(id)->notes == QStringLiteral("Khách hẹn gọi lại thứ Hai"));
}

TEST_CASE("Delete moves the selected leads to the trash, and undo restores them", "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    const qint64 before = liveLeads(shell);
    page->view()->selectRow(0);
    page->view()->selectionModel()->select(page->model()->index(2, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(page->selectedIds().size() == 2);
    window->trashAction()->trigger();
    CHECK(liveLeads(shell) == before - 2);
    CHECK(page->model()->rowCount() == before - 2);
    window->undoAction()->trigger();
    CHECK(liveLeads(shell) == before);
    CHECK(page->model()->rowCount() == before);
}

TEST_CASE("Phone, email and Zalo open with one click", "[ui][lead-panel]")
{
    Lead lead;
    lead.fullName = QStringLiteral("Võ Thị Sáu");
    lead.phone = QStringLiteral("0912345678");
    lead.email = QStringLiteral("sau.vo@example.vn");
    lead.zaloPhone = QStringLiteral("0912345678");
    CHECK(LeadPanel::reachLinks(lead) == QStringList{QStringLiteral("tel:0912345678"),
                                                     QStringLiteral("mailto:sau.vo@example.vn"),
                                                     QStringLiteral("https://zalo.me/0912345678")});

    ShellFixture shell(0);
    Result<Lead> created = LeadService(shell.temp.db()).create(lead);
    REQUIRE(created.ok());
    auto window = shell.open();
    REQUIRE(window->page(MainWindow::Leads)->showRecord(created->meta.id));
    QLabel *reach = window->leadPanel()->reachLabel();
    CHECK(reach->text().contains(QStringLiteral("href=\"tel:0912345678\"")));
    // The form shows the number grouped as people write it; saving keeps the same key.
    auto *phone =
        qobject_cast<QLineEdit *>(window->leadPanel()->editor()->fieldWidget(QStringLiteral("phone")));
    CHECK(phone->text() == QStringLiteral("0912 345 678"));
    typeInto(window->leadPanel()->editor(), QStringLiteral("company"), QStringLiteral("Sen Vàng"));
    REQUIRE(window->leadPanel()->save());
    CHECK(LeadService(shell.temp.db()).get(created->meta.id)->phone == QStringLiteral("0912345678"));

    LinkCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("tel"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    Q_EMIT reach->linkActivated(QStringLiteral("tel:0912345678"));
    Q_EMIT reach->linkActivated(QStringLiteral("https://zalo.me/0912345678"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    CHECK(catcher.opened == QList<QUrl>{QUrl(QStringLiteral("tel:0912345678")),
                                        QUrl(QStringLiteral("https://zalo.me/0912345678"))});
}

TEST_CASE("Next and previous record walk the list", "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    REQUIRE(page->stepRecord(1));
    const qint64 first = page->currentId();
    REQUIRE(page->stepRecord(1));
    CHECK(page->currentId() == page->model()->recordId(1));
    CHECK(window->leadPanel()->leadId() == page->currentId());
    REQUIRE(page->stepRecord(-1));
    CHECK(page->currentId() == first);
    CHECK_FALSE(page->stepRecord(-1));
}

#include "LeadPanelTest.moc"

TEST_CASE("A converted lead is read-only and links to what it became", "[ui][lead-panel]")
{
    ShellFixture shell(0);
    Database &db = shell.temp.db();
    Account account;
    account.name = QStringLiteral("Công ty TNHH Sen Vàng");
    Result<Account> storedAccount = AccountRepository(db).create(account);
    REQUIRE(storedAccount.ok());
    Contact contact;
    contact.fullName = QStringLiteral("Đặng Thu Hà");
    contact.accountId = storedAccount->meta.id;
    Result<Contact> storedContact = ContactRepository(db).create(contact);
    REQUIRE(storedContact.ok());
    Lead lead;
    lead.fullName = QStringLiteral("Đặng Thu Hà");
    lead.phone = QStringLiteral("0912345678");
    Result<Lead> created = LeadService(db).create(lead);
    REQUIRE(created.ok());
    // What the conversion service (issue #5) will write; the panel only shows it.
    Lead converted = *created;
    converted.convertedAt = QDateTime::currentDateTimeUtc();
    converted.convertedAccountId = storedAccount->meta.id;
    converted.convertedContactId = storedContact->meta.id;
    REQUIRE(LeadRepository(db).update(converted).ok());

    auto window = shell.open();
    REQUIRE(window->page(MainWindow::Leads)->showRecord(created->meta.id));
    const QString links = window->leadPanel()->reachLabel()->text();
    CHECK(links.contains(QStringLiteral("sencrm:account/%1").arg(storedAccount->meta.id)));
    CHECK(links.contains(QStringLiteral("Liên hệ: Đặng Thu Hà")));
    CHECK_FALSE(window->leadPanel()->editor()->fieldWidget(QStringLiteral("full_name"))->isEnabled());
}

TEST_CASE("A lead's tags show on it and in the list, and are put on and taken off with undo",
          "[ui][lead-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    RecordListPage *page = window->page(MainWindow::Leads);
    REQUIRE(page->stepRecord(1));
    const qint64 id = page->currentId();
    LeadTagsView *tags = window->leadPanel()->tagsView();
    REQUIRE(tags->isVisibleTo(window.get()));
    TagService service(shell.temp.db());
    const auto storedTags = [&] {
        QStringList names;
        const QList<Tag> stored = service.tagsOfLead(id).value(); // a local: see Result::value() &&
        for (const Tag &tag : stored)
            names << tag.name;
        return names;
    };
    const auto listCell = [&] {
        return page->model()->index(page->view()->currentIndex().row(), LeadTableModel::TagsColumn).data();
    };
    const QStringList before = storedTags();

    REQUIRE(tags->addTag(QStringLiteral("  Hội chợ  Sài Gòn ")).ok());
    CHECK(storedTags().contains(QStringLiteral("Hội chợ Sài Gòn")));
    CHECK(tags->tagNames().contains(QStringLiteral("Hội chợ Sài Gòn")));
    CHECK(tags->tagsLabel()->text().contains(QStringLiteral("Hội chợ Sài Gòn")));
    CHECK(listCell().toString().contains(QStringLiteral("Hội chợ Sài Gòn")));
    saveScreenshot(*window, QStringLiteral("lead-tags-vi"));

    // The × beside a tag takes it off; undo puts it back, and undo again takes the new tag away.
    const qint64 tagId = service.ensure(QStringLiteral("hoi cho sai gon"))->meta.id;
    Q_EMIT tags->tagsLabel()->linkActivated(QStringLiteral("remove-tag:%1").arg(tagId));
    CHECK_FALSE(storedTags().contains(QStringLiteral("Hội chợ Sài Gòn")));
    CHECK_FALSE(tags->tagNames().contains(QStringLiteral("Hội chợ Sài Gòn")));
    CHECK_FALSE(listCell().toString().contains(QStringLiteral("Hội chợ Sài Gòn")));
    window->undoAction()->trigger();
    CHECK(tags->tagNames().contains(QStringLiteral("Hội chợ Sài Gòn")));
    window->undoAction()->trigger();
    CHECK(storedTags() == before);
    CHECK(tags->tagNames() == before);

    CHECK_FALSE(tags->removeTag(tagId).ok()); // not on the lead any more
    CHECK_FALSE(tags->addTag(QStringLiteral("   ")).ok());
}
