#pragma once

#include "services/LeadFilter.h"
#include "widgets/RecordTableModel.h"

// Leads, newest first.
class LeadTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        EmailColumn,
        CompanyColumn,
        ProvinceColumn,
        StatusColumn,
        OwnerColumn,
        CreatedColumn,
        SourceColumn,
        TagsColumn,
        ColumnCount
    };

    using RecordTableModel::RecordTableModel;
    qint64 leadId(int row) const { return recordId(row); }

    // Narrows the list (and reads it again when it was read before).
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }

    bool listsPeople() const override { return true; }
    QString entity() const override { return QStringLiteral("lead"); }

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortKey(int column) const override;
    Result<QList<qint64>> queryIds() override;
    std::optional<ChunkedIds> chunkedIds() const override;
    Result<QList<Row>> loadRows(const QList<qint64> &ids) const override;

private:
    ListQuery filterQuery() const;
    LeadFilter m_filter;
};
