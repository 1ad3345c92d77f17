#pragma once

#include "storage/SqlValue.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

// How one entity type T maps to its table: the entity name used in change_log, the table, and each
// column with how to read it from T and write it back. Derived columns (the folded search text, the
// name sort key) are computed from T on every write and never read back.
template <typename T> struct TableMapping
{
    struct Column
    {
        QString name;
        std::function<QVariant(const T &)> read;
        std::function<void(T &, const QVariant &)> write; // empty for derived columns
        bool isDerived() const { return !write; }
    };

    QString entity;
    QString table;
    QList<Column> columns;

    template <typename M> TableMapping &field(const char *name, M T::*member)
    {
        columns.append(Column{QString::fromLatin1(name),
                              [member](const T &record) { return SqlValue::to(record.*member); },
                              [member](T &record, const QVariant &stored) {
                                  SqlValue::from(stored, record.*member);
                              }});
        return *this;
    }

    // A member of a member, e.g. &Lead::address then &Address::province.
    template <typename Part, typename M> TableMapping &field(const char *name, Part T::*part, M Part::*member)
    {
        columns.append(Column{QString::fromLatin1(name),
                              [part, member](const T &record) { return SqlValue::to(record.*part.*member); },
                              [part, member](T &record, const QVariant &stored) {
                                  SqlValue::from(stored, record.*part.*member);
                              }});
        return *this;
    }

    TableMapping &derived(const char *name, std::function<QVariant(const T &)> compute)
    {
        columns.append(Column{QString::fromLatin1(name), std::move(compute), {}});
        return *this;
    }

    QStringList columnNames() const
    {
        QStringList names;
        for (const Column &column : columns)
            names << column.name;
        return names;
    }

    QVariantList values(const T &record) const
    {
        QVariantList result;
        result.reserve(columns.size());
        for (const Column &column : columns)
            result << column.read(record);
        return result;
    }
};
