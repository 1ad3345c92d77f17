#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <QVarLengthArray>
#include <QVariantList>

// One row of values for BulkWriter, packed for binding: text already UTF-8, everything in one buffer.
// Rows are made on one thread and written on another; a row is a single allocation to hand over and
// free, instead of a QString per column whose reference counts both threads would fight over.
class BulkRow
{
public:
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text,
        Blob,
    };
    struct Field
    {
        Kind kind = Kind::Null;
        qint64 integer = 0; // the value, or the offset of text/blob bytes in the buffer
        int size = 0;
    };

    BulkRow() = default;
    // Integers (int, qint64, bool), QByteArray as a blob, null as NULL, anything else as text.
    explicit BulkRow(const QVariantList &values);

    void addNull();
    void addInteger(qint64 value);
    // Encoded straight into the row's buffer, byte for byte as QString::toUtf8 (a lone surrogate is '?').
    void addText(QStringView text);
    // Text that is already UTF-8 (ASCII included), copied as it is.
    void addUtf8(QByteArrayView utf8);
    void addBlob(QByteArrayView bytes);
    // Empties the row but keeps its memory, so a producer can refill the same rows batch after batch
    // instead of allocating (and another thread freeing) a million of them.
    void clear();

    qsizetype size() const { return m_fields.size(); }
    const Field &field(qsizetype index) const { return m_fields[index]; }
    const char *bytes(const Field &field) const { return m_buffer.constData() + field.integer; }

private:
    QByteArray m_buffer;
    QVarLengthArray<Field, 24> m_fields;
};
