#pragma once

#include "widgets/RecordTableModel.h"

// Deals (cơ hội), newest first: account, stage, amount in đồng, probability, expected close.
class OpportunityTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AccountColumn,
        StageColumn,
        AmountColumn,
        ProbabilityColumn,
        CloseDateColumn,
        OwnerColumn,
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;

    QString entity() const override { return QStringLiteral("opportunity"); }

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortKey(int column) const override;
    Qt::Alignment columnAlignment(int column) const override;
    Result<QList<qint64>> queryIds() override;
    Result<QList<Row>> loadRows(const QList<qint64> &ids) const override;
};
