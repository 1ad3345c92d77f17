#include "services/TagService.h"

#include "TempDatabase.h"
#include "services/LeadFilter.h"
#include "services/LeadService.h"
#include "storage/ChangeLog.h"
#include "storage/LeadRepository.h"

#include <catch2/catch.hpp>

namespace {

QList<qint64> threeLeads(Database &db)
{
    QList<qint64> ids;
    for (const QString &name :
         {QStringLiteral("Đặng Thu Hà"), QStringLiteral("Lê Văn Tám"), QStringLiteral("Võ Thị Sáu")}) {
        Lead lead;
        lead.fullName = name;
        lead.email = QStringLiteral("khach@example.vn");
        Result<Lead> created = LeadService(db).create(lead);
        REQUIRE(created.ok());
        ids.append(created->meta.id);
    }
    return ids;
}

} // namespace

TEST_CASE("A tag is found by its name without diacritics, or made", "[tag-service]")
{
    TempDatabase temp;
    TagService tags(temp.db());
    Result<Tag> vip = tags.ensure(QStringLiteral("  Khách VIP "));
    REQUIRE(vip.ok());
    CHECK(vip->name == QStringLiteral("Khách VIP"));
    Result<Tag> again = tags.ensure(QStringLiteral("khach vip"));
    REQUIRE(again.ok());
    CHECK(again->meta.id == vip->meta.id);
    Result<Tag> empty = tags.ensure(QStringLiteral("   "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("tag"));
}

TEST_CASE("Tagging a selection tags only those without it, logs it, and filters by it", "[tag-service]")
{
    TempDatabase temp;
    const QList<qint64> leads = threeLeads(temp.db());
    TagService tags(temp.db());
    Result<Tag> vip = tags.ensure(QStringLiteral("VIP"));
    REQUIRE(vip.ok());
    REQUIRE(tags.addToLeads(vip->meta.id, {leads.at(0)}).ok());
    Result<QList<qint64>> added = tags.addToLeads(vip->meta.id, leads);
    REQUIRE(added.ok());
    CHECK(*added == QList<qint64>{leads.at(1), leads.at(2)});

    Result<QList<ChangeLogEntry>> history =
        ChangeLog(temp.db()).entriesFor(QStringLiteral("lead"), leads.at(1));
    REQUIRE(history.ok());
    CHECK(history->constLast().changes.value(QStringLiteral("tag_added")).toString() ==
          QStringLiteral("VIP"));

    Result<QList<qint64>> removed = tags.removeFromLeads(vip->meta.id, {leads.at(2), leads.at(2) + 100});
    REQUIRE(removed.ok());
    CHECK(*removed == QList<qint64>{leads.at(2)}); // only the lead that had it
    LeadFilter filter;
    filter.tagId = vip->meta.id;
    ListQuery query;
    filter.applyTo(query, QDateTime::currentDateTimeUtc(), std::nullopt);
    Result<QList<qint64>> tagged = LeadRepository(temp.db()).ids(query.sortBy(QStringLiteral("id")));
    REQUIRE(tagged.ok());
    CHECK(*tagged == QList<qint64>{leads.at(0), leads.at(1)});
    Result<QList<Tag>> ofFirst = tags.tagsOfLead(leads.at(0));
    REQUIRE(ofFirst.ok());
    REQUIRE(ofFirst->size() == 1);
    CHECK(ofFirst->constFirst().name == QStringLiteral("VIP"));
}

TEST_CASE("A saved filter keeps its tag", "[tag-service]")
{
    LeadFilter filter;
    filter.tagId = 7;
    filter.text = QStringLiteral("nguyen");
    CHECK(LeadFilter::fromJson(filter.toJson()) == filter);
}

TEST_CASE("A page of leads gets its tag names in one call, sorted the Vietnamese way", "[tag-service]")
{
    TempDatabase temp;
    const QList<qint64> leads = threeLeads(temp.db());
    TagService tags(temp.db());
    Result<Tag> vip = tags.ensure(QStringLiteral("VIP"));
    Result<Tag> fair = tags.ensure(QStringLiteral("Đã gặp ở hội chợ"));
    Result<Tag> dealer = tags.ensure(QStringLiteral("Đại lý"));
    REQUIRE((vip.ok() && fair.ok() && dealer.ok()));
    REQUIRE(tags.addToLeads(vip->meta.id, {leads.at(0), leads.at(1)}).ok());
    REQUIRE(tags.addToLeads(fair->meta.id, {leads.at(0)}).ok());
    REQUIRE(tags.addToLeads(dealer->meta.id, {leads.at(0)}).ok());

    Result<QHash<qint64, QStringList>> names = tags.tagNamesOfLeads(leads);
    REQUIRE(names.ok());
    CHECK(names->value(leads.at(0)) ==
          QStringList{QStringLiteral("Đã gặp ở hội chợ"), QStringLiteral("Đại lý"), QStringLiteral("VIP")});
    CHECK(names->value(leads.at(1)) == QStringList{QStringLiteral("VIP")});
    CHECK_FALSE(names->contains(leads.at(2)));
    Result<QHash<qint64, QStringList>> none = tags.tagNamesOfLeads({});
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}
