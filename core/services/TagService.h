#pragma once

#include "common/Result.h"
#include "domain/Tag.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;

// Tags (nhãn) on leads: made on the fly from a name, put on and taken off a selection in one
// transaction, each change written to change_log under the lead so history and live refresh see it.
class TagService
{
    Q_DECLARE_TR_FUNCTIONS(TagService)

public:
    explicit TagService(Database &database) : m_database(database) {}

    // The tag of that name (compared without case or diacritics), created when there is none.
    Result<Tag> ensure(const QString &name);
    // Puts the tag on each lead that lacks it; returns the leads it was put on (undo takes it off
    // exactly those).
    Result<QList<qint64>> addToLeads(qint64 tagId, const QList<qint64> &leadIds);
    // Takes the tag off each lead that has it; returns the leads it was taken off (undo puts it back
    // on exactly those).
    Result<QList<qint64>> removeFromLeads(qint64 tagId, const QList<qint64> &leadIds);
    // The lead's tags, by name.
    Result<QList<Tag>> tagsOfLead(qint64 leadId);
    // The tag names of each of the leads that has any, sorted (a page of the lead list in one query).
    Result<QHash<qint64, QStringList>> tagNamesOfLeads(const QList<qint64> &leadIds);

private:
    Result<Tag> tag(qint64 tagId);
    Database &m_database;
};
