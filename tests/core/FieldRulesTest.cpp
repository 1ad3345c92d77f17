#include "services/FieldRules.h"

#include "QtCatchPrinters.h"
#include "domain/Address.h"

#include <catch2/catch.hpp>

TEST_CASE("Field rules return the stored form of a valid value and keep empty optional fields empty",
          "[field-rules]")
{
    CHECK(*FieldRules::phone(QStringLiteral(" 0912.345.678 "), QStringLiteral("phone2")) ==
          QStringLiteral("0912345678"));
    CHECK(*FieldRules::email(QStringLiteral("  An.Le@Example.VN ")) == QStringLiteral("an.le@example.vn"));
    CHECK(*FieldRules::taxCode(QStringLiteral("0100233488 001")) == QStringLiteral("0100233488-001"));
    CHECK(*FieldRules::province(QStringLiteral("tp.hcm")) == QStringLiteral("TP Hồ Chí Minh"));
    for (const QString &empty : {QString(), QStringLiteral("   ")}) {
        CHECK(FieldRules::phone(empty, QStringLiteral("phone"))->isEmpty());
        CHECK(FieldRules::email(empty)->isEmpty());
        CHECK(FieldRules::taxCode(empty)->isEmpty());
        CHECK(FieldRules::province(empty)->isEmpty());
    }
    const QString decomposed = QStringLiteral(" Công  ty Sen ").normalized(QString::NormalizationForm_D);
    CHECK(*FieldRules::requiredText(decomposed, QStringLiteral("name"), QStringLiteral("needed")) ==
          QStringLiteral("Công ty Sen"));
}

TEST_CASE("Field rules refuse a wrong value with the field it came from and the value in the message",
          "[field-rules]")
{
    Result<QString> phone = FieldRules::phone(QStringLiteral("12345"), QStringLiteral("zalo_phone"));
    REQUIRE_FALSE(phone.ok());
    CHECK(phone.error().code == ErrorCode::InvalidInput);
    CHECK(phone.error().field == QStringLiteral("zalo_phone"));
    CHECK(phone.error().message.contains(QStringLiteral("12345")));

    Result<QString> email = FieldRules::email(QStringLiteral("an@@example"));
    REQUIRE_FALSE(email.ok());
    CHECK(email.error().field == QStringLiteral("email"));
    CHECK(email.error().message.contains(QStringLiteral("an@@example")));

    Result<QString> checkDigit = FieldRules::taxCode(QStringLiteral("0100233480"));
    REQUIRE_FALSE(checkDigit.ok());
    CHECK(checkDigit.error().field == QStringLiteral("tax_code"));
    Result<QString> format = FieldRules::taxCode(QStringLiteral("12345"));
    REQUIRE_FALSE(format.ok());
    CHECK(format.error().message != checkDigit.error().message);

    Result<QString> province =
        FieldRules::province(QStringLiteral("Quận 1"), QStringLiteral("billing_province"));
    REQUIRE_FALSE(province.ok());
    CHECK(province.error().field == QStringLiteral("billing_province"));

    Result<QString> required = FieldRules::requiredText(QStringLiteral(" \t "), QStringLiteral("title"),
                                                        QStringLiteral("Needs a title"));
    REQUIRE_FALSE(required.ok());
    CHECK(required.error().field == QStringLiteral("title"));
    CHECK(required.error().message == QStringLiteral("Needs a title"));
}

TEST_CASE("A person's name is split, built from its parts, and a corrected split is kept", "[field-rules]")
{
    QString full = QStringLiteral("  Lê Thị  Thu Hà ");
    QString family, middle, given;
    FieldRules::personName(full, family, middle, given);
    CHECK(full == QStringLiteral("Lê Thị Thu Hà"));
    CHECK(family == QStringLiteral("Lê"));
    CHECK(middle == QStringLiteral("Thị Thu"));
    CHECK(given == QStringLiteral("Hà"));

    // A dual family name the user corrected still spells the full name: kept.
    full = QStringLiteral("Nguyễn Phạm Thảo");
    family = QStringLiteral("Nguyễn Phạm");
    middle.clear();
    given = QStringLiteral("Thảo");
    FieldRules::personName(full, family, middle, given);
    CHECK(family == QStringLiteral("Nguyễn Phạm"));
    CHECK(middle.isEmpty());

    // Only the parts typed: the full name is built from them.
    full.clear();
    family = QStringLiteral("Trần");
    middle = QStringLiteral("Văn");
    given = QStringLiteral("Bảo");
    FieldRules::personName(full, family, middle, given);
    CHECK(full == QStringLiteral("Trần Văn Bảo"));
}

TEST_CASE("A person's Zalo number defaults to the main mobile, never to a landline", "[field-rules]")
{
    QString phone = QStringLiteral("+84 912 345 678"), phone2, zalo;
    REQUIRE(FieldRules::personPhones(phone, phone2, zalo).ok());
    CHECK(phone == QStringLiteral("0912345678"));
    CHECK(zalo == QStringLiteral("0912345678"));

    phone = QStringLiteral("024 3825 1234");
    zalo.clear();
    REQUIRE(FieldRules::personPhones(phone, phone2, zalo).ok());
    CHECK(zalo.isEmpty());

    phone2 = QStringLiteral("999");
    Result<void> refused = FieldRules::personPhones(phone, phone2, zalo);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("phone2"));
}

TEST_CASE("An address is cleaned and its province made official, the original text kept", "[field-rules]")
{
    Address address;
    address.street = QStringLiteral("  12  Lý Thường Kiệt ");
    address.province = QStringLiteral("Bình Dương");
    address.original = QStringLiteral(" 12 Lý Thường Kiệt, Thủ Dầu Một, Bình Dương ");
    REQUIRE(FieldRules::address(address).ok());
    CHECK(address.street == QStringLiteral("12 Lý Thường Kiệt"));
    CHECK(address.province == QStringLiteral("TP Hồ Chí Minh"));
    CHECK(address.original == QStringLiteral("12 Lý Thường Kiệt, Thủ Dầu Một, Bình Dương"));

    address.province = QStringLiteral("Sao Hỏa");
    CHECK(FieldRules::address(address).error().field == QStringLiteral("province"));
}

TEST_CASE("Amounts are whole dong however they are written, and anything else names the field",
          "[field-rules]")
{
    CHECK(*FieldRules::amount(QStringLiteral("150.000.000")) == 150'000'000);
    CHECK(*FieldRules::amount(QStringLiteral("150000000 ₫")) == 150'000'000);
    CHECK(*FieldRules::amount(QStringLiteral(" 1.234.567 VND ")) == 1'234'567);
    CHECK(*FieldRules::amount(QString()) == 0);
    CHECK(*FieldRules::amount(QStringLiteral("-5.000")) == -5000); // the service refuses it, by name
    Result<qint64> words = FieldRules::amount(QStringLiteral("150 triệu"), QStringLiteral("budget"));
    REQUIRE_FALSE(words.ok());
    CHECK(words.error().field == QStringLiteral("budget"));
    CHECK(words.error().code == ErrorCode::InvalidInput);
}
