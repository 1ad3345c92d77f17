#pragma once

#include <QList>
#include <QString>
#include <QVariant>

enum class TrashFilter
{
    Live,  // records not in the trash (the default everywhere)
    Trash, // only records in the trash
    All,
};

enum class FilterOp
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    IsNull,
    IsNotNull,
    In,         // value is a QVariantList
    StartsWith, // text prefix; case-sensitive, so filter on folded or normalized columns
    // An FTS5 MATCH expression (SearchService::matchExpression) against the table's full-text index;
    // the column must be search_text. On a table with a search_text but no index (opportunities,
    // tasks) the same expression is answered by a scan: each quoted term must start a word of the
    // folded text (instr() on " " + search_text), a parenthesised group needs any one of its terms.
    Matches,
    // Leads carrying the tag whose id is the value; the column must be id.
    Tagged,
};

struct ListFilter
{
    QString column;
    FilterOp op = FilterOp::Equal;
    QVariant value;
};

// What a list asks a repository for. Column names are checked against the table's columns before they
// reach SQL; values are always bound (QDateTime and QDate values in the stored text form, so that
// comparisons on timestamp columns order correctly).
struct ListQuery
{
    QList<ListFilter> filters;
    // Each group holds when at least one of its filters does: (a OR b OR …), ANDed with the filters.
    // "Tasks about this record" matches whichever of lead/account/contact/opportunity ids is given.
    QList<QList<ListFilter>> anyOf;
    QString sortColumn = QStringLiteral("id");
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = -1;
    int offset = 0;
    TrashFilter trash = TrashFilter::Live;

    ListQuery &where(const QString &column, FilterOp op, const QVariant &value = {})
    {
        filters.append(ListFilter{column, op, value});
        return *this;
    }
    ListQuery &whereAny(const QList<ListFilter> &alternatives)
    {
        anyOf.append(alternatives);
        return *this;
    }
    ListQuery &sortBy(const QString &column, Qt::SortOrder sortOrder = Qt::AscendingOrder)
    {
        sortColumn = column;
        order = sortOrder;
        return *this;
    }
    ListQuery &page(int pageLimit, int pageOffset = 0)
    {
        limit = pageLimit;
        offset = pageOffset;
        return *this;
    }
};
