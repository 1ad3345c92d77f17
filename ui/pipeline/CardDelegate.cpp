#include "pipeline/CardDelegate.h"

#include "common/DisplayFormat.h"
#include "pipeline/BoardModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int margin = 4;  // around the card, inside its row
constexpr int padding = 8; // inside the card
constexpr int lineCount = 5;
constexpr int stripeWidth = 4;

} // namespace

QStringList CardDelegate::lines(const QModelIndex &index, const QDateTime &now)
{
    const qint64 amount = index.data(BoardModel::AmountRole).toLongLong();
    const QString owner = index.data(BoardModel::OwnerRole).toString();
    QString money = amount > 0 ? DisplayFormat::money(amount) : QString();
    if (!owner.isEmpty())
        money = money.isEmpty() ? owner : tr("%1 · %2").arg(money, owner);

    QStringList when;
    if (const QDate close = index.data(BoardModel::CloseDateRole).toDate(); close.isValid())
        when << tr("Close %1").arg(DisplayFormat::date(close));
    if (const QDateTime entered = index.data(BoardModel::EnteredColumnRole).toDateTime(); entered.isValid()) {
        const int days = int(qMax<qint64>(0, entered.daysTo(now)));
        when << tr("%Ln day(s) in stage", nullptr, days);
    }

    QString next;
    const QString task = index.data(BoardModel::NextTaskRole).toString();
    if (index.data(BoardModel::RottingRole).toBool())
        next = tr("Rotting: no next step booked");
    else if (task.isEmpty())
        next = tr("No next task");
    else if (const QDateTime due = index.data(BoardModel::NextTaskDueRole).toDateTime(); due.isValid())
        next = tr("Next: %1 (%2)").arg(task, DisplayFormat::date(due));
    else
        next = tr("Next: %1").arg(task);

    return {index.data(Qt::DisplayRole).toString(), index.data(BoardModel::SubtitleRole).toString(), money,
            when.join(QStringLiteral(" · ")), next};
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lineHeight = option.fontMetrics.height();
    return {220, lineCount * lineHeight + 2 * padding + 2 * margin};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(margin, margin, -margin, -margin);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool rotting = index.data(BoardModel::RottingRole).toBool();
    const QPalette &palette = option.palette;

    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    painter->fillPath(outline, selected ? palette.color(QPalette::Highlight).lighter(185)
                                        : palette.color(QPalette::Base));
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), 1));
    painter->drawPath(outline);
    if (rotting) {
        // A stripe down the left edge: rotting deals stand out when scanning a long column.
        painter->save();
        painter->setClipPath(outline);
        painter->fillRect(QRectF(card.left(), card.top(), stripeWidth, card.height()),
                          QColor(0xd9, 0x30, 0x25));
        painter->restore();
    }
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 4, 4);
    }

    const QStringList text = lines(index, QDateTime::currentDateTimeUtc());
    const QFontMetrics &metrics = option.fontMetrics;
    const int lineHeight = metrics.height();
    const int left = int(card.left()) + padding + (rotting ? stripeWidth : 0);
    const int width = int(card.right()) - padding - left;
    QFont bold = option.font;
    bold.setBold(true);
    for (int line = 0; line < text.size(); ++line) {
        const QRect rect(left, int(card.top()) + padding + line * lineHeight, width, lineHeight);
        QColor color = palette.color(QPalette::Text);
        if (line == 0 || line == 2)
            painter->setFont(bold);
        else
            painter->setFont(option.font);
        if (line == 1 || line == 3)
            color = palette.color(QPalette::PlaceholderText);
        if (line == 4)
            color = rotting ? QColor(0xb3, 0x26, 0x1e) : palette.color(QPalette::PlaceholderText);
        painter->setPen(color);
        const QFontMetrics lineMetrics(painter->font());
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          lineMetrics.elidedText(text.at(line), Qt::ElideRight, width));
    }
    painter->restore();
}
