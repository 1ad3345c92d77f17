#include "services/TagService.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/TagRepository.h"
#include "storage/Transaction.h"
#include "text/VietnameseText.h"

#include <QCollator>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

Result<Tag> TagService::ensure(const QString &rawName)
{
    const QString name = VietnameseText::clean(rawName);
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("tag"), tr("A tag needs a name."));
    TagRepository tags(m_database);
    Result<QList<Tag>> all = tags.list(ListQuery());
    if (!all.ok())
        return all.error();
    const QString folded = VietnameseText::fold(name);
    for (const Tag &existing : std::as_const(*all)) {
        if (VietnameseText::fold(existing.name) == folded)
            return existing;
    }
    Tag tag;
    tag.name = name;
    return tags.create(tag);
}

Result<Tag> TagService::tag(qint64 tagId)
{
    return TagRepository(m_database).get(tagId, TrashFilter::Live);
}

Result<QList<qint64>> TagService::addToLeads(qint64 tagId, const QList<qint64> &leadIds)
{
    Result<Tag> tagged = tag(tagId);
    if (!tagged.ok())
        return tagged.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<QSqlQuery> insert =
        m_database.prepare(QStringLiteral("INSERT OR IGNORE INTO lead_tags (lead_id, tag_id) "
                                          "SELECT id, ? FROM leads WHERE id = ? AND deleted_at IS NULL"));
    if (!insert.ok())
        return insert.error();
    QList<qint64> added;
    for (qint64 leadId : leadIds) {
        insert->bindValue(0, tagId);
        insert->bindValue(1, leadId);
        if (Result<void> done = m_database.exec(*insert); !done.ok())
            return done.error();
        if (insert->numRowsAffected() <= 0)
            continue; // already tagged (or not a live lead)
        const QJsonObject change{{QStringLiteral("tag_added"), tagged->name}};
        if (Result<qint64> logged =
                ChangeLog(m_database)
                    .append(QStringLiteral("lead"), leadId, QStringLiteral("update"), change);
            !logged.ok())
            return logged.error();
        added.append(leadId);
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return added;
}

Result<QList<qint64>> TagService::removeFromLeads(qint64 tagId, const QList<qint64> &leadIds)
{
    Result<Tag> tagged = tag(tagId);
    if (!tagged.ok())
        return tagged.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<QSqlQuery> remove =
        m_database.prepare(QStringLiteral("DELETE FROM lead_tags WHERE lead_id = ? AND tag_id = ?"));
    if (!remove.ok())
        return remove.error();
    QList<qint64> removed;
    for (qint64 leadId : leadIds) {
        remove->bindValue(0, leadId);
        remove->bindValue(1, tagId);
        if (Result<void> done = m_database.exec(*remove); !done.ok())
            return done.error();
        if (remove->numRowsAffected() <= 0)
            continue;
        const QJsonObject change{{QStringLiteral("tag_removed"), tagged->name}};
        if (Result<qint64> logged =
                ChangeLog(m_database)
                    .append(QStringLiteral("lead"), leadId, QStringLiteral("update"), change);
            !logged.ok())
            return logged.error();
        removed.append(leadId);
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return removed;
}

Result<QList<Tag>> TagService::tagsOfLead(qint64 leadId)
{
    Result<QSqlQuery> query =
        m_database.prepare(QStringLiteral("SELECT tag_id FROM lead_tags WHERE lead_id = ?"));
    if (!query.ok())
        return query.error();
    query->addBindValue(leadId);
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done.error();
    QVariantList ids;
    while (query->next())
        ids << query->value(0);
    if (ids.isEmpty())
        return QList<Tag>();
    return TagRepository(m_database)
        .list(ListQuery().where(QStringLiteral("id"), FilterOp::In, ids).sortBy(QStringLiteral("name")));
}

Result<QHash<qint64, QStringList>> TagService::tagNamesOfLeads(const QList<qint64> &leadIds)
{
    QHash<qint64, QStringList> names;
    if (leadIds.isEmpty())
        return names;
    Result<QSqlQuery> query = m_database.prepare(QStringLiteral(
        "SELECT lead_tags.lead_id, tags.name FROM lead_tags JOIN tags ON tags.id = lead_tags.tag_id "
        "WHERE lead_tags.lead_id IN (SELECT value FROM json_each(?)) AND tags.deleted_at IS NULL"));
    if (!query.ok())
        return query.error();
    query->addBindValue(SqlValue::idList(leadIds));
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done.error();
    while (query->next())
        names[query->value(0).toLongLong()].append(query->value(1).toString());
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    for (QStringList &tagNames : names)
        std::sort(tagNames.begin(), tagNames.end(), collator);
    return names;
}
