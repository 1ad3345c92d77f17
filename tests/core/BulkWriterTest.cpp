#include "storage/BulkWriter.h"

#include "TempDatabase.h"
#include "services/SearchService.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

QStringList schemaOf(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT name || ':' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")));
    QStringList schema;
    while (query.next())
        schema << query.value(0).toString();
    return schema;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

const QString insertLead = QStringLiteral(
    "INSERT INTO leads (uuid, created_at, updated_at, full_name, phone, search_text, sort_key, status_id) "
    "VALUES (?, '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', ?, ?, ?, ?, ?)");

} // namespace

TEST_CASE("BulkWriter writes rows in one transaction and rebuilds the indexes it suspended", "[bulk]")
{
    TempDatabase temp;
    const QStringList schemaBefore = schemaOf(temp.db());
    {
        Result<std::unique_ptr<BulkWriter>> opened = BulkWriter::open(temp.path());
        REQUIRE(opened.ok());
        BulkWriter &bulk = **opened;
        REQUIRE(bulk.begin().ok());
        REQUIRE(bulk.suspendIndexing(QStringLiteral("leads")).ok());
        Result<BulkWriter::Statement> insert = bulk.prepare(insertLead);
        REQUIRE(insert.ok());
        BulkRow typed;
        typed.addText(u"u-2");
        typed.addText(u"Trần Thị Bình");
        typed.addNull();
        typed.addText(u"tran thi binh");
        typed.addBlob(QByteArray("\x01\x00\x02", 3));
        typed.addInteger(1);
        REQUIRE(
            insert
                ->run({QStringLiteral("u-1"), QStringLiteral("Đặng Văn Lâm"), QStringLiteral("0912345678"),
                       QStringLiteral("dang van lam 0912345678"), QByteArray("\x05", 1), 1})
                .ok());
        REQUIRE(insert->run(typed).ok());
        REQUIRE(bulk.resumeIndexing(QStringLiteral("leads"), 1).ok());
        REQUIRE(bulk.commit().ok());
    }
    CHECK(schemaOf(temp.db()) == schemaBefore);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM leads")) == 2);
    CHECK(count(temp.db(), QStringLiteral("SELECT length(sort_key) FROM leads WHERE uuid = 'u-2'")) == 3);
    CHECK(count(temp.db(),
                QStringLiteral("SELECT count(*) FROM leads WHERE uuid = 'u-2' AND phone IS NULL")) == 1);
    Result<QList<SearchHit>> hits =
        SearchService(temp.db()).search(QStringLiteral("binh"), {SearchEntity::Lead}, 5);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->constFirst().name == QStringLiteral("Trần Thị Bình"));
    // The FTS index is back in its normal configuration for later writes.
    CHECK(count(temp.db(), QStringLiteral("SELECT v FROM leads_fts_config WHERE k = 'automerge'")) == 4);
}

TEST_CASE("A BulkWriter that fails or is abandoned leaves the database as it was", "[bulk]")
{
    TempDatabase temp;
    const QStringList schemaBefore = schemaOf(temp.db());
    {
        Result<std::unique_ptr<BulkWriter>> opened = BulkWriter::open(temp.path());
        REQUIRE(opened.ok());
        BulkWriter &bulk = **opened;
        REQUIRE(bulk.begin().ok());
        REQUIRE(bulk.suspendIndexing(QStringLiteral("leads")).ok());
        Result<BulkWriter::Statement> insert = bulk.prepare(insertLead);
        REQUIRE(insert.ok());
        REQUIRE(insert
                    ->run({QStringLiteral("u-1"), QStringLiteral("Lê An"), QStringLiteral("0912345678"),
                           QStringLiteral("le an"), QByteArray("\x05", 1), 1})
                    .ok());
        // No lead status 999: the foreign key refuses the row, and the writer is dropped uncommitted.
        Result<void> refused =
            insert->run({QStringLiteral("u-2"), QStringLiteral("Lê Bình"), QStringLiteral("0912345679"),
                         QStringLiteral("le binh"), QByteArray("\x05", 1), 999});
        CHECK_FALSE(refused.ok());
    }
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM leads")) == 0);
    CHECK(schemaOf(temp.db()) == schemaBefore);
    CHECK(temp.db().quickCheck().ok());
}

TEST_CASE("BulkWriter refuses a file that is not there", "[bulk]")
{
    TempDatabase temp;
    Result<std::unique_ptr<BulkWriter>> opened =
        BulkWriter::open(temp.dirPath() + QStringLiteral("/missing.db"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Io);
}
