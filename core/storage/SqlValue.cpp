#include "storage/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

QVariant SqlValue::to(const QString &value)
{
    if (value.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return value.normalized(QString::NormalizationForm_C);
}

QVariant SqlValue::to(const QDate &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QVariant SqlValue::to(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return timestamp(value);
}

void SqlValue::from(const QVariant &stored, QDate &value)
{
    value = stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

void SqlValue::from(const QVariant &stored, QDateTime &value)
{
    value = stored.isNull() ? QDateTime() : parseTimestamp(stored.toString());
}

QString SqlValue::timestamp(const QDateTime &value)
{
    // Same text as toString(Qt::ISODateWithMs) on a UTC time, written by hand: bulk writes format
    // millions of these, and QDateTime::toString goes through a general formatter.
    constexpr qint64 yearOne = -62135596800000;         // 0001-01-01T00:00:00Z (QDate has no year 0)
    constexpr qint64 yearTenThousand = 253402300800000; // 10000-01-01T00:00:00Z
    const qint64 msecs = value.toMSecsSinceEpoch();
    if (msecs >= yearOne && msecs < yearTenThousand) {
        const std::array<char, 24> text = timestampText(msecs);
        return QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
    const QDateTime utc = value.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[32];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                      date.day(), time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(buffer, length);
}

std::array<char, 24> SqlValue::timestampText(qint64 msecsSinceEpoch)
{
    constexpr qint64 msecsPerDay = 86400000;
    qint64 days = msecsSinceEpoch / msecsPerDay;
    qint64 msecs = msecsSinceEpoch % msecsPerDay;
    if (msecs < 0) {
        msecs += msecsPerDay;
        --days;
    }
    // Days to a proleptic Gregorian date (H. Hinnant's civil_from_days): eras of 400 years from 0000-03-01.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    std::array<char, 24> text{};
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[size_t(at + i)] = char('0' + value % 10);
    };
    const int inDay = int(msecs);
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, inDay / 3600000, 2);
    text[13] = ':';
    put(14, inDay / 60000 % 60, 2);
    text[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, inDay % 1000, 3);
    text[23] = 'Z';
    return text;
}

QDateTime SqlValue::parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

QVariant SqlValue::idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
