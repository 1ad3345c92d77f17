#include "services/SearchService.h"

#include "storage/Database.h"
#include "text/EmailAddress.h"
#include "text/PhoneNumbers.h"
#include "text/VietnameseText.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

// How many of the newest matches per table are ranked: enough that the best of a common name are
// among them, few enough that a one-letter query stays fast.
constexpr int candidatesPerTable = 200;

QString selectFor(SearchEntity entity)
{
    switch (entity) {
    case SearchEntity::Lead:
        return QStringLiteral(
            "SELECT t.id, t.full_name, t.phone, t.email, t.company, t.search_text FROM "
            "(SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
            "JOIN leads t ON t.id = f.rowid");
    case SearchEntity::Contact:
        return QStringLiteral(
            "SELECT t.id, t.full_name, t.phone, t.email, a.name, t.search_text FROM "
            "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
            "JOIN contacts t ON t.id = f.rowid LEFT JOIN accounts a ON a.id = t.account_id");
    case SearchEntity::Account:
        return QStringLiteral(
            "SELECT t.id, t.name, t.phone, t.email, t.name, t.search_text FROM "
            "(SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
            "JOIN accounts t ON t.id = f.rowid");
    }
    return {};
}

// The query as groups of alternatives: every group must match (AND), any alternative in a group may
// (OR). Words give one alternative each. A phone gives the forms its digits may take in the index:
// "912 345" is the middle of 0912 345…, "84912" may be +84 912… or 0849 12…
QList<QStringList> queryTerms(const QString &query)
{
    if (PhoneNumbers::looksLikePhone(query)) {
        QString digits;
        for (QChar c : query) {
            if (c.isDigit())
                digits += QChar(u'0' + c.digitValue());
        }
        QStringList forms{PhoneNumbers::partialKey(query)};
        if (!query.contains(u'+') && !digits.startsWith(u'0'))
            forms << u'0' + digits;
        forms.removeDuplicates();
        forms.removeAll(QString());
        return forms.isEmpty() ? QList<QStringList>() : QList<QStringList>{forms};
    }
    // An address at a public domain is indexed without the domain (SearchText::email), so the domain
    // the user types, or is still typing, must not be required.
    QString searchable = query;
    if (const qsizetype at = query.lastIndexOf(u'@'); at >= 0) {
        const QStringView domain = QStringView(query).mid(at + 1);
        if (!domain.contains(u'.') || EmailAddress::isPublicDomain(EmailAddress::normalize(domain)))
            searchable = query.left(at);
    }
    QList<QStringList> groups;
    for (const QString &word : VietnameseText::foldedTokens(searchable))
        groups.append(QStringList{word});
    return groups;
}

QStringList flattened(const QList<QStringList> &groups)
{
    QStringList words;
    for (const QStringList &group : groups)
        words += group;
    return words;
}

// Higher is better. Names weigh most: that is what people type.
int rank(const SearchHit &hit, const QString &searchText, const QStringList &terms,
         const QString &foldedQuery)
{
    const QString name = VietnameseText::fold(hit.name);
    int score = 0;
    if (name == foldedQuery)
        score += 100;
    else if (name.startsWith(foldedQuery))
        score += 50;
    const QStringList nameWords = name.split(u' ', Qt::SkipEmptyParts);
    const QStringList words = searchText.split(u' ', Qt::SkipEmptyParts);
    if (!terms.isEmpty() && !nameWords.isEmpty() && nameWords.constLast() == terms.constLast())
        score += 30; // the given name, which is how Vietnamese people are called
    for (const QString &term : terms) {
        if (nameWords.contains(term))
            score += 10;
        else if (words.contains(term))
            score += 8; // a whole phone number, email word or company word
        else
            score += 2; // a prefix only
    }
    if (!hit.phone.isEmpty() && terms.contains(hit.phone))
        score += 100;
    return score;
}

} // namespace

SearchService::SearchService(Database &database) : m_database(database) {}

QString SearchService::entityName(SearchEntity entity)
{
    switch (entity) {
    case SearchEntity::Lead:
        return QStringLiteral("lead");
    case SearchEntity::Contact:
        return QStringLiteral("contact");
    case SearchEntity::Account:
        return QStringLiteral("account");
    }
    return {};
}

QString SearchService::matchExpression(const QString &query)
{
    QStringList parts;
    for (const QStringList &alternatives : queryTerms(VietnameseText::clean(query))) {
        QStringList quoted;
        for (QString term : alternatives)
            quoted << u'"' + term.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
        parts << (quoted.size() == 1 ? quoted.constFirst()
                                     : u'(' + quoted.join(QStringLiteral(" OR ")) + u')');
    }
    return parts.join(u' ');
}

Result<void> SearchService::collect(SearchEntity entity, const QString &match, const QStringList &terms,
                                    const QString &foldedQuery, QList<SearchHit> &hits)
{
    Result<QSqlQuery> query = m_database.prepare(selectFor(entity));
    if (!query.ok())
        return query.error();
    query->addBindValue(match);
    query->addBindValue(candidatesPerTable);
    query->setForwardOnly(true);
    if (Result<void> done = m_database.exec(*query); !done.ok())
        return done;
    while (query->next()) {
        SearchHit hit;
        hit.entity = entity;
        hit.id = query->value(0).toLongLong();
        hit.name = query->value(1).toString();
        hit.phone = query->value(2).toString();
        hit.email = query->value(3).toString();
        hit.company = query->value(4).toString();
        hit.score = rank(hit, query->value(5).toString(), terms, foldedQuery);
        hits.append(hit);
    }
    return {};
}

Result<QList<SearchHit>> SearchService::search(const QString &rawQuery, const QList<SearchEntity> &entities,
                                               int limit)
{
    const QString query = VietnameseText::clean(rawQuery);
    const QString match = matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const QStringList terms = flattened(queryTerms(query));
    const QString foldedQuery = VietnameseText::fold(query);

    QList<SearchHit> hits;
    for (SearchEntity entity : entities) {
        if (Result<void> done = collect(entity, match, terms, foldedQuery, hits); !done.ok())
            return done.error();
    }
    // Best score first; among equals, the newest record (highest id) first, leads before contacts.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.entity != b.entity)
            return a.entity < b.entity;
        return a.id > b.id;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}
