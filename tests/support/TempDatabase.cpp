#include "TempDatabase.h"

#include <catch2/catch.hpp>

TempDatabase::TempDatabase(const QString &userName) : m_userName(userName)
{
    REQUIRE(m_dir.isValid());
    reopen();
}

void TempDatabase::reopen()
{
    m_database.reset();
    m_database = openAnother(m_userName);
}

std::unique_ptr<Database> TempDatabase::openAnother(const QString &userName)
{
    Database::Options options;
    options.userName = userName;
    Result<std::unique_ptr<Database>> opened = Database::open(path(), options);
    if (!opened.ok())
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}
