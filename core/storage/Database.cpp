#include "storage/Database.h"

#include "storage/ChangeFeed.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlValue.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

constexpr int sqliteBusy = 5;   // SQLITE_BUSY
constexpr int sqliteLocked = 6; // SQLITE_LOCKED

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sencrm-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the 16-byte header without opening the file through SQLite, so a foreign file is never touched.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QSqlDatabase connection, QString path, QString userName)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_userName(std::move(userName)),
      m_changes(std::make_unique<ChangeFeed>())
{}

Database::~Database()
{
    const QString name = m_connection.connectionName();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isDir())
        return Error{ErrorCode::Io, tr("“%1” is a folder, not a database file.").arg(path), {}};
    if (existed && options.mode == OpenMode::CreateNew)
        return Error{
            ErrorCode::Io, tr("The file “%1” already exists; it was not overwritten.").arg(path), {}};
    if (!existed && options.mode == OpenMode::MustExist)
        return Error{ErrorCode::NotFound, tr("The database file “%1” does not exist.").arg(path), {}};
    const bool hasContent = existed && info.size() > 0;
    if (hasContent && !hasSqliteHeader(path)) {
        return Error{
            ErrorCode::Damaged,
            tr("“%1” is not a Sen CRM database (it is not an SQLite file). It was not changed.").arg(path),
            {}};
    }
    if (!existed && !QDir().mkpath(info.absolutePath())) {
        return Error{ErrorCode::Io, tr("Cannot create the folder “%1”.").arg(info.absolutePath()), {}};
    }

    // The Database owns the only handle to the connection, so closing it can remove the connection.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), uniqueConnectionName()),
                     info.absoluteFilePath(), options.userName));
    QSqlDatabase &connection = database->m_connection;
    connection.setDatabaseName(path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!connection.open()) {
        return Error{ErrorCode::Io, tr("Cannot open “%1”: %2").arg(path, connection.lastError().text()), {}};
    }
    database->m_created = !hasContent;

    if (Result<void> checked = database->checkIsSenCrmFile(hasContent); !checked.ok())
        return checked.error();
    if (hasContent && options.verifyIntegrity) {
        if (Result<void> sound = database->quickCheck(); !sound.ok())
            return sound.error();
    }
    // Everything above only read the file; a newer schema is refused before any pragma may write.
    SchemaMigrator migrator(*database, options.migrations.value_or(SchemaMigrator::standardMigrations()));
    if (Result<void> supported = migrator.checkSupported(); !supported.ok())
        return supported.error();
    if (Result<void> configured = database->configure(options); !configured.ok())
        return configured.error();
    if (Result<void> migrated = migrator.migrate(); !migrated.ok())
        return migrated.error();
    return database;
}

Result<void> Database::checkIsSenCrmFile(bool existedBefore)
{
    QSqlQuery probe(m_connection);
    // The first real read is where SQLite notices a file that is not a database or is encrypted.
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
        return Error{ErrorCode::Damaged,
                     tr("“%1” cannot be read as a database (%2). It was not changed.")
                         .arg(m_path, probe.lastError().databaseText()),
                     {}};
    }
    const int tableCount = probe.value(0).toInt();
    if (!existedBefore)
        return {};
    probe.exec(QStringLiteral("PRAGMA application_id"));
    const qint64 foundId = probe.next() ? probe.value(0).toLongLong() : 0;
    // An empty file without an id is ours to initialise; one that carries another program's id is not.
    const bool ours = foundId == applicationId || (tableCount == 0 && foundId == 0);
    if (!ours) {
        return Error{ErrorCode::Damaged,
                     tr("“%1” is an SQLite database of another program, not a Sen CRM database. "
                        "It was not changed.")
                         .arg(m_path),
                     {}};
    }
    return {};
}

Result<void> Database::configure(const Options &options)
{
    // A new file gets 16 KiB pages before anything is written (the size is fixed from then on): a
    // million-row CRM is mostly long sequential tables and indexes. Bulk writes ran 11 % faster with
    // 8 KiB pages than with the 4 KiB default, and larger pages take a further 1-2 s off the writing
    // thread at a million leads (fewer pages to fill, spill, scan for each index and checkpoint).
    // 32 KiB was not measurably better than 16 KiB there, but a cold `sencrm-cli search` reads whole
    // pages: ~30 ms with 32 KiB against ~22 ms with 8 KiB, and ~25 ms with 16 KiB.
    if (m_created) {
        if (Result<void> done = execute(QStringLiteral("PRAGMA page_size = 16384")); !done.ok())
            return done;
    }
    // WAL keeps readers and the writer out of each other's way on a local disk. Shared-folder mode
    // (rollback journal) arrives with the office issue; until then every file is treated as local.
    // Switching the journal mode writes the header, so it is only done when the file is not in WAL yet.
    QSqlQuery journal(m_connection);
    const bool inWal = journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next() &&
                       journal.value(0).toString() == QLatin1String("wal");
    journal.finish(); // an unfinished statement is an open read transaction, and WAL cannot be set in one
    QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA cache_size = -32768"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    if (!inWal)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &pragma : pragmas) {
        if (Result<void> done = execute(pragma); !done.ok())
            return done;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_connection);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<void> Database::quickCheck()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return Error{ErrorCode::Damaged,
                     tr("The database “%1” is damaged: %2").arg(m_path, query.lastError().databaseText()),
                     {}};
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return Error{ErrorCode::Damaged,
                     tr("The database “%1” is damaged: %2").arg(m_path, problems.mid(0, 3).join(u"; ")),
                     {}};
    }
    return {};
}

Result<void> Database::backupTo(const QString &outputPath)
{
    const QFileInfo target(outputPath);
    if (target.exists())
        return Error{
            ErrorCode::Io, tr("The file “%1” already exists; it was not overwritten.").arg(outputPath), {}};
    if (!QDir().mkpath(target.absolutePath()))
        return Error{ErrorCode::Io, tr("Cannot create the folder “%1”.").arg(target.absolutePath()), {}};
    Result<QSqlQuery> query = prepare(QStringLiteral("VACUUM INTO ?"));
    if (!query.ok())
        return query.error();
    query->addBindValue(target.absoluteFilePath());
    if (Result<void> done = exec(*query); !done.ok()) {
        return Error{
            ErrorCode::Io, tr("The backup to “%1” failed: %2").arg(outputPath, done.error().message), {}};
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(m_connection);
    if (!query.prepare(sql))
        return errorFrom(query);
    return query;
}

Result<void> Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorFrom(query);
    return {};
}

Result<QList<qint64>> Database::integers(const QString &sql, const QVariantList &bindings)
{
    const QVariant handle = m_connection.driver()->handle();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3 *const *>(handle.constData())
                              : nullptr;
    if (!connection)
        return Error{
            ErrorCode::Database, tr("Database error: %1").arg(QStringLiteral("no SQLite handle")), {}};
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    const auto failure = [&](int code) -> Error {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return busyError();
        return Error{ErrorCode::Database, tr("Database error: %1").arg(message), {}};
    };
    if (const int rc =
            sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr);
        rc != SQLITE_OK)
        return failure(rc);
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        int rc = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(statement, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
            break;
        default: {
            const QByteArray bound = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        if (rc != SQLITE_OK)
            return failure(rc);
    }
    QList<qint64> values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        values.append(sqlite3_column_int64(statement, 0));
    if (rc != SQLITE_DONE)
        return failure(rc);
    sqlite3_finalize(statement);
    return values;
}

Result<void> Database::execute(const QString &sql)
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return errorFrom(query);
    return {};
}

Error Database::busyError() const
{
    return Error{ErrorCode::Busy,
                 tr("The database is busy: another program kept it locked for too long. Nothing was "
                    "saved; try again."),
                 {}};
}

Error Database::errorFrom(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt();
    if (code == sqliteBusy || code == sqliteLocked)
        return busyError();
    return Error{ErrorCode::Database, tr("Database error: %1").arg(error.text()), {}};
}

Result<void> Database::beginTransaction()
{
    if (m_transactionDepth == 0)
        m_transactionBroken = false;
    else if (m_transactionBroken)
        return brokenTransaction();
    const QString sql = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT sp%1").arg(m_transactionDepth);
    if (Result<void> begun = execute(sql); !begun.ok())
        return begun;
    ++m_transactionDepth;
    m_changes->transactionBegun();
    return {};
}

Result<void> Database::commitTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    // After a failed rollback SQLite may have ended the whole transaction on its own (disk full, I/O
    // error); committing what the outer levels believe they wrote would keep half of it.
    if (m_transactionBroken)
        return brokenTransaction();
    const QString sql = m_transactionDepth == 1 ? QStringLiteral("COMMIT")
                                                : QStringLiteral("RELEASE sp%1").arg(m_transactionDepth - 1);
    if (Result<void> done = execute(sql); !done.ok())
        return done;
    --m_transactionDepth;
    m_changes->transactionCommitted();
    return {};
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth == 0)
        return;
    bool rolledBack = true;
    if (m_transactionDepth == 1) {
        // A ROLLBACK that fails because SQLite already rolled back leaves no transaction either way.
        static_cast<void>(execute(QStringLiteral("ROLLBACK")));
    } else {
        const QString savepoint = QStringLiteral("sp%1").arg(m_transactionDepth - 1);
        rolledBack = execute(QStringLiteral("ROLLBACK TO ") + savepoint).ok() &&
                     execute(QStringLiteral("RELEASE ") + savepoint).ok();
    }
    if (!rolledBack) {
        qWarning("Sen CRM: rolling back a savepoint failed; the enclosing transaction is abandoned");
        m_transactionBroken = true;
    }
    --m_transactionDepth;
    m_changes->transactionRolledBack();
}

Error Database::brokenTransaction() const
{
    return Error{ErrorCode::Database,
                 tr("The database could not undo part of a change, so the whole change was abandoned. "
                    "Nothing was saved; try again."),
                 {}};
}

QString Database::nowUtc()
{
    return SqlValue::timestamp(QDateTime::currentDateTimeUtc());
}
