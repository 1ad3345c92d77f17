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

TEST_CASE("A search index built on the side replaces the index of a table that was empty", "[bulk]")
{
    TempDatabase temp;
    {
        Result<std::unique_ptr<BulkWriter>> opened = BulkWriter::open(temp.path());
        REQUIRE(opened.ok());
        BulkWriter &bulk = **opened;
        REQUIRE(bulk.begin().ok());
        REQUIRE(bulk.suspendIndexing(QStringLiteral("leads")).ok());
        Result<std::unique_ptr<SearchIndexBuilder>> builder =
            bulk.searchIndexBuilder(QStringLiteral("leads"));
        REQUIRE(builder.ok());
        Result<BulkWriter::Statement> insert = bulk.prepare(insertLead);
        REQUIRE(insert.ok());
        const QStringList names{QStringLiteral("Đặng Văn Lâm"), QStringLiteral("Trần Thị Bình"),
                                QStringLiteral("Lê Minh Bình")};
        const QStringList texts{QStringLiteral("dang van lam 0912345678"), QStringLiteral("tran thi binh"),
                                QStringLiteral("le minh binh")};
        for (int i = 0; i < names.size(); ++i) {
            REQUIRE(
                insert
                    ->run({QStringLiteral("u-%1").arg(i), names.at(i),
                           QVariant(QMetaType::fromType<QString>()), texts.at(i), QByteArray("\x05", 1), 1})
                    .ok());
            REQUIRE((*builder)->add(i + 1, texts.at(i).toUtf8()).ok());
        }
        REQUIRE(bulk.rebuildIndexes(QStringLiteral("leads")).ok());
        REQUIRE((*builder)->finish().ok());
        REQUIRE(bulk.resumeIndexing(QStringLiteral("leads"), 1, builder->get()).ok());
        REQUIRE(bulk.commit().ok());
    }
    Result<QList<SearchHit>> hits =
        SearchService(temp.db()).search(QStringLiteral("binh"), {SearchEntity::Lead}, 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 2);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH '091*'")) ==
          1);
    QSqlQuery check(temp.db().connection());
    CHECK(check.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 0)")));
    CHECK(count(temp.db(),
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'leads_fts_ai'")) == 1);
}

TEST_CASE("A search index built on the side is not used for a table that had rows", "[bulk]")
{
    TempDatabase temp;
    QSqlQuery existing(temp.db().connection());
    REQUIRE(existing.exec(
        QStringLiteral("INSERT INTO leads (uuid, created_at, updated_at, full_name, search_text) "
                       "VALUES ('u-0', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z', 'Võ Thị Sáu', "
                       "'vo thi sau')")));
    {
        Result<std::unique_ptr<BulkWriter>> opened = BulkWriter::open(temp.path());
        REQUIRE(opened.ok());
        BulkWriter &bulk = **opened;
        REQUIRE(bulk.begin().ok());
        REQUIRE(bulk.suspendIndexing(QStringLiteral("leads")).ok());
        Result<std::unique_ptr<SearchIndexBuilder>> builder =
            bulk.searchIndexBuilder(QStringLiteral("leads"));
        REQUIRE(builder.ok());
        Result<BulkWriter::Statement> insert = bulk.prepare(insertLead);
        REQUIRE(insert.ok());
        REQUIRE(insert
                    ->run({QStringLiteral("u-1"), QStringLiteral("Lê An"), QStringLiteral("0912345678"),
                           QStringLiteral("le an 0912345678"), QByteArray("\x05", 1), 1})
                    .ok());
        REQUIRE((*builder)->add(2, QByteArrayView("le an 0912345678")).ok());
        REQUIRE((*builder)->finish().ok());
        // The builder knows only the new row: the old one must stay findable.
        REQUIRE(bulk.resumeIndexing(QStringLiteral("leads"), 2, builder->get()).ok());
        REQUIRE(bulk.commit().ok());
    }
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'sau'")) ==
          1);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'an'")) == 1);
    QSqlQuery check(temp.db().connection());
    CHECK(check.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES ('integrity-check', 0)")));
}

TEST_CASE("BulkRow writes text as UTF-8 exactly as QString does", "[bulk]")
{
    const QString samples[] = {
        QString(),
        QStringLiteral("Nguyễn Văn Đức"),
        QStringLiteral("ascii only 0912"),
        QString::fromUtf16(u"CJK 漢字 and 𠀋 beyond the BMP"),
        QString(QChar(0xD800)) + QStringLiteral("lone high"),
        QStringLiteral("lone low") + QChar(0xDC00),
        QString(QChar(0xDBFF)), // at the very end
    };
    BulkRow row;
    for (const QString &sample : samples)
        row.addText(sample);
    row.addUtf8("raw");
    for (qsizetype i = 0; i < qsizetype(std::size(samples)); ++i) {
        INFO(i);
        CHECK(QByteArray(row.bytes(row.field(i)), row.field(i).size) == samples[i].toUtf8());
    }
    CHECK(QByteArray(row.bytes(row.field(7)), row.field(7).size) == QByteArray("raw"));
    // Cleared rows are refilled from the start.
    row.clear();
    CHECK(row.size() == 0);
    row.addText(u"Hà Nội");
    CHECK(QByteArray(row.bytes(row.field(0)), row.field(0).size) == QStringLiteral("Hà Nội").toUtf8());
}

TEST_CASE("BulkWriter refuses a file that is not there", "[bulk]")
{
    TempDatabase temp;
    Result<std::unique_ptr<BulkWriter>> opened =
        BulkWriter::open(temp.dirPath() + QStringLiteral("/missing.db"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Io);
}
