#include "widgets/RelatedRecordsModel.h"

void RelatedRecordsModel::setColumns(const QStringList &titles)
{
    if (titles.size() == m_titles.size()) {
        // Same columns in another language.
        m_titles = titles;
        if (!titles.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(titles.size()) - 1);
        return;
    }
    beginResetModel();
    m_titles = titles;
    m_rows.clear();
    endResetModel();
}

void RelatedRecordsModel::setRightAligned(int column)
{
    m_rightAligned = column;
}

void RelatedRecordsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 RelatedRecordsModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RelatedRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelatedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant RelatedRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return m_rows.at(index.row()).cells.value(index.column());
    if (role == Qt::TextAlignmentRole && index.column() == m_rightAligned)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RelatedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_titles.size())
        return {};
    return m_titles.at(section);
}
