#include "settings/StageItemDelegate.h"

#include "settings/StageTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionComboBox>

#include <algorithm>

QWidget *StageItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case StageTableModel::KindColumn: {
        auto *combo = new QComboBox(parent);
        for (StageKind kind : {StageKind::Open, StageKind::Won, StageKind::Lost})
            combo->addItem(StageTableModel::kindName(kind), int(kind));
        // Picking a kind is the whole edit: write it now rather than when focus happens to leave.
        // commitData is a signal, and signals are not const; the editor belongs to this delegate.
        auto *self = const_cast<StageItemDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    case StageTableModel::ProbabilityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setFrame(false);
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral("%"));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case StageTableModel::RotDaysColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setFrame(false);
        spin->setRange(0, 3650);
        spin->setSpecialValueText(StageTableModel::tr("off", "rot days"));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void StageItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == StageTableModel::KindColumn) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void StageItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && index.column() == StageTableModel::KindColumn) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        // interpretText: a number typed but not yet confirmed with Enter still counts.
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

QSize StageItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != StageTableModel::KindColumn)
        return hint;
    int textWidth = 0;
    for (StageKind kind : {StageKind::Open, StageKind::Won, StageKind::Lost})
        textWidth =
            std::max(textWidth, option.fontMetrics.horizontalAdvance(StageTableModel::kindName(kind)));
    QStyleOptionComboBox combo;
    combo.initFrom(option.widget);
    combo.frame = true;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QSize comboSize = style->sizeFromContents(
        QStyle::CT_ComboBox, &combo, QSize(textWidth, option.fontMetrics.height()), option.widget);
    return hint.expandedTo(comboSize);
}
