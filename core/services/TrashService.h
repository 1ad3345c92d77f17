#pragma once

#include "common/Result.h"
#include "domain/RecordMeta.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Moves records of any workspace entity to the trash and back, many at once, all or nothing: a
// selection of 500 leads is either all in the trash or none of it is.
class TrashService
{
    Q_DECLARE_TR_FUNCTIONS(TrashService)

public:
    struct Item
    {
        qint64 id = 0;
        std::optional<int> expectedVersion; // when set, a record changed since is a Conflict
    };

    explicit TrashService(Database &database) : m_database(database) {}

    // entity is the change_log name: lead, account, contact, opportunity, task, activity.
    // Returns each record's new bookkeeping, in the order given.
    Result<QList<RecordMeta>> moveToTrash(const QString &entity, const QList<Item> &items);
    Result<QList<RecordMeta>> restore(const QString &entity, const QList<Item> &items);

    static QList<Item> itemsFor(const QList<qint64> &ids);

private:
    Result<QList<RecordMeta>> setTrashed(const QString &entity, const QList<Item> &items, bool trashed);
    Database &m_database;
};
