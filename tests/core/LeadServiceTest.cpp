#include "services/LeadService.h"

#include "TempDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

qint64 leadCount(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM leads")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("Creating a lead cleans and normalizes every entry", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    Lead lead;
    lead.fullName = QStringLiteral("  Nguyễn   Văn  Đức ").normalized(QString::NormalizationForm_D);
    lead.phone = QStringLiteral("+84 162 345 6789");
    lead.email = QStringLiteral("  Duc.Nguyen@Example.VN ");
    lead.taxCode = QStringLiteral("0100233488 001");
    lead.address.province = QStringLiteral("Bình Dương");
    Result<Lead> created = service.create(lead);
    REQUIRE(created.ok());
    CHECK(created->fullName == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(created->familyName == QStringLiteral("Nguyễn"));
    CHECK(created->middleName == QStringLiteral("Văn"));
    CHECK(created->givenName == QStringLiteral("Đức"));
    CHECK(created->phone == QStringLiteral("0323456789")); // old 11-digit Viettel number remapped
    CHECK(created->zaloPhone == QStringLiteral("0323456789"));
    CHECK(created->email == QStringLiteral("duc.nguyen@example.vn"));
    CHECK(created->taxCode == QStringLiteral("0100233488-001"));
    CHECK(created->address.province == QStringLiteral("TP Hồ Chí Minh")); // merged in 2025
}

TEST_CASE("A lead is refused, and nothing written, without a name or a way to reach it", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());

    Lead noName;
    noName.phone = QStringLiteral("0912345678");
    Result<Lead> refused = service.create(noName);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("full_name"));

    Lead unreachable;
    unreachable.fullName = QStringLiteral("Trần Thị Bình");
    refused = service.create(unreachable);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("phone"));

    Lead badPhone = unreachable;
    badPhone.phone = QStringLiteral("12345");
    refused = service.create(badPhone);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("12345")));

    Lead badEmail = unreachable;
    badEmail.email = QStringLiteral("binh@@example");
    CHECK(service.create(badEmail).error().field == QStringLiteral("email"));

    Lead badTax = unreachable;
    badTax.email = QStringLiteral("binh@example.vn");
    badTax.taxCode = QStringLiteral("0100233480");
    CHECK(service.create(badTax).error().field == QStringLiteral("tax_code"));

    Lead badProvince = badTax;
    badProvince.taxCode.clear();
    badProvince.address.province = QStringLiteral("Quận 1");
    CHECK(service.create(badProvince).error().field == QStringLiteral("province"));

    CHECK(leadCount(temp.db()) == 0);
}

TEST_CASE("Editing keeps a corrected name split and re-derives it when the name changes", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    Lead lead;
    lead.fullName = QStringLiteral("Nguyễn Phạm Thảo");
    lead.email = QStringLiteral("thao@example.vn");
    Result<Lead> created = service.create(lead);
    REQUIRE(created.ok());

    Lead corrected = *created;
    corrected.familyName = QStringLiteral("Nguyễn Phạm"); // a dual family name, no middle name
    corrected.middleName.clear();
    Result<Lead> saved = service.update(corrected);
    REQUIRE(saved.ok());
    CHECK(saved->familyName == QStringLiteral("Nguyễn Phạm"));
    CHECK(saved->middleName.isEmpty());

    Lead renamed = *saved;
    renamed.fullName = QStringLiteral("Lê Thị Thu Hà");
    saved = service.update(renamed);
    REQUIRE(saved.ok());
    CHECK(saved->familyName == QStringLiteral("Lê"));
    CHECK(saved->middleName == QStringLiteral("Thị Thu"));
    CHECK(saved->givenName == QStringLiteral("Hà"));
}

TEST_CASE("A converted lead is read-only", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    Lead lead;
    lead.fullName = QStringLiteral("Võ Thị Sáu");
    lead.phone = QStringLiteral("0987654321");
    Result<Lead> created = service.create(lead);
    REQUIRE(created.ok());
    Lead converted = *created;
    converted.convertedAt = QDateTime::currentDateTimeUtc();
    Result<Lead> marked = service.repository().update(converted);
    REQUIRE(marked.ok());

    Lead edit = *marked;
    edit.notes = QStringLiteral("sửa sau khi chuyển đổi");
    Result<Lead> refused = service.update(edit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("updateCurrent re-reads and reapplies a change when another writer saved in between",
          "[lead-service]")
{
    TempDatabase temp;
    std::unique_ptr<Database> other = temp.openAnother(QStringLiteral("linh"));
    LeadService mine(temp.db());
    Lead lead;
    lead.fullName = QStringLiteral("Hồ Văn Nam");
    lead.phone = QStringLiteral("0911222333");
    const qint64 id = mine.create(lead)->meta.id;

    int attempts = 0;
    Result<Lead> saved = mine.updateCurrent(id, [&](Lead &current) -> Result<void> {
        ++attempts;
        if (attempts == 1) {
            // Another office member saves between our read and our write.
            Lead theirs = *LeadService(*other).get(id);
            theirs.company = QStringLiteral("Công ty TNHH Sen Vàng");
            REQUIRE(LeadService(*other).update(theirs).ok());
        }
        current.notes = QStringLiteral("Gọi lại sáng thứ Hai");
        return {};
    });
    REQUIRE(saved.ok());
    CHECK(attempts == 2);
    CHECK(saved->meta.version == 3);
    CHECK(saved->company == QStringLiteral("Công ty TNHH Sen Vàng")); // theirs kept
    CHECK(saved->notes == QStringLiteral("Gọi lại sáng thứ Hai"));    // mine applied on top

    // A change that cannot apply stops at once, without retrying or writing.
    attempts = 0;
    Result<Lead> refused = mine.updateCurrent(id, [&](Lead &current) -> Result<void> {
        ++attempts;
        current.phone = QStringLiteral("12");
        return {};
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(attempts == 1);
    CHECK(mine.get(id)->meta.version == 3);
}

TEST_CASE("A change to many leads is saved together and can be put back", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("Đặng Thu Hà"), QStringLiteral("Lê Văn Tám")}) {
        Lead lead;
        lead.fullName = name;
        lead.email = QStringLiteral("khach@example.vn");
        Result<Lead> created = service.create(lead);
        REQUIRE(created.ok());
        ids.append(created->meta.id);
    }

    Result<LeadService::Change> change = service.changeEach(ids, [](Lead &lead) -> Result<void> {
        lead.temperature = Temperature::Hot;
        return {};
    });
    REQUIRE(change.ok());
    REQUIRE(change->after.size() == 2);
    CHECK(change->before.at(0).temperature == Temperature::Cold);
    CHECK(service.get(ids.at(1))->temperature == Temperature::Hot);

    // Undo: the old values over the versions just written.
    QList<Lead> undo = change->before;
    for (qsizetype i = 0; i < undo.size(); ++i)
        undo[i].meta.version = change->after.at(i).meta.version;
    REQUIRE(service.saveAll(undo).ok());
    CHECK(service.get(ids.at(0))->temperature == Temperature::Cold);
    CHECK(service.get(ids.at(1))->temperature == Temperature::Cold);
}

TEST_CASE("A bad value for one lead of many writes nothing and names the lead", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("Đặng Thu Hà"), QStringLiteral("Lê Văn Tám")}) {
        Lead lead;
        lead.fullName = name;
        lead.phone = QStringLiteral("0912345678");
        Result<Lead> created = service.create(lead);
        REQUIRE(created.ok());
        ids.append(created->meta.id);
    }
    Result<LeadService::Change> change = service.changeEach(ids, [](Lead &lead) -> Result<void> {
        lead.notes = QStringLiteral("Đã gọi");
        if (lead.fullName.startsWith(QStringLiteral("Lê")))
            lead.email = QStringLiteral("không-phải-email");
        return {};
    });
    REQUIRE_FALSE(change.ok());
    CHECK(change.error().message.startsWith(QStringLiteral("Lê Văn Tám")));
    CHECK(service.get(ids.at(0))->notes.isEmpty());
}

TEST_CASE("Saving several leads over stale versions writes none of them", "[lead-service]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    Lead lead;
    lead.fullName = QStringLiteral("Phạm Minh Châu");
    lead.phone = QStringLiteral("0912345678");
    Result<Lead> first = service.create(lead);
    lead.phone = QStringLiteral("0987654321");
    Result<Lead> second = service.create(lead);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    Lead fresh = *first;
    fresh.notes = QStringLiteral("mới");
    Lead stale = *second;
    stale.meta.version = 0;
    stale.notes = QStringLiteral("cũ");
    Result<QList<Lead>> saved = service.saveAll({fresh, stale});
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Conflict);
    CHECK(service.get(first->meta.id)->notes.isEmpty());
}
