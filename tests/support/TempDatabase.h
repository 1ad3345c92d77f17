#pragma once

#include "QtCatchPrinters.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// A real SQLite file in a fresh temporary folder, opened through the real Database::open.
class TempDatabase
{
public:
    explicit TempDatabase(const QString &userName = QStringLiteral("tester"));
    Database &db() { return *m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dirPath() const { return m_dir.path(); }
    // Closes and opens the file again, as a second program would.
    void reopen();
    std::unique_ptr<Database> openAnother(const QString &userName);

private:
    QTemporaryDir m_dir;
    QString m_userName;
    std::unique_ptr<Database> m_database;
};
