#include "activities/TaskFilterBar.h"

#include "widgets/TextFilterBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>

TaskFilterBar::TaskFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QComboBox(this);
    for (TaskView view : {TaskView::Open, TaskView::Today, TaskView::Overdue, TaskView::Done, TaskView::All})
        m_view->addItem(QString(), int(view));
    m_mine = new QCheckBox(this);
    m_text = new TextFilterBox(this);
    layout->addWidget(m_view);
    layout->addWidget(m_mine);
    layout->addWidget(m_text, 1);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(view(), onlyMine()); });
    connect(m_mine, &QCheckBox::toggled, this, [this] { Q_EMIT changed(view(), onlyMine()); });
    retranslate();
}

void TaskFilterBar::retranslate()
{
    const QStringList names{tr("Open tasks"), tr("Today's tasks"), tr("Overdue tasks"), tr("Done tasks"),
                            tr("All tasks")};
    for (int i = 0; i < m_view->count(); ++i)
        m_view->setItemText(i, names.value(i));
    m_mine->setText(tr("Only mine"));
}

void TaskFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

TaskView TaskFilterBar::view() const
{
    return TaskView(m_view->currentData().toInt());
}

bool TaskFilterBar::onlyMine() const
{
    return m_mine->isChecked();
}

void TaskFilterBar::setView(TaskView view, bool onlyMine)
{
    m_view->setCurrentIndex(qMax(0, m_view->findData(int(view))));
    m_mine->setChecked(onlyMine);
}
