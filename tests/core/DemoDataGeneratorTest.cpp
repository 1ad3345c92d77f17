#include "services/DemoDataGenerator.h"

#include "TempDatabase.h"
#include "services/SearchService.h"
#include "storage/AccountRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/TaskRepository.h"
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

// Every row of the table holds, column for column, what its repository would write for the record
// it reads back: the derived search text and sort key included.
template <typename Repo> void checkWrittenAsRepositoryWould(Database &db, Repo &repository)
{
    const auto &mapping = Repo::mapping();
    QSqlQuery stored(db.connection());
    REQUIRE(stored.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                            .arg(mapping.columnNames().join(u','), mapping.table)));
    int rows = 0;
    while (stored.next()) {
        auto record = repository.get(stored.value(0).toLongLong());
        REQUIRE(record.ok());
        const QVariantList expected = mapping.values(*record, db);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QVariant actual = stored.value(int(i) + 1);
            INFO(mapping.table.toStdString()
                 << " " << stored.value(0).toLongLong() << " " << mapping.columns.at(i).name.toStdString());
            REQUIRE(actual.isNull() == expected.at(i).isNull());
            if (expected.at(i).typeId() == QMetaType::QByteArray)
                CHECK(actual.toByteArray() == expected.at(i).toByteArray());
            else if (!expected.at(i).isNull())
                CHECK(actual.toString() == expected.at(i).toString());
        }
        ++rows;
    }
    CHECK(rows > 0);
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

TEST_CASE("Demo data is what the repositories would have written, with sound indexes", "[demo]")
{
    TempDatabase temp;
    Database &db = temp.db();
    REQUIRE(DemoDataGenerator(db, 5).generate(DemoDataGenerator::proportionalTo(2000)).ok());
    LeadRepository leads(db);
    ContactRepository contacts(db);
    AccountRepository accounts(db);
    checkWrittenAsRepositoryWould(db, leads);
    checkWrittenAsRepositoryWould(db, contacts);
    checkWrittenAsRepositoryWould(db, accounts);
    OpportunityRepository deals(db);
    TaskRepository tasks(db);
    checkWrittenAsRepositoryWould(db, deals);
    checkWrittenAsRepositoryWould(db, tasks);

    // The search indexes built on the side agree with their tables.
    for (const QString &fts :
         {QStringLiteral("leads_fts"), QStringLiteral("contacts_fts"), QStringLiteral("accounts_fts")}) {
        QSqlQuery check(db.connection());
        INFO(fts.toStdString());
        CHECK(check.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 0)").arg(fts)));
    }
    // References were made, not checked, during the write: all of them hold.
    CHECK(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    // The sort indexes are back, and leads were created in the order of their ids.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                    "('leads_by_name', 'leads_by_created')")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads a JOIN leads b ON b.id = a.id + 1 "
                                    "WHERE b.created_at < a.created_at")) == 0);
    // A lead added afterwards goes through the triggers into the index moved in.
    Lead lead;
    lead.fullName = QStringLiteral("Quách Thị Xuyến");
    lead.familyName = QStringLiteral("Quách");
    lead.middleName = QStringLiteral("Thị");
    lead.givenName = QStringLiteral("Xuyến");
    REQUIRE(leads.create(lead).ok());
    Result<QList<SearchHit>> hits =
        SearchService(db).search(QStringLiteral("xuyen"), {SearchEntity::Lead}, 5);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->constFirst().name == lead.fullName);
    QSqlQuery check(db.connection());
    CHECK(check.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 0)")));
}

TEST_CASE("Demo addresses put each commune in its own province", "[demo]")
{
    TempDatabase temp;
    Database &db = temp.db();
    REQUIRE(DemoDataGenerator(db, 11).generate(DemoDataGenerator::proportionalTo(3000)).ok());
    // Wards of the big cities appear, and only in their city (once "Phường Ba Đình" was in An Giang).
    for (const auto &[commune, province] :
         {std::pair{QStringLiteral("Phường Ba Đình"), QStringLiteral("Hà Nội")},
          std::pair{QStringLiteral("Phường Bến Thành"), QStringLiteral("TP Hồ Chí Minh")},
          std::pair{QStringLiteral("Phường Hải Châu"), QStringLiteral("Đà Nẵng")},
          std::pair{QStringLiteral("Phường Ninh Kiều"), QStringLiteral("Cần Thơ")}}) {
        INFO(commune.toStdString());
        QSqlQuery query(db.connection());
        REQUIRE(query.prepare(QStringLiteral(
            "SELECT count(*), count(*) FILTER (WHERE province IS NOT ?) FROM leads WHERE commune = ?")));
        query.addBindValue(province);
        query.addBindValue(commune);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        CHECK(query.value(0).toLongLong() > 0);
        CHECK(query.value(1).toLongLong() == 0);
    }
    // A commune named in one province's list never turns up in two provinces, except the common
    // names every province may have.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM (SELECT commune FROM leads WHERE commune LIKE 'Phường %' "
                         "GROUP BY commune HAVING count(DISTINCT province) > 1)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM leads WHERE commune IS NULL")) == 0);
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
