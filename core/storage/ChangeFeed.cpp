#include "storage/ChangeFeed.h"

#include <QHash>
#include <QSet>

void ChangeFeed::recordWritten(const QString &entity, qint64 id)
{
    if (m_levelStarts.isEmpty())
        publish({Write{entity, id}});
    else
        m_pending.append(Write{entity, id});
}

void ChangeFeed::allWritten(const QString &entity)
{
    recordWritten(entity, 0);
}

void ChangeFeed::transactionBegun()
{
    m_levelStarts.append(m_pending.size());
}

void ChangeFeed::transactionCommitted()
{
    if (m_levelStarts.isEmpty())
        return;
    m_levelStarts.removeLast();
    if (!m_levelStarts.isEmpty())
        return; // an inner level: its writes stand or fall with the outer one
    const QList<Write> writes = std::exchange(m_pending, {});
    publish(writes);
}

void ChangeFeed::transactionRolledBack()
{
    if (m_levelStarts.isEmpty())
        return;
    m_pending.resize(m_levelStarts.takeLast());
}

void ChangeFeed::publish(const QList<Write> &writes)
{
    // One signal per entity, in the order the entities were first written.
    QStringList entities;
    QHash<QString, QList<qint64>> idsByEntity;
    QHash<QString, QSet<qint64>> seen;
    QSet<QString> everything;
    for (const Write &write : writes) {
        if (!idsByEntity.contains(write.entity))
            entities.append(write.entity);
        QList<qint64> &ids = idsByEntity[write.entity];
        if (write.id == 0)
            everything.insert(write.entity);
        else if (!seen[write.entity].contains(write.id)) {
            seen[write.entity].insert(write.id);
            ids.append(write.id);
        }
    }
    for (const QString &entity : std::as_const(entities))
        Q_EMIT recordsChanged(entity,
                              everything.contains(entity) ? QList<qint64>() : idsByEntity.value(entity));
}
