#include "storage/SqlValue.h"

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
    const QDateTime utc = value.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[32];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
                      date.day(), time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(buffer, length);
}

QDateTime SqlValue::parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}
