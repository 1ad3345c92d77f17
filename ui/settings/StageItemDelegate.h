#pragma once

#include <QStyledItemDelegate>

// Editors for StageTableModel: a combo box of the three kinds that saves as soon as one is picked, and
// spin boxes bounded like the service's rules (probability 0–100 %, rot days from 0 = off).
class StageItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // The kind column is as wide as its combo box with the longest kind in it, so the editor that
    // opens in the cell shows the whole word ("Đang mở"), not the width of the shortest one.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
