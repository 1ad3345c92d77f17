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
    // At most three bytes per UTF-16 unit (a surrogate pair is two units for four bytes).
    const qsizetype offset = m_buffer.size();
    m_buffer.resize(offset + 3 * text.size());
    auto *out = reinterpret_cast<uchar *>(m_buffer.data() + offset);
    const uchar *const start = out;
    const char16_t *in = text.utf16();
    const char16_t *const end = in + text.size();
    while (in < end) {
        char32_t c = *in++;
        if (c < 0x80) {
            *out++ = uchar(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = uchar(0xc0 | (c >> 6));
            *out++ = uchar(0x80 | (c & 0x3f));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && in < end && QChar::isLowSurrogate(*in)) {
                c = QChar::surrogateToUcs4(char16_t(c), *in++);
                *out++ = uchar(0xf0 | (c >> 18));
                *out++ = uchar(0x80 | ((c >> 12) & 0x3f));
                *out++ = uchar(0x80 | ((c >> 6) & 0x3f));
                *out++ = uchar(0x80 | (c & 0x3f));
                continue;
            }
            *out++ = '?'; // what QString::toUtf8 writes for a lone surrogate
            continue;
        }
        *out++ = uchar(0xe0 | (c >> 12));
        *out++ = uchar(0x80 | ((c >> 6) & 0x3f));
        *out++ = uchar(0x80 | (c & 0x3f));
    }
    const int size = int(out - start);
    m_buffer.truncate(offset + size);
    m_fields.append(Field{Kind::Text, offset, size});
}

void BulkRow::addUtf8(QByteArrayView utf8)
{
    const qsizetype offset = m_buffer.size();
    m_buffer.append(utf8);
    m_fields.append(Field{Kind::Text, offset, int(utf8.size())});
}

void BulkRow::addBlob(QByteArrayView bytes)
{
    const qsizetype offset = m_buffer.size();
    m_buffer.append(bytes);
    m_fields.append(Field{Kind::Blob, offset, int(bytes.size())});
}

void BulkRow::clear()
{
    m_buffer.resize(0); // keeps the capacity, unlike QByteArray::clear()
    m_fields.clear();
}
