#pragma once

#include "common/Result.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class ChangeFeed;
class QSqlQuery;

// One open Sen CRM database file: its connection, pragmas, schema checks and transactions.
// Opening never modifies a file that turns out to be damaged, foreign or from a newer version.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        OpenOrCreate, // the GUI and most commands: create and seed the file when it does not exist
        MustExist,    // refuse a missing file instead of creating an empty one
        CreateNew,    // `init`: refuse an existing file, never overwrite
    };

    struct Options
    {
        OpenMode mode = OpenMode::OpenOrCreate;
        // PRAGMA quick_check reads the whole file (seconds at a million rows), so short-lived commands
        // skip it; the GUI and `check` run it.
        bool verifyIntegrity = true;
        int busyTimeoutMs = 5000;
        QString userName; // recorded as created_by/updated_by and in change_log
        // The schema steps to bring the file to; unset, all of them (SchemaMigrator::standardMigrations).
        // Tests give fewer, to make the file an older version wrote and then upgrade it.
        std::optional<QList<Migration>> migrations;
    };

    static constexpr qint32 applicationId = 0x53454E43; // "SENC" in PRAGMA application_id

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_connection; }
    const QString &path() const { return m_path; }
    const QString &userName() const { return m_userName; }
    void setUserName(const QString &userName) { m_userName = userName; }
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;

    // PRAGMA quick_check: ok, or a Damaged error naming what SQLite found.
    Result<void> quickCheck();
    // A consistent copy of the whole database (VACUUM INTO), safe while others write.
    Result<void> backupTo(const QString &outputPath);

    // Prepares a statement on this connection; prepared statements only (DESIGN.md §2).
    Result<QSqlQuery> prepare(const QString &sql);
    // Executes a prepared query, turning failures into errors (busy becomes ErrorCode::Busy).
    Result<void> exec(QSqlQuery &query);
    // Runs a prepared SELECT of one integer column and returns its values, straight through the
    // SQLite C API on this connection: a list of a million ids costs half as much as through
    // QSqlQuery, which wraps every value in a QVariant.
    Result<QList<qint64>> integers(const QString &sql, const QVariantList &bindings);
    // For fixed statements without parameters (pragmas, DDL).
    Result<void> execute(const QString &sql);

    Error errorFrom(const QSqlQuery &query) const;
    // Another program held the lock past the busy timeout.
    Error busyError() const;

    // Transactions nest: the outermost one is BEGIN IMMEDIATE (take the write lock up front, so a
    // read-then-write never fails half way on a lock upgrade), inner ones are savepoints.
    Result<void> beginTransaction();
    Result<void> commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_transactionDepth; }

    // Announces committed writes to the views (every write goes through change_log, which reports it).
    ChangeFeed &changes() const { return *m_changes; }

    static QString nowUtc();

private:
    Database(QSqlDatabase connection, QString path, QString userName);
    Result<void> checkIsSenCrmFile(bool existedBefore);
    Error brokenTransaction() const;
    Result<void> configure(const Options &options);

    QSqlDatabase m_connection;
    QString m_path;
    QString m_userName;
    std::unique_ptr<ChangeFeed> m_changes;
    int m_transactionDepth = 0;
    bool m_transactionBroken = false; // an inner rollback failed: the outer levels must not commit
    bool m_created = false;
};
