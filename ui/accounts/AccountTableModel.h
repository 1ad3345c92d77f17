#pragma once

#include "domain/Account.h"
#include "widgets/RecordTableModel.h"

// Accounts (khách hàng), newest first.
class AccountTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        TaxCodeColumn,
        PhoneColumn,
        EmailColumn,
        ProvinceColumn,
        OwnerColumn,
        CreatedColumn,
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;
    static QString typeLabel(AccountType type, bool isIndividual);

    QString entity() const override { return QStringLiteral("account"); }

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortKey(int column) const override;
    Result<QList<qint64>> queryIds() override;
    Result<QList<Row>> loadRows(const QList<qint64> &ids) const override;
};
