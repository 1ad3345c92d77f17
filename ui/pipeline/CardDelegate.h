#pragma once

#include <QStyledItemDelegate>

// Paints a board card (DESIGN.md §4: cards are painted, not one widget each, so a column of thousands
// scrolls as fast as a list): the name, the account, the amount and owner, the expected close date and
// the days in this stage, the next task, and a red mark when the deal is rotting.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card's lines as painted, for tests and for the accessible description.
    static QStringList lines(const QModelIndex &index, const QDateTime &now);
};
