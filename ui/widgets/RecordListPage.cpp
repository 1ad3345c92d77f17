#include "widgets/RecordListPage.h"

#include "widgets/RecordTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

RecordListPage::RecordListPage(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights let the view skip measuring a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    // Sizing a column to its contents looks at the first page of rows only, never the whole list.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    // Clicking a header sorts in SQL; no column is sorted at first (the list's natural order).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_count);
    layout->addWidget(m_view);
}

void RecordListPage::setModel(RecordTableModel *model)
{
    model->setParent(this);
    RecordTableModel *previous = m_model;
    // The order the user chose carries over to the new model (it is only read later).
    const QHeaderView *header = m_view->horizontalHeader();
    model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_view->setModel(model);
    m_model = model;
    delete previous;
}

bool RecordListPage::reload()
{
    if (!m_model || !m_model->reload())
        return false;
    m_stale = false;
    return true;
}
