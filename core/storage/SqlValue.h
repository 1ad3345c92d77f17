#pragma once

#include "domain/EnumText.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <type_traits>

// How domain values are stored: empty text and absent ids as NULL (so "empty" means one thing), text in
// NFC, dates as yyyy-MM-dd, times as ISO 8601 UTC with milliseconds, enums as their EnumText word.
class SqlValue
{
public:
    static QVariant to(const QString &value);
    static QVariant to(bool value) { return value ? 1 : 0; }
    static QVariant to(int value) { return value; }
    static QVariant to(qint64 value) { return value; }
    static QVariant to(const std::optional<qint64> &value)
    {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
    }
    // A list of ids bound to one placeholder as a JSON array, read in SQL as
    // `IN (SELECT value FROM json_each(?))`: a page of any size stays one prepared statement.
    static QVariant idList(const QList<qint64> &ids);
    static QVariant to(const QDate &value);
    static QVariant to(const QDateTime &value);
    template <typename E>
    requires std::is_enum_v<E>
    static QVariant to(E value) { return enumToText(value); }

    static void from(const QVariant &stored, QString &value) { value = stored.toString(); }
    static void from(const QVariant &stored, bool &value) { value = stored.toLongLong() != 0; }
    static void from(const QVariant &stored, int &value) { value = stored.toInt(); }
    static void from(const QVariant &stored, qint64 &value) { value = stored.toLongLong(); }
    static void from(const QVariant &stored, std::optional<qint64> &value)
    {
        value = stored.isNull() ? std::nullopt : std::optional<qint64>(stored.toLongLong());
    }
    static void from(const QVariant &stored, QDate &value);
    static void from(const QVariant &stored, QDateTime &value);
    template <typename E>
    requires std::is_enum_v<E>
    static void from(const QVariant &stored, E &value)
    {
        value = enumFromText<E>(stored.toString()).value_or(E{});
    }

    static QString timestamp(const QDateTime &value);
    // The same text for a time in milliseconds since 1970 UTC, in years 1 to 9999, without allocating:
    // bulk writes format millions of them.
    static std::array<char, 24> timestampText(qint64 msecsSinceEpoch);
    static QDateTime parseTimestamp(const QString &text);
};
