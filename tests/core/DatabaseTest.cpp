#include "storage/Database.h"

#include "TempDatabase.h"
#include "storage/SchemaMigrator.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Result<std::unique_ptr<Database>> openPath(const QString &path,
                                           Database::OpenMode mode = Database::OpenMode::OpenOrCreate)
{
    Database::Options options;
    options.mode = mode;
    options.userName = QStringLiteral("tester");
    return Database::open(path, options);
}

} // namespace

TEST_CASE("A new database gets the latest schema, pragmas and the default lists", "[database]")
{
    TempDatabase temp;
    Database &db = temp.db();
    CHECK(db.wasCreated());
    CHECK(db.schemaVersion() == 2);
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA page_size")) == 16384);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")) == Database::applicationId);
    QSqlQuery mode(db.connection());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("wal"));

    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_statuses")) == 7);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM lead_statuses WHERE name = 'Mới' AND position = 0")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_statuses WHERE kind = 'converted'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lead_statuses WHERE kind = 'disqualified'")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pipelines WHERE is_default = 1")) == 1);
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM stages WHERE kind = 'won' AND probability = 100")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM stages WHERE kind = 'lost'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sources WHERE name = 'Zalo OA'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM lost_reasons")) >= 5);
}

TEST_CASE("Opening an existing database again does not migrate or reseed it", "[database]")
{
    TempDatabase temp;
    temp.reopen();
    CHECK_FALSE(temp.db().wasCreated());
    CHECK(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM lead_statuses")) == 7);
    // No backup is taken when nothing needs migrating.
    CHECK(QDir(temp.dirPath()).entryList({QStringLiteral("*.bak.db")}).isEmpty());
}

TEST_CASE("A file that is not a database is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Danh sách khách hàng\nNguyễn Văn An,0912345678\n");
    file.close();
    const QByteArray before = readAll(path);

    Result<std::unique_ptr<Database>> opened = openPath(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Damaged);
    CHECK(opened.error().message.contains(path));
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A corrupted database is refused with a clear error and not modified", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    {
        Result<std::unique_ptr<Database>> opened = openPath(path);
        REQUIRE(opened.ok());
        REQUIRE((*opened)->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        REQUIRE((*opened)->execute(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    // Overwrite a stretch of pages after the header with garbage.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(4096 * 2);
    file.write(QByteArray(4096 * 6, '\x5A'));
    file.close();
    const QByteArray before = readAll(path);

    Result<std::unique_ptr<Database>> opened = openPath(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Damaged);
    CHECK(readAll(path) == before);
}

TEST_CASE("Another program's SQLite database is refused", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    Result<std::unique_ptr<Database>> opened = openPath(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Damaged);
    CHECK(opened.error().message.contains(QStringLiteral("Sen CRM")));
}

TEST_CASE("A database from a newer Sen CRM is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        Result<std::unique_ptr<Database>> opened = openPath(path);
        REQUIRE(opened.ok());
        // As a newer version might leave it: rollback journal, a schema version we do not know.
        REQUIRE((*opened)->execute(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        REQUIRE((*opened)->execute(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    const QByteArray before = readAll(path);
    for (bool verify : {false, true}) {
        Database::Options options;
        options.verifyIntegrity = verify;
        Result<std::unique_ptr<Database>> second = Database::open(path, options);
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().code == ErrorCode::NewerSchema);
        CHECK(second.error().message.contains(QStringLiteral("99")));
    }
    CHECK(readAll(path) == before); // not even the journal mode in the header changed
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Open modes: init never overwrites, MustExist never creates", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    Result<std::unique_ptr<Database>> missing = openPath(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(path));

    REQUIRE(openPath(path, Database::OpenMode::CreateNew).ok());
    Result<std::unique_ptr<Database>> again = openPath(path, Database::OpenMode::CreateNew);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Io);
}

TEST_CASE("Migrations run forward in one transaction, back up the file first, and are idempotent",
          "[database]")
{
    TempDatabase temp;
    Database &db = temp.db();
    REQUIRE(db.execute(QStringLiteral("INSERT INTO tags (uuid, created_at, updated_at, name) "
                                      "VALUES ('u1', '2026-01-01', '2026-01-01', 'VIP')"))
                .ok());

    QList<Migration> steps = SchemaMigrator::standardMigrations();
    steps.append(Migration{3, {QStringLiteral("ALTER TABLE tags ADD COLUMN description TEXT")}, {}});

    SECTION("a good step upgrades, after copying the file")
    {
        SchemaMigrator migrator(db, steps);
        REQUIRE(migrator.migrate().ok());
        CHECK(db.schemaVersion() == 3);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT count(*) FROM pragma_table_info('tags') WHERE name = 'description'")) ==
              1);
        const QStringList backups = QDir(temp.dirPath()).entryList({QStringLiteral("test.v2-*.bak.db")});
        REQUIRE(backups.size() == 1);
        Result<std::unique_ptr<Database>> copy =
            openPath(QDir(temp.dirPath()).filePath(backups.constFirst()));
        REQUIRE(copy.ok()); // the copy is a sound v2 database…
        CHECK(scalar(**copy, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'VIP'")) == 1);

        // …and running the migrator again changes nothing.
        SchemaMigrator again(db, steps);
        REQUIRE(again.migrate().ok());
        CHECK(db.schemaVersion() == 3);
        CHECK(QDir(temp.dirPath()).entryList({QStringLiteral("test.v2-*.bak.db")}).size() == 1);
    }
    SECTION("a failing step leaves the file exactly as it was")
    {
        steps.append(
            Migration{4, {QStringLiteral("CREATE TABLE extra (x)"), QStringLiteral("THIS IS NOT SQL")}, {}});
        SchemaMigrator migrator(db, steps);
        Result<void> migrated = migrator.migrate();
        REQUIRE_FALSE(migrated.ok());
        CHECK(db.schemaVersion() == 2);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT count(*) FROM pragma_table_info('tags') WHERE name = 'description'")) ==
              0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'extra'")) == 0);
    }
}

TEST_CASE("Nested transactions: an inner rollback keeps the outer work, an outer rollback drops all",
          "[database]")
{
    TempDatabase temp;
    Database &db = temp.db();
    auto insertTag = [&](const QString &name) {
        Result<QSqlQuery> query = db.prepare(QStringLiteral(
            "INSERT INTO tags (uuid, created_at, updated_at, name) VALUES (?, '2026', '2026', ?)"));
        REQUIRE(query.ok());
        query->addBindValue(name);
        query->addBindValue(name);
        REQUIRE(db.exec(*query).ok());
    };
    {
        Transaction outer(db);
        REQUIRE(outer.ok());
        insertTag(QStringLiteral("outer"));
        {
            Transaction inner(db);
            REQUIRE(inner.ok());
            insertTag(QStringLiteral("inner"));
        } // not committed: rolled back to the savepoint
        REQUIRE(outer.commit().ok());
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'outer'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'inner'")) == 0);
    {
        Transaction outer(db);
        insertTag(QStringLiteral("dropped"));
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'dropped'")) == 0);
    CHECK(db.transactionDepth() == 0);
}

TEST_CASE("Backup writes a consistent copy and never overwrites", "[database]")
{
    TempDatabase temp;
    const QString out = temp.dirPath() + QStringLiteral("/copies/backup.db");
    REQUIRE(temp.db().backupTo(out).ok());
    Result<std::unique_ptr<Database>> copy = openPath(out, Database::OpenMode::MustExist);
    REQUIRE(copy.ok());
    CHECK((*copy)->schemaVersion() == 2);
    CHECK(scalar(**copy, QStringLiteral("SELECT count(*) FROM lead_statuses")) == 7);
    Result<void> again = temp.db().backupTo(out);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Io);
}

TEST_CASE("quick_check reports a sound database as ok", "[database]")
{
    TempDatabase temp;
    CHECK(temp.db().quickCheck().ok());
}

TEST_CASE("When an inner rollback fails, the outer transaction refuses to commit", "[database]")
{
    TempDatabase temp;
    Database &db = temp.db();
    {
        Transaction outer(db);
        REQUIRE(outer.ok());
        REQUIRE(db.execute(QStringLiteral("INSERT INTO tags (uuid, created_at, updated_at, name) "
                                          "VALUES ('t1', '2026', '2026', 'outer')"))
                    .ok());
        {
            Transaction inner(db);
            REQUIRE(inner.ok());
            // Release the savepoint behind the guard's back, so its rollback cannot find it.
            REQUIRE(db.execute(QStringLiteral("RELEASE sp1")).ok());
        }
        Result<void> committed = outer.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.error().code == ErrorCode::Database);
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tags")) == 0);
    // The next change starts clean.
    Transaction next(db);
    REQUIRE(next.ok());
    CHECK(next.commit().ok());
}
