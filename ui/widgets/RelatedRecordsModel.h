#pragma once

#include <QAbstractTableModel>
#include <QStringList>

// A short list of records that belong to the one shown (an account's contacts or deals): a few rows
// read whole, each with its id and the texts of its columns. Long lists have their own pages.
class RelatedRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setColumns(const QStringList &titles);
    // Numbers (money) line up on the right.
    void setRightAligned(int column);
    void setRows(QList<Row> rows);
    qint64 recordId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_titles;
    QList<Row> m_rows;
    int m_rightAligned = -1;
};
