#pragma once

#include <QList>
#include <QObject>
#include <QString>

// Tells the views which records changed, once the change is really in the file: writes made inside a
// transaction are held back until the outermost commit, and forgotten when their level rolls back.
// Every write reaches change_log, and ChangeLog::append reports it here, so no service can forget to
// announce. (The shared-file issue feeds other users' changes, read from change_log, through the same
// signal.)
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A record of entity ("lead", "task", …) was written.
    void recordWritten(const QString &entity, qint64 id);
    // Many records of entity changed at once (bulk load): listeners re-read everything of that kind.
    void allWritten(const QString &entity);

    // Called by Database as transaction levels open and close.
    void transactionBegun();
    void transactionCommitted();
    void transactionRolledBack();

Q_SIGNALS:
    // ids are distinct, in the order first written; empty means "all records of entity".
    void recordsChanged(const QString &entity, const QList<qint64> &ids);

private:
    struct Write
    {
        QString entity;
        qint64 id = 0; // 0: all of entity
    };
    void publish(const QList<Write> &writes);

    QList<Write> m_pending;
    QList<qsizetype> m_levelStarts; // m_pending's size when each open transaction level began
};
