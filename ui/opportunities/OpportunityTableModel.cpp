#include "opportunities/OpportunityTableModel.h"

#include "common/DisplayFormat.h"
#include "storage/OpportunityRepository.h"
#include "widgets/AccountNames.h"

#include <QLocale>

Result<QList<qint64>> OpportunityTableModel::queryIds()
{
    return sortedIds<OpportunityRepository>(textQuery());
}

Result<QList<RecordTableModel::Row>> OpportunityTableModel::loadRows(const QList<qint64> &ids) const
{
    Result<QList<Opportunity>> deals = recordsWithIds<OpportunityRepository>(ids);
    if (!deals.ok())
        return deals.error();
    QList<qint64> accountIds;
    for (const Opportunity &deal : std::as_const(*deals)) {
        if (deal.accountId)
            accountIds << *deal.accountId;
    }
    Result<QHash<qint64, QString>> accountNames = AccountNames::of(database(), accountIds);
    if (!accountNames.ok())
        return accountNames.error();
    const QLocale locale;
    QList<Row> rows;
    rows.reserve(deals->size());
    for (const Opportunity &deal : std::as_const(*deals)) {
        const Stage *stage = lookups().stage(deal.stageId);
        QVariantList display(ColumnCount);
        display[NameColumn] = deal.name;
        display[AccountColumn] = deal.accountId ? accountNames->value(*deal.accountId) : QString();
        display[StageColumn] = stage ? stage->name : QString();
        display[AmountColumn] = DisplayFormat::money(deal.amount); // 1.234.567 ₫
        display[ProbabilityColumn] = QString(locale.toString(deal.probability) + locale.percent());
        display[CloseDateColumn] = shortDate(deal.expectedCloseDate);
        display[OwnerColumn] = lookups().userDisplayName(deal.ownerId);
        rows.append(Row{deal.meta.id, display});
    }
    return rows;
}

QString OpportunityTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Opportunity");
    case AccountColumn:
        return tr("Account");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return tr("Amount");
    case ProbabilityColumn:
        return tr("Probability");
    case CloseDateColumn:
        return tr("Expected close");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

Qt::Alignment OpportunityTableModel::columnAlignment(int column) const
{
    if (column == AmountColumn || column == ProbabilityColumn)
        return Qt::AlignRight | Qt::AlignVCenter;
    return RecordTableModel::columnAlignment(column);
}

QString OpportunityTableModel::sortKey(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case StageColumn:
        return QStringLiteral("stage_id");
    case AmountColumn:
        return QStringLiteral("amount");
    case ProbabilityColumn:
        return QStringLiteral("probability");
    case CloseDateColumn:
        return QStringLiteral("expected_close_date");
    default:
        return {};
    }
}
