#pragma once

#include <QDateTime>
#include <QString>

// The bookkeeping every stored row carries (DESIGN.md §3): identity, audit, optimistic version, trash.
struct RecordMeta
{
    qint64 id = 0;
    QString uuid;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;     // bumped on every write; an update names the version it read
    QDateTime deletedAt; // null while the record is live; set when moved to the trash

    bool isNew() const { return id == 0; }
    bool isDeleted() const { return deletedAt.isValid(); }
};
