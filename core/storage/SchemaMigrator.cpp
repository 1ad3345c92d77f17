#include "storage/SchemaMigrator.h"

#include "storage/Database.h"
#include "storage/SchemaV1.h"
#include "storage/SchemaV2.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>

SchemaMigrator::SchemaMigrator(Database &database, QList<Migration> migrations)
    : m_database(database), m_migrations(std::move(migrations))
{}

QList<Migration> SchemaMigrator::standardMigrations()
{
    return {SchemaV1::migration(), SchemaV2::migration()};
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

QString SchemaMigrator::backupPathFor(const QString &databasePath, int fromVersion)
{
    const QFileInfo info(databasePath);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return info.absolutePath() + u'/' + info.completeBaseName() +
           QStringLiteral(".v%1-%2.bak.db").arg(fromVersion).arg(stamp);
}

Result<void> SchemaMigrator::checkSupported() const
{
    const int current = m_database.schemaVersion();
    const int latest = latestVersion();
    if (current < 0)
        return Error{
            ErrorCode::Damaged, tr("Cannot read the schema version of “%1”.").arg(m_database.path()), {}};
    if (current > latest) {
        return Error{
            ErrorCode::NewerSchema,
            tr("“%1” was written by a newer Sen CRM (schema version %2; this version knows up to %3). "
               "Update Sen CRM to open it. The file was not changed.")
                .arg(m_database.path())
                .arg(current)
                .arg(latest),
            {}};
    }
    return {};
}

Result<void> SchemaMigrator::migrate()
{
    if (Result<void> supported = checkSupported(); !supported.ok())
        return supported;
    const int current = m_database.schemaVersion();
    const int latest = latestVersion();
    if (current == latest)
        return {};

    if (current > 0) {
        if (Result<void> copied = m_database.backupTo(backupPathFor(m_database.path(), current));
            !copied.ok())
            return copied;
    }

    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    for (const Migration &step : std::as_const(m_migrations)) {
        if (step.version <= current)
            continue;
        for (const QString &statement : step.statements) {
            if (Result<void> done = m_database.execute(statement); !done.ok()) {
                return Error{ErrorCode::Database,
                             tr("Updating the database to version %1 failed: %2")
                                 .arg(step.version)
                                 .arg(done.error().message),
                             {}};
            }
        }
        if (step.afterStatements) {
            if (Result<void> done = step.afterStatements(m_database); !done.ok())
                return done;
        }
        // user_version lives in the file header and is written by this transaction's commit.
        if (Result<void> done =
                m_database.execute(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !done.ok())
            return done;
    }
    if (Result<void> done =
            m_database.execute(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        !done.ok())
        return done;
    return transaction.commit();
}
