#include "storage/SqlValue.h"

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
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlValue::parseTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}
