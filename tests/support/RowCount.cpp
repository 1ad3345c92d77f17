#include "RowCount.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

qint64 rowCount(Database &database, const QString &tableAndCondition)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + tableAndCondition));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}
