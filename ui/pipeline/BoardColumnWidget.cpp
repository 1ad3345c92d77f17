#include "pipeline/BoardColumnWidget.h"

#include "common/DisplayFormat.h"
#include "pipeline/BoardModel.h"
#include "pipeline/CardDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int columnWidth = 270;
constexpr int collapsedWidth = 44;

} // namespace

BoardColumnWidget::BoardColumnWidget(BoardModel *model, int columnRow, QWidget *parent)
    : QFrame(parent), m_model(model), m_columnRow(columnRow)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_collapse = new QToolButton(this);
    m_collapse->setAutoRaise(true);
    m_add = new QToolButton(this);
    m_add->setAutoRaise(true);
    m_add->setText(QStringLiteral("+"));
    top->addWidget(m_title, 1);
    top->addWidget(m_add);
    top->addWidget(m_collapse);
    layout->addLayout(top);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    m_cards = new QListView(this);
    m_cards->setModel(model);
    m_cards->setRootIndex(model->columnIndex(columnRow));
    m_cards->setItemDelegate(new CardDelegate(m_cards));
    m_cards->setUniformItemSizes(true); // thousands of cards: sizes are not asked card by card
    m_cards->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_cards->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cards->setDragDropMode(QAbstractItemView::DragDrop);
    m_cards->setDefaultDropAction(Qt::MoveAction);
    m_cards->setDropIndicatorShown(true);
    m_cards->setFrameShape(QFrame::NoFrame);
    m_cards->viewport()->setBackgroundRole(QPalette::Window);
    layout->addWidget(m_cards, 1);

    // Deals start open; won and lost columns fill by moves (a lost one needs its reason).
    m_add->setVisible(
        BoardColumn::Kind(model->columnIndex(columnRow).data(BoardModel::ColumnKindRole).toInt()) ==
        BoardColumn::Kind::Open);
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    connect(m_add, &QToolButton::clicked, this, [this] { Q_EMIT createRequested(columnId()); });
    connect(model, &BoardModel::columnTotalsChanged, this, [this](int row) {
        if (row == m_columnRow)
            updateHeader();
    });
    setFixedWidth(columnWidth);
    updateHeader();
}

qint64 BoardColumnWidget::columnId() const
{
    return m_model->columnIndex(m_columnRow).data(BoardModel::IdRole).toLongLong();
}

void BoardColumnWidget::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    m_cards->setVisible(!collapsed);
    m_totals->setVisible(!collapsed);
    m_add->setVisible(
        !collapsed &&
        BoardColumn::Kind(m_model->columnIndex(m_columnRow).data(BoardModel::ColumnKindRole).toInt()) ==
            BoardColumn::Kind::Open);
    setFixedWidth(collapsed ? collapsedWidth : columnWidth);
    updateHeader();
    Q_EMIT collapsedChanged(collapsed);
}

QString BoardColumnWidget::headerText() const
{
    const QModelIndex column = m_model->columnIndex(m_columnRow);
    return tr("%1 (%L2)").arg(column.data().toString()).arg(column.data(BoardModel::CountRole).toInt());
}

QString BoardColumnWidget::totalsText() const
{
    const QModelIndex column = m_model->columnIndex(m_columnRow);
    return tr("%1\nweighted %2 (%3%)")
        .arg(DisplayFormat::money(column.data(BoardModel::SumRole).toLongLong()),
             DisplayFormat::money(column.data(BoardModel::WeightedSumRole).toLongLong()))
        .arg(column.data(BoardModel::ProbabilityRole).toInt());
}

void BoardColumnWidget::updateHeader()
{
    // Collapsed, the column is a narrow strip: its count says enough, the name is in the tooltip.
    const QModelIndex column = m_model->columnIndex(m_columnRow);
    m_title->setText(m_collapsed ? QString::number(column.data(BoardModel::CountRole).toInt())
                                 : headerText());
    m_title->setToolTip(headerText());
    m_totals->setText(totalsText());
    m_collapse->setText(m_collapsed ? QStringLiteral("»") : QStringLiteral("«"));
    m_collapse->setToolTip(m_collapsed ? tr("Expand the column") : tr("Collapse the column"));
    m_add->setToolTip(tr("Add a deal in this column"));
}

void BoardColumnWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
    QFrame::changeEvent(event);
}
