#include "widgets/RecordListPage.h"

#include "widgets/RecordTableModel.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
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

    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { columnMenu()->popup(m_view->horizontalHeader()->mapToGlobal(at)); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_count);
    m_layout->addWidget(m_splitter, 1);
}

void RecordListPage::setRecordPanel(QWidget *panel)
{
    delete m_panel;
    m_panel = panel;
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void RecordListPage::setFilterBar(QWidget *bar)
{
    m_layout->insertWidget(m_layout->indexOf(m_splitter), bar);
}

void RecordListPage::setAlternateView(QWidget *view)
{
    if (!m_views) {
        m_views = new QStackedWidget;
        m_splitter->replaceWidget(0, m_views);
        m_views->addWidget(m_view);
    }
    m_views->addWidget(view);
}

void RecordListPage::showAlternateView(bool shown)
{
    if (m_views)
        m_views->setCurrentIndex(shown ? 1 : 0);
}

bool RecordListPage::isShowingAlternateView() const
{
    return m_views && m_views->currentIndex() == 1;
}

qint64 RecordListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return m_model && current.isValid() ? m_model->recordId(current.row()) : 0;
}

QList<qint64> RecordListPage::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !m_view->selectionModel())
        return ids;
    // Ranges, not indexes: selecting 100,000 rows with Shift+click stays cheap.
    const QItemSelection selection = m_view->selectionModel()->selection();
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(m_model->recordId(row));
    return ids;
}

bool RecordListPage::showRecord(qint64 id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

bool RecordListPage::stepRecord(int step)
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : m_model->rowCount() - 1);
    if (row < 0 || row >= m_model->rowCount())
        return false;
    return showRecord(m_model->recordId(row));
}

QMenu *RecordListPage::columnMenu()
{
    if (!m_columnMenu)
        m_columnMenu = new QMenu(this);
    m_columnMenu->clear();
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_model ? m_model->columnCount() : 0;
    int visible = 0;
    for (int column = 0; column < columns; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    // In the order the user arranged the columns.
    for (int position = 0; position < columns; ++position) {
        const int column = header->logicalIndex(position);
        QAction *action = m_columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    if (m_model && m_model->listsPeople()) {
        // Where the name column's order is chosen, since that is where people look for it.
        m_columnMenu->addSection(tr("Sort names"));
        auto *order = new QActionGroup(m_columnMenu);
        const auto addOrder = [&](const QString &text, bool aToZ) {
            QAction *action = m_columnMenu->addAction(text);
            action->setCheckable(true);
            action->setChecked(m_model->namesAToZ() == aToZ);
            order->addAction(action);
            connect(action, &QAction::triggered, this, [this, aToZ] {
                m_model->setNamesAToZ(aToZ);
                Q_EMIT namesAToZChosen(aToZ);
            });
        };
        addOrder(tr("By given name (tên), then family name"), false);
        addOrder(tr("A–Z by full name"), true);
    }
    return m_columnMenu;
}

void RecordListPage::rememberPlace()
{
    m_placeId = currentId();
    m_placeScroll = m_view->verticalScrollBar()->value();
}

void RecordListPage::restorePlace()
{
    m_view->verticalScrollBar()->setValue(m_placeScroll);
    const int row = m_placeId ? m_model->rowOf(m_placeId) : -1;
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT countChanged();
    if (currentId() != m_lastCurrentId) {
        m_lastCurrentId = currentId();
        Q_EMIT currentRecordChanged(m_lastCurrentId);
    }
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
    // A reset (another user's or this window's write) keeps the current record and the scroll position.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordListPage::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordListPage::restorePlace);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (currentId() != m_lastCurrentId) {
            m_lastCurrentId = currentId();
            Q_EMIT currentRecordChanged(m_lastCurrentId);
        }
    });
    m_lastCurrentId = 0;
    Q_EMIT currentRecordChanged(0);
}

bool RecordListPage::reload()
{
    if (!m_model || !m_model->reload())
        return false;
    m_stale = false;
    return true;
}
