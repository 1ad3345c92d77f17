#include "storage/SqlValue.h"

#include <catch2/catch.hpp>
#include <random>

TEST_CASE("Timestamps are ISO 8601 UTC with milliseconds, from either formatter", "[sqlvalue]")
{
    std::mt19937_64 engine(11);
    // Around 1970, leap days, centuries, the ends of the four-digit years, and random instants.
    constexpr qint64 yearOne = -62135596800000;
    constexpr qint64 yearTenThousand = 253402300800000;
    QList<qint64> instants{
        0, -1, 1, 951782400000, 951868799999, 4107542400000, yearOne, yearTenThousand - 1, 1794000000123};
    for (int i = 0; i < 20000; ++i)
        instants << yearOne + qint64(engine() % quint64(yearTenThousand - yearOne));
    for (const qint64 msecs : instants) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        INFO(msecs);
        const std::array<char, 24> text = SqlValue::timestampText(msecs);
        CHECK(QString::fromLatin1(text.data(), 24) == time.toString(Qt::ISODateWithMs));
        CHECK(SqlValue::timestamp(time) == time.toString(Qt::ISODateWithMs));
    }
    // Outside years 0–9999 the general formatter still writes something parseable by us.
    CHECK(SqlValue::timestamp(QDateTime(QDate(12000, 1, 2), QTime(3, 4, 5), Qt::UTC)) ==
          QStringLiteral("12000-01-02T03:04:05.000Z"));
}
