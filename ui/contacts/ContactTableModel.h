#pragma once

#include "domain/Contact.h"
#include "widgets/RecordTableModel.h"

// Contacts (liên hệ), newest first, with the account each belongs to.
class ContactTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AccountColumn,
        RoleColumn,
        PhoneColumn,
        EmailColumn,
        ProvinceColumn,
        OwnerColumn,
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;
    static QString roleLabel(ContactRole role);

    bool listsPeople() const override { return true; }
    QString entity() const override { return QStringLiteral("contact"); }

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortKey(int column) const override;
    Result<QList<qint64>> queryIds() override;
    Result<QList<Row>> loadRows(const QList<qint64> &ids) const override;
};
