#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;
class QSqlQuery;

struct ChangeLogEntry
{
    qint64 seq = 0;
    QString entity;
    qint64 entityId = 0;
    QString op; // create, update, delete, restore, bulk_create
    QString userName;
    QDateTime at;
    QJsonObject changes; // {"column": [old, new]} for updates; {"column": new} for creates
};

// The append-only record of every write, written in the same transaction as the write itself.
class ChangeLog
{
public:
    explicit ChangeLog(Database &database) : m_database(database) {}

    Result<qint64> append(const QString &entity, qint64 entityId, const QString &op,
                          const QJsonObject &changes);
    Result<QList<ChangeLogEntry>> entriesFor(const QString &entity, qint64 entityId);

private:
    Result<QList<ChangeLogEntry>> read(QSqlQuery &query);
    Database &m_database;
};
