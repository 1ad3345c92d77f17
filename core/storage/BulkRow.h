#pragma once

#include <QByteArray>
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
    void addText(QStringView text);
    void addBlob(const QByteArray &bytes);

    qsizetype size() const { return m_fields.size(); }
    const Field &field(qsizetype index) const { return m_fields[index]; }
    const char *bytes(const Field &field) const { return m_buffer.constData() + field.integer; }

private:
    QByteArray m_buffer;
    QVarLengthArray<Field, 24> m_fields;
};
