#include "storage/OpportunityRepository.h"

#include "storage/Database.h"
#include "storage/SearchText.h"

#include <QSqlQuery>

OpportunityRepository::OpportunityRepository(Database &database)
    : Repository<Opportunity>(database, mapping())
{}

QString OpportunityRepository::searchTextOf(const QString &name, const QString &accountName)
{
    const QString nameWords = SearchText().words(name).toString();
    const QString accountWords = SearchText().words(accountName).toString();
    if (accountWords.isEmpty() ||
        QString(u' ' + nameWords + u' ').contains(QString(u' ' + accountWords + u' ')))
        return nameWords;
    return SearchText().folded(nameWords).folded(accountWords).toString();
}

QString OpportunityRepository::accountName(Database &database, std::optional<qint64> accountId)
{
    if (!accountId)
        return {};
    Result<QSqlQuery> query = database.prepare(QStringLiteral("SELECT name FROM accounts WHERE id = ?"));
    if (!query.ok())
        return {};
    query->addBindValue(*accountId);
    // A failed read leaves the account's words out of the search text; the write it belongs to
    // reports the database's trouble itself.
    if (!database.exec(*query).ok() || !query->next())
        return {};
    return query->value(0).toString();
}

Result<void> OpportunityRepository::refreshSearchTexts(qint64 accountId)
{
    Database &database = table().database();
    const QString account = accountName(database, accountId);
    Result<QSqlQuery> deals = database.prepare(
        QStringLiteral("SELECT id, name, search_text FROM opportunities WHERE account_id = ?"));
    if (!deals.ok())
        return deals.error();
    deals->addBindValue(accountId);
    if (Result<void> done = database.exec(*deals); !done.ok())
        return done;
    QList<std::pair<qint64, QString>> changed;
    while (deals->next()) {
        const QString text = searchTextOf(deals->value(1).toString(), account);
        if (text != deals->value(2).toString())
            changed.append({deals->value(0).toLongLong(), text});
    }
    if (changed.isEmpty())
        return {};
    Result<QSqlQuery> update =
        database.prepare(QStringLiteral("UPDATE opportunities SET search_text = ? WHERE id = ?"));
    if (!update.ok())
        return update.error();
    for (const auto &[id, text] : std::as_const(changed)) {
        update->addBindValue(text);
        update->addBindValue(id);
        if (Result<void> done = database.exec(*update); !done.ok())
            return done;
    }
    return {};
}

const TableMapping<Opportunity> &OpportunityRepository::mapping()
{
    static const TableMapping<Opportunity> table = [] {
        TableMapping<Opportunity> m{QStringLiteral("opportunity"), QStringLiteral("opportunities"), {}};
        m.field("name", &Opportunity::name)
            .field("account_id", &Opportunity::accountId)
            .field("contact_id", &Opportunity::contactId)
            .field("pipeline_id", &Opportunity::pipelineId)
            .field("stage_id", &Opportunity::stageId)
            .field("position", &Opportunity::position)
            .field("amount", &Opportunity::amount)
            .field("probability", &Opportunity::probability)
            .field("expected_close_date", &Opportunity::expectedCloseDate)
            .field("stage_entered_at", &Opportunity::stageEnteredAt)
            .field("closed_at", &Opportunity::closedAt)
            .field("lost_reason_id", &Opportunity::lostReasonId)
            .field("lost_reason_note", &Opportunity::lostReasonNote)
            .field("owner_id", &Opportunity::ownerId)
            .field("source_id", &Opportunity::sourceId)
            .field("campaign_id", &Opportunity::campaignId)
            .field("lead_id", &Opportunity::leadId)
            .field("notes", &Opportunity::notes)
            .derivedWithLookup("search_text", [](const Opportunity &deal, Database &database) {
                return QVariant(searchTextOf(deal.name, accountName(database, deal.accountId)));
            });
        return m;
    }();
    return table;
}
