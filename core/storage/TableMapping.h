#pragma once

#include "storage/SqlValue.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class Database;

// How one entity type T maps to its table: the entity name used in change_log, the table, and each
// column with how to read it from T and write it back. Derived columns (the folded search text, the
// name sort keys) are computed on every write and never read back; most from T alone, a few also from
// rows T refers to (a deal's search text holds its account's name), hence the database.
template <typename T> struct TableMapping
{
    struct Column
    {
        QString name;
        std::function<QVariant(const T &, Database &)> read;
        std::function<void(T &, const QVariant &)> write; // empty for derived columns
        bool isDerived() const { return !write; }
    };

    QString entity;
    QString table;
    QList<Column> columns;

    template <typename M> TableMapping &field(const char *name, M T::*member)
    {
        columns.append(Column{QString::fromLatin1(name),
                              [member](const T &record, Database &) { return SqlValue::to(record.*member); },
                              [member](T &record, const QVariant &stored) {
                                  SqlValue::from(stored, record.*member);
                              }});
        return *this;
    }

    // A member of a member, e.g. &Lead::address then &Address::province.
    template <typename Part, typename M> TableMapping &field(const char *name, Part T::*part, M Part::*member)
    {
        columns.append(
            Column{QString::fromLatin1(name),
                   [part, member](const T &record, Database &) { return SqlValue::to(record.*part.*member); },
                   [part, member](T &record, const QVariant &stored) {
                       SqlValue::from(stored, record.*part.*member);
                   }});
        return *this;
    }

    TableMapping &derived(const char *name, std::function<QVariant(const T &)> compute)
    {
        columns.append(
            Column{QString::fromLatin1(name),
                   [compute = std::move(compute)](const T &record, Database &) { return compute(record); },
                   {}});
        return *this;
    }

    // A derived column that also needs other rows, looked up in the writing transaction.
    TableMapping &derivedWithLookup(const char *name, std::function<QVariant(const T &, Database &)> compute)
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

    QVariantList values(const T &record, Database &database) const
    {
        QVariantList result;
        result.reserve(columns.size());
        for (const Column &column : columns)
            result << column.read(record, database);
        return result;
    }
};
