#pragma once

#include "common/Result.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Brings a file to the newest schema, keyed on PRAGMA user_version: forward-only, all pending steps in
// one transaction (a failure leaves the file exactly as it was), a copy of an existing file taken first,
// and a file from a newer Sen CRM refused.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    SchemaMigrator(Database &database, QList<Migration> migrations);

    static QList<Migration> standardMigrations();
    int latestVersion() const;

    // Fails for a file this version cannot open (newer schema, unreadable version); reads only.
    Result<void> checkSupported() const;
    Result<void> migrate();
    // Where the copy taken before migrating a file from `fromVersion` goes.
    static QString backupPathFor(const QString &databasePath, int fromVersion);

private:
    Database &m_database;
    QList<Migration> m_migrations;
};
