#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

enum class SearchEntity
{
    Lead,
    Contact,
    Account,
};

struct SearchHit
{
    SearchEntity entity = SearchEntity::Lead;
    qint64 id = 0;
    QString name;
    QString phone; // normalized key
    QString email;
    QString company;
    int score = 0; // higher is better; see SearchService::rank
};

// Global search over leads, contacts and accounts as the user types: diacritics-insensitive ("dang"
// finds Đặng), by word prefix, by phone in any format, by email.
//
// Each table has an FTS5 index over its folded search_text. A query becomes an AND of quoted prefix
// terms, bound as one parameter. To stay instant on a million rows, each index returns its newest
// matches (rowid order, which FTS5 walks without sorting) up to a bounded candidate set, and those are
// ranked here: exact name, name prefix, whole-word matches, phone and email matches first, newer first.
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    explicit SearchService(Database &database);

    Result<QList<SearchHit>> search(const QString &query, const QList<SearchEntity> &entities,
                                    int limit = 20);

    // The FTS5 MATCH expression for a query ("Nguyễn V" → "nguyen"* "v"*); empty when nothing searchable.
    static QString matchExpression(const QString &query);
    static QString entityName(SearchEntity entity);

private:
    Result<void> collect(SearchEntity entity, const QString &match, const QStringList &terms,
                         const QString &foldedQuery, QList<SearchHit> &hits);
    Database &m_database;
};
