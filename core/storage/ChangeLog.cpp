#include "storage/ChangeLog.h"

#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>
#include <QSqlQuery>

Result<qint64> ChangeLog::append(const QString &entity, qint64 entityId, const QString &op,
                                 const QJsonObject &changes)
{
    Result<QSqlQuery> query = m_database.prepare(QStringLiteral(
        "INSERT INTO change_log (entity, entity_id, op, user_name, at, changes) VALUES (?,?,?,?,?,?)"));
    if (!query.ok())
        return query.error();
    query->addBindValue(entity);
    query->addBindValue(entityId);
    query->addBindValue(op);
    query->addBindValue(m_database.userName());
    query->addBindValue(Database::nowUtc());
    query->addBindValue(changes.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(QString::fromUtf8(
                                                QJsonDocument(changes).toJson(QJsonDocument::Compact))));
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done.error();
    m_database.changes().recordWritten(entity, entityId);
    return query->lastInsertId().toLongLong();
}

Result<QList<ChangeLogEntry>> ChangeLog::entriesFor(const QString &entity, qint64 entityId)
{
    Result<QSqlQuery> query = m_database.prepare(
        QStringLiteral("SELECT seq, entity, entity_id, op, user_name, at, changes FROM change_log "
                       "WHERE entity = ? AND entity_id = ? ORDER BY seq"));
    if (!query.ok())
        return query.error();
    query->addBindValue(entity);
    query->addBindValue(entityId);
    return read(*query);
}

Result<QList<ChangeLogEntry>> ChangeLog::read(QSqlQuery &query)
{
    if (Result<void> done = m_database.exec(query); !done.ok())
        return done.error();
    QList<ChangeLogEntry> entries;
    while (query.next()) {
        ChangeLogEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.entity = query.value(1).toString();
        entry.entityId = query.value(2).toLongLong();
        entry.op = query.value(3).toString();
        entry.userName = query.value(4).toString();
        entry.at = SqlValue::parseTimestamp(query.value(5).toString());
        entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}
