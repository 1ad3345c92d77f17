#include "storage/BulkRow.h"

BulkRow::BulkRow(const QVariantList &values)
{
    m_buffer.reserve(256);
    for (const QVariant &value : values) {
        if (value.isNull()) {
            addNull();
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            addInteger(value.toLongLong());
            break;
        case QMetaType::QByteArray:
            addBlob(value.toByteArray());
            break;
        case QMetaType::QString:
            addText(*static_cast<const QString *>(value.constData()));
            break;
        default:
            addText(value.toString());
            break;
        }
    }
}

void BulkRow::addNull()
{
    m_fields.append(Field{});
}

void BulkRow::addInteger(qint64 value)
{
    m_fields.append(Field{Kind::Integer, value, 0});
}

void BulkRow::addText(QStringView text)
{
    const qsizetype offset = m_buffer.size();
    m_buffer.append(text.toUtf8());
    m_fields.append(Field{Kind::Text, offset, int(m_buffer.size() - offset)});
}

void BulkRow::addBlob(const QByteArray &bytes)
{
    const qsizetype offset = m_buffer.size();
    m_buffer.append(bytes);
    m_fields.append(Field{Kind::Blob, offset, int(bytes.size())});
}
