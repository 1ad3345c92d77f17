#include "services/DemoDataGenerator.h"

#include "TempDatabase.h"
#include "services/SearchService.h"
#include "storage/LeadRepository.h"
#include "text/PhoneNumbers.h"
#include "text/Provinces.h"
#include "text/TaxCode.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

qint64 scalar(Database &db, const QString &sql)
{
    return column(db, sql).value(0).toLongLong();
}

} // namespace

TEST_CASE("Demo data comes in the documented proportions", "[demo]")
{
    TempDatabase temp;
    Database &db = temp.db();
    Result<DemoDataCounts> made = DemoDataGenerator(db, 7).generate(DemoDataGenerator::proportionalTo(2000));
    REQUIRE(made.ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads")) == 2000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM accounts")) == 200);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")) == 400);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM opportunities")) == 200);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM activities")) == 200);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tasks")) == 200);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users")) == 5);
    // Indexes and triggers are all back after the bulk write.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'leads_fts_ai'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'leads_phone'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE op = 'bulk_create'")) == 6);
    CHECK(db.quickCheck().ok());
}

TEST_CASE("Demo data is realistic and valid by our own rules", "[demo]")
{
    TempDatabase temp;
    Database &db = temp.db();
    REQUIRE(DemoDataGenerator(db, 3).generate(DemoDataGenerator::proportionalTo(1000)).ok());

    for (const QString &phone :
         column(db, QStringLiteral("SELECT phone FROM leads WHERE phone IS NOT NULL LIMIT 300"))) {
        INFO(phone.toStdString());
        CHECK(PhoneNumbers::parse(phone).key == phone);
        CHECK(PhoneNumbers::parse(phone).kind == PhoneKind::Mobile);
    }
    for (const QString &taxCode : column(db, QStringLiteral("SELECT tax_code FROM accounts"))) {
        INFO(taxCode.toStdString());
        CHECK(TaxCode::check(taxCode).isValid());
    }
    for (const QString &province : column(db, QStringLiteral("SELECT DISTINCT province FROM leads")))
        CHECK(Provinces::all().contains(province));
    // Nguyễn is the most common family name, as in life.
    CHECK(column(db, QStringLiteral(
                         "SELECT family_name FROM leads GROUP BY family_name ORDER BY count(*) DESC LIMIT 1"))
              .value(0) == QStringLiteral("Nguyễn"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE phone IS NULL AND email IS NULL")) ==
          0);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT stage_id) FROM opportunities")) == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM opportunities o JOIN stages s ON s.id = o.stage_id "
                                    "WHERE s.kind = 'lost' AND o.lost_reason_id IS NULL")) == 0);
    // Positions within a stage are 0..n-1 without gaps.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM (SELECT stage_id, max(position) + 1 AS n, count(*) AS c "
                         "FROM opportunities GROUP BY stage_id) WHERE n != c")) == 0);

    // What was written is searchable, through the indexes built at the end.
    const QString someone =
        column(db, QStringLiteral("SELECT full_name FROM leads ORDER BY id LIMIT 1")).value(0);
    Result<QList<SearchHit>> hits = SearchService(db).search(someone, {SearchEntity::Lead}, 50);
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->constFirst().name == someone);
}

TEST_CASE("The same seed gives the same data, another seed does not", "[demo]")
{
    auto fingerprint = [](quint64 seed) {
        TempDatabase temp;
        REQUIRE(DemoDataGenerator(temp.db(), seed).generate(DemoDataGenerator::proportionalTo(300)).ok());
        return column(temp.db(),
                      QStringLiteral("SELECT uuid || full_name || ifnull(phone, '') || ifnull(email, '') "
                                     "|| created_at FROM leads ORDER BY id"));
    };
    const QStringList first = fingerprint(42);
    CHECK(first.size() == 300);
    CHECK(fingerprint(42) == first);
    CHECK(fingerprint(43) != first);
}

TEST_CASE("Demo data adds to an existing database without disturbing it", "[demo]")
{
    TempDatabase temp;
    Database &db = temp.db();
    REQUIRE(DemoDataGenerator(db, 1).generate(DemoDataGenerator::proportionalTo(100)).ok());
    REQUIRE(DemoDataGenerator(db, 2).generate(DemoDataGenerator::proportionalTo(100)).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads")) == 200);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'nguyen*'")) ==
          scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE family_name = 'Nguyễn'")) +
              scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE family_name != 'Nguyễn' AND "
                                        "search_text LIKE '% nguyen%'")));
    CHECK(DemoDataGenerator(db, 1).generate(DemoDataCounts{-1, 0, 0, 0, 0, 0}).error().code ==
          ErrorCode::InvalidInput);
}
