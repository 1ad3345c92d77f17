#include "services/ContactService.h"

#include "RowCount.h"
#include "TempDatabase.h"
#include "services/AccountService.h"

#include <catch2/catch.hpp>

TEST_CASE("A contact needs only a name, split like a lead's, with phones and email normalized",
          "[contact-service]")
{
    TempDatabase temp;
    ContactService service(temp.db());
    Contact nameOnly;
    nameOnly.fullName = QStringLiteral(" Đỗ  Minh Khôi ").normalized(QString::NormalizationForm_D);
    Result<Contact> created = service.create(nameOnly);
    REQUIRE(created.ok());
    CHECK(created->fullName == QStringLiteral("Đỗ Minh Khôi"));
    CHECK(created->familyName == QStringLiteral("Đỗ"));
    CHECK(created->middleName == QStringLiteral("Minh"));
    CHECK(created->givenName == QStringLiteral("Khôi"));

    Contact full;
    full.fullName = QStringLiteral("Vũ Thị Lan");
    full.phone = QStringLiteral("0168 123 4567");
    full.phone2 = QStringLiteral("028 3822 1234");
    full.email = QStringLiteral("Lan.Vu@Example.com ");
    full.address.province = QStringLiteral("Sài Gòn");
    created = service.create(full);
    REQUIRE(created.ok());
    CHECK(created->phone == QStringLiteral("0381234567")); // old 11-digit Viettel 0168 → 038
    CHECK(created->zaloPhone == created->phone);
    CHECK(created->phone2 == QStringLiteral("02838221234"));
    CHECK(created->email == QStringLiteral("lan.vu@example.com"));
    CHECK(created->address.province == QStringLiteral("TP Hồ Chí Minh"));
}

TEST_CASE("A contact is refused, naming the field, without a name or with a wrong value or account",
          "[contact-service]")
{
    TempDatabase temp;
    ContactService service(temp.db());
    Contact contact;
    contact.phone = QStringLiteral("0912345678");
    Result<Contact> refused = service.create(contact);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("full_name"));

    contact.fullName = QStringLiteral("Hoàng Văn Tú");
    contact.zaloPhone = QStringLiteral("555");
    CHECK(service.create(contact).error().field == QStringLiteral("zalo_phone"));
    contact.zaloPhone.clear();
    contact.email = QStringLiteral("tu at example.vn");
    CHECK(service.create(contact).error().field == QStringLiteral("email"));
    contact.email.clear();

    contact.accountId = 4242;
    refused = service.create(contact);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("account_id"));
    CHECK(refused.error().message.contains(QStringLiteral("4242")));
    CHECK(rowCount(temp.db(), QStringLiteral("contacts")) == 0);

    // An account that exists, even one in the trash, is accepted.
    Account account;
    account.name = QStringLiteral("Công ty Tú Anh");
    const qint64 accountId = AccountService(temp.db()).create(account)->meta.id;
    REQUIRE(AccountService(temp.db()).moveToTrash(accountId).ok());
    contact.accountId = accountId;
    CHECK(service.create(contact).ok());
}

TEST_CASE("Editing a contact keeps a corrected split, and a stale version is a conflict", "[contact-service]")
{
    TempDatabase temp;
    ContactService service(temp.db());
    Contact contact;
    contact.fullName = QStringLiteral("Tôn Nữ Thị Hà");
    Result<Contact> created = service.create(contact);
    REQUIRE(created.ok());

    Contact corrected = *created;
    corrected.familyName = QStringLiteral("Tôn Nữ");
    corrected.middleName = QStringLiteral("Thị");
    Result<Contact> saved = service.update(corrected);
    REQUIRE(saved.ok());
    CHECK(saved->familyName == QStringLiteral("Tôn Nữ"));
    CHECK(saved->middleName == QStringLiteral("Thị"));

    Contact stale = *created; // version 1, the file has 2
    stale.jobTitle = QStringLiteral("Giám đốc");
    Result<Contact> refused = service.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    const Contact stored = *service.get(created->meta.id);
    CHECK(stored.jobTitle.isEmpty());
    CHECK(stored.familyName == QStringLiteral("Tôn Nữ"));
    CHECK(stored.meta.version == 2);
}

TEST_CASE("A contact goes to the trash and is restored", "[contact-service]")
{
    TempDatabase temp;
    ContactService service(temp.db());
    Contact contact;
    contact.fullName = QStringLiteral("Mai Anh Tuấn");
    const Contact created = *service.create(contact);
    Result<RecordMeta> trashed = service.moveToTrash(created.meta.id, created.meta.version);
    REQUIRE(trashed.ok());
    CHECK(service.repository().count(ListQuery()).value() == 0);
    CHECK(service.get(created.meta.id)->meta.isDeleted());
    CHECK(service.restore(created.meta.id, created.meta.version).error().code == ErrorCode::Conflict);
    REQUIRE(service.restore(created.meta.id, trashed->version).ok());
    CHECK(service.repository().count(ListQuery()).value() == 1);
}
