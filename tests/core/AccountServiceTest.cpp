#include "services/AccountService.h"

#include "RowCount.h"
#include "TempDatabase.h"
#include "services/ContactService.h"
#include "services/OpportunityService.h"
#include "storage/StageRepository.h"

#include <catch2/catch.hpp>

namespace {

Account namedAccount(const QString &name)
{
    Account account;
    account.name = name;
    return account;
}

} // namespace

TEST_CASE("Creating an account cleans the name and normalizes tax code, phone, email and province",
          "[account-service]")
{
    TempDatabase temp;
    AccountService service(temp.db());
    Account account;
    account.name = QStringLiteral("  Công ty  TNHH Sen Vàng ").normalized(QString::NormalizationForm_D);
    account.taxCode = QStringLiteral("0100233488");
    account.phone = QStringLiteral("(+84) 24 3825 1234");
    account.email = QStringLiteral(" Info@SenVang.VN");
    account.address.province = QStringLiteral("ha noi");
    account.industry = QStringLiteral(" Bán lẻ ");
    Result<Account> created = service.create(account);
    REQUIRE(created.ok());
    CHECK(created->meta.id > 0);
    CHECK(created->name == QStringLiteral("Công ty TNHH Sen Vàng"));
    CHECK(created->taxCode == QStringLiteral("0100233488"));
    CHECK(created->phone == QStringLiteral("02438251234"));
    CHECK(created->email == QStringLiteral("info@senvang.vn"));
    CHECK(created->address.province == QStringLiteral("Hà Nội"));
    CHECK(created->industry == QStringLiteral("Bán lẻ"));
    CHECK(service.get(created->meta.id)->name == QStringLiteral("Công ty TNHH Sen Vàng"));
}

TEST_CASE("An account is refused, naming the field, and nothing is written when a value is wrong",
          "[account-service]")
{
    TempDatabase temp;
    AccountService service(temp.db());
    const auto refusedField = [&](const Account &account) {
        Result<Account> refused = service.create(account);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(refused.error().message.isEmpty());
        return refused.error().field;
    };
    CHECK(refusedField(namedAccount(QStringLiteral("   "))) == QStringLiteral("name"));

    Account account = namedAccount(QStringLiteral("Công ty CP Hoa Sen"));
    account.taxCode = QStringLiteral("0100233480");
    CHECK(refusedField(account) == QStringLiteral("tax_code"));
    account.taxCode.clear();
    account.phone = QStringLiteral("0123");
    CHECK(refusedField(account) == QStringLiteral("phone"));
    account.phone.clear();
    account.email = QStringLiteral("hoasen@");
    CHECK(refusedField(account) == QStringLiteral("email"));
    account.email.clear();
    account.address.province = QStringLiteral("Quận 1");
    CHECK(refusedField(account) == QStringLiteral("province"));
    account.address.province.clear();
    account.ownerId = 999;
    CHECK(refusedField(account) == QStringLiteral("owner_id"));

    CHECK(rowCount(temp.db(), QStringLiteral("accounts")) == 0);
    CHECK(rowCount(temp.db(), QStringLiteral("change_log WHERE entity = 'account'")) == 0);
}

TEST_CASE("Saving an account over a stale version is a conflict and writes nothing", "[account-service]")
{
    TempDatabase temp;
    std::unique_ptr<Database> other = temp.openAnother(QStringLiteral("linh"));
    AccountService mine(temp.db());
    Result<Account> created = mine.create(namedAccount(QStringLiteral("Công ty TNHH Minh Long")));
    REQUIRE(created.ok());

    Account theirs = *created;
    theirs.notes = QStringLiteral("Khách quen");
    REQUIRE(AccountService(*other).update(theirs).ok());

    Account stale = *created;
    stale.name = QStringLiteral("Công ty TNHH Minh Long 2");
    Result<Account> refused = mine.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    const Account stored = *mine.get(created->meta.id);
    CHECK(stored.name == QStringLiteral("Công ty TNHH Minh Long"));
    CHECK(stored.notes == QStringLiteral("Khách quen"));
    CHECK(stored.meta.version == 2);

    // updateCurrent applies the same change to the version that is there now.
    Result<Account> saved = mine.updateCurrent(created->meta.id, [](Account &account) -> Result<void> {
        account.name = QStringLiteral("Công ty TNHH Minh Long 2");
        return {};
    });
    REQUIRE(saved.ok());
    CHECK(saved->notes == QStringLiteral("Khách quen"));
    CHECK(saved->meta.version == 3);
}

TEST_CASE("An account goes to the trash and comes back, refusing a stale version", "[account-service]")
{
    TempDatabase temp;
    AccountService service(temp.db());
    Result<Account> created = service.create(namedAccount(QStringLiteral("Hợp tác xã Nông sản Xanh")));
    REQUIRE(created.ok());
    const qint64 id = created->meta.id;

    Result<Account> edited = service.updateCurrent(id, [](Account &account) -> Result<void> {
        account.notes = QStringLiteral("đã gọi");
        return {};
    });
    REQUIRE(edited.ok());
    Result<RecordMeta> stale = service.moveToTrash(id, created->meta.version);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK_FALSE(service.get(id)->meta.isDeleted());

    Result<RecordMeta> trashed = service.moveToTrash(id, edited->meta.version);
    REQUIRE(trashed.ok());
    CHECK(trashed->isDeleted());
    CHECK(service.get(id)->meta.isDeleted());
    CHECK(service.repository().count(ListQuery()).value() == 0);

    Result<RecordMeta> restored = service.restore(id, trashed->version);
    REQUIRE(restored.ok());
    CHECK_FALSE(service.get(id)->meta.isDeleted());
    CHECK(service.repository().count(ListQuery()).value() == 1);
}

TEST_CASE("An account lists its own live contacts by given name and its live deals newest first",
          "[account-service]")
{
    TempDatabase temp;
    AccountService accounts(temp.db());
    ContactService contacts(temp.db());
    OpportunityService deals(temp.db());
    const qint64 sen = accounts.create(namedAccount(QStringLiteral("Công ty Sen")))->meta.id;
    const qint64 other = accounts.create(namedAccount(QStringLiteral("Công ty Khác")))->meta.id;

    const auto addContact = [&](const QString &name, qint64 accountId) {
        Contact contact;
        contact.fullName = name;
        contact.accountId = accountId;
        Result<Contact> created = contacts.create(contact);
        REQUIRE(created.ok());
        return created->meta.id;
    };
    addContact(QStringLiteral("Nguyễn Thị Bình"), sen);
    addContact(QStringLiteral("Trần Văn An"), sen);
    const qint64 trashed = addContact(QStringLiteral("Lê Văn Cường"), sen);
    addContact(QStringLiteral("Phạm Thị Anh"), other);
    REQUIRE(contacts.moveToTrash(trashed).ok());

    Result<QList<Contact>> people = accounts.contactsOf(sen);
    REQUIRE(people.ok());
    QStringList names;
    for (const Contact &contact : std::as_const(*people))
        names << contact.fullName;
    CHECK(names == QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Nguyễn Thị Bình")});

    const Stage stage =
        StageRepository(temp.db()).list(ListQuery().sortBy(QStringLiteral("id")))->constFirst();
    const auto addDeal = [&](const QString &name, qint64 accountId) {
        Opportunity deal;
        deal.name = name;
        deal.accountId = accountId;
        deal.pipelineId = stage.pipelineId;
        deal.stageId = stage.meta.id;
        Result<Opportunity> created = deals.create(deal);
        REQUIRE(created.ok());
        return created->meta.id;
    };
    const qint64 first = addDeal(QStringLiteral("Bán 100 máy lọc nước"), sen);
    const qint64 gone = addDeal(QStringLiteral("Bảo trì năm 2025"), sen);
    const qint64 second = addDeal(QStringLiteral("Mở rộng chi nhánh"), sen);
    addDeal(QStringLiteral("Không liên quan"), other);
    REQUIRE(deals.moveToTrash(gone).ok());

    Result<QList<Opportunity>> opportunities = accounts.opportunitiesOf(sen);
    REQUIRE(opportunities.ok());
    QList<qint64> ids;
    for (const Opportunity &deal : std::as_const(*opportunities))
        ids << deal.meta.id;
    CHECK(ids == QList<qint64>{second, first});
}
