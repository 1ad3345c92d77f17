#include "settings/PipelineSettingsPage.h"

#include "services/PipelineSettingsService.h"
#include "settings/StageItemDelegate.h"
#include "settings/StageTableModel.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/PipelineRepository.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

PipelineSettingsPage::PipelineSettingsPage(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    m_pipelineLabel = new QLabel(this);
    m_pipelineBox = new QComboBox(this);
    m_pipelineBox->setMinimumContentsLength(16);
    m_pipelineLabel->setBuddy(m_pipelineBox);
    m_newPipeline = new QPushButton(this);
    m_renamePipeline = new QPushButton(this);

    m_stageModel = new StageTableModel(database, this);
    m_stageView = new QTableView(this);
    m_stageView->setModel(m_stageModel);
    m_stageView->setItemDelegate(new StageItemDelegate(m_stageView));
    m_stageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stageView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                 QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_stageView->verticalHeader()->hide();
    m_stageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stageView->horizontalHeader()->setSectionResizeMode(StageTableModel::NameColumn, QHeaderView::Stretch);

    m_addStage = new QPushButton(this);
    m_deleteStage = new QPushButton(this);
    m_moveUp = new QPushButton(this);
    m_moveDown = new QPushButton(this);

    // Delete on the table deletes the stage, as in the lists; while a cell is edited the editor has the key.
    auto *deleteAction = new QAction(m_stageView);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_stageView->addAction(deleteAction);

    m_message = new InlineMessage(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *pipelineRow = new QHBoxLayout;
    pipelineRow->addWidget(m_pipelineLabel);
    pipelineRow->addWidget(m_pipelineBox, 1);
    pipelineRow->addWidget(m_newPipeline);
    pipelineRow->addWidget(m_renamePipeline);

    auto *stageButtons = new QHBoxLayout;
    stageButtons->addWidget(m_addStage);
    stageButtons->addWidget(m_deleteStage);
    stageButtons->addStretch();
    stageButtons->addWidget(m_moveUp);
    stageButtons->addWidget(m_moveDown);

    m_stagesGroup = new QGroupBox(this);
    auto *stagesLayout = new QVBoxLayout(m_stagesGroup);
    stagesLayout->addWidget(m_stageView);
    stagesLayout->addLayout(stageButtons);
    stagesLayout->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pipelineRow);
    layout->addWidget(m_stagesGroup, 1);
    layout->addWidget(m_hint);

    connect(m_pipelineBox, &QComboBox::currentIndexChanged, this, &PipelineSettingsPage::pipelineChosen);
    connect(m_newPipeline, &QPushButton::clicked, this, &PipelineSettingsPage::newPipeline);
    connect(m_renamePipeline, &QPushButton::clicked, this, &PipelineSettingsPage::renamePipeline);
    connect(m_addStage, &QPushButton::clicked, this, &PipelineSettingsPage::addStage);
    connect(m_deleteStage, &QPushButton::clicked, this, &PipelineSettingsPage::deleteStage);
    connect(deleteAction, &QAction::triggered, this, &PipelineSettingsPage::deleteStage);
    connect(m_moveUp, &QPushButton::clicked, this, &PipelineSettingsPage::moveUp);
    connect(m_moveDown, &QPushButton::clicked, this, &PipelineSettingsPage::moveDown);
    connect(m_stageModel, &StageTableModel::errorOccurred, m_message, &InlineMessage::showMessage);
    connect(m_stageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PipelineSettingsPage::updateButtons);
    connect(m_stageModel, &QAbstractItemModel::modelReset, this, &PipelineSettingsPage::updateButtons);
    connect(m_stageModel, &QAbstractItemModel::layoutChanged, this, &PipelineSettingsPage::updateButtons);
    connect(&database.changes(), &ChangeFeed::recordsChanged, this, &PipelineSettingsPage::recordsChanged);

    retranslate();
    reloadPipelines(0);
}

void PipelineSettingsPage::retranslate()
{
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_newPipeline->setText(tr("&New pipeline…"));
    m_renamePipeline->setText(tr("&Rename…"));
    m_stagesGroup->setTitle(tr("Stages, in the order of the board"));
    m_addStage->setText(tr("&Add stage…"));
    m_deleteStage->setText(tr("&Delete stage"));
    m_moveUp->setText(tr("Move &up"));
    m_moveDown->setText(tr("Move do&wn"));
    m_hint->setText(tr("Double-click a cell to change it. Changes on this page are saved at once: Cancel "
                       "does not take them back."));
    labelPipelines();
    m_stageModel->retranslate();
}

void PipelineSettingsPage::labelPipelines()
{
    for (int i = 0; i < m_pipelines.size(); ++i) {
        const Pipeline &pipeline = m_pipelines.at(i);
        m_pipelineBox->setItemText(i, pipeline.isDefault ? tr("%1 (default)").arg(pipeline.name)
                                                         : pipeline.name);
    }
}

void PipelineSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PipelineSettingsPage::reloadPipelines(qint64 selectId)
{
    Result<QList<Pipeline>> pipelines =
        PipelineRepository(m_database).list(ListQuery().sortBy(QStringLiteral("position")));
    if (!pipelines.ok()) {
        m_message->showMessage(pipelines.error().message);
        return;
    }
    m_pipelines = *pipelines;
    int selected = -1;
    {
        // One pipelineChosen at the end, not one per item.
        const QSignalBlocker blocker(m_pipelineBox);
        m_pipelineBox->clear();
        for (int i = 0; i < m_pipelines.size(); ++i) {
            const Pipeline &pipeline = m_pipelines.at(i);
            m_pipelineBox->addItem(pipeline.name, pipeline.meta.id);
            if (pipeline.meta.id == selectId || (selected < 0 && selectId == 0 && pipeline.isDefault))
                selected = i;
        }
        m_pipelineBox->setCurrentIndex(selected >= 0 ? selected : (m_pipelines.isEmpty() ? -1 : 0));
    }
    labelPipelines();
    pipelineChosen();
}

qint64 PipelineSettingsPage::currentPipelineId() const
{
    return m_pipelineBox->currentData().toLongLong();
}

void PipelineSettingsPage::pipelineChosen()
{
    const bool changed = m_stageModel->pipelineId() != currentPipelineId();
    m_stageModel->setPipeline(currentPipelineId());
    if (changed)
        m_message->showMessage({});
    updateButtons();
}

void PipelineSettingsPage::recordsChanged(const QString &entity, const QList<qint64> &)
{
    if (entity == u"pipeline")
        reloadPipelines(currentPipelineId());
    else if (entity == u"stage")
        m_message->showMessage({}); // a write went through: an earlier refusal no longer describes the table
}

int PipelineSettingsPage::currentRow() const
{
    const QModelIndex current = m_stageView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PipelineSettingsPage::selectRow(int row)
{
    if (row >= 0 && row < m_stageModel->rowCount())
        m_stageView->selectRow(row);
    updateButtons();
}

void PipelineSettingsPage::updateButtons()
{
    const bool hasPipeline = currentPipelineId() != 0;
    const int row = currentRow();
    m_renamePipeline->setEnabled(hasPipeline);
    m_addStage->setEnabled(hasPipeline);
    m_deleteStage->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_stageModel->rowCount() - 1);
}

void PipelineSettingsPage::newPipeline()
{
    const std::optional<QString> name =
        m_prompts.askName(this, tr("New pipeline"), tr("Name of the new pipeline:"), QString());
    if (!name)
        return;
    Result<Pipeline> created = PipelineSettingsService(m_database).createPipeline(*name);
    if (!created.ok()) {
        m_message->showMessage(created.error().message);
        return;
    }
    reloadPipelines(created->meta.id);
}

void PipelineSettingsPage::renamePipeline()
{
    const int index = m_pipelineBox->currentIndex();
    if (index < 0 || index >= m_pipelines.size())
        return;
    const Pipeline pipeline = m_pipelines.at(index);
    const std::optional<QString> name = m_prompts.askName(
        this, tr("Rename pipeline"), tr("New name for the pipeline “%1”:").arg(pipeline.name), pipeline.name);
    if (!name)
        return;
    Result<Pipeline> renamed =
        PipelineSettingsService(m_database).renamePipeline(pipeline.meta.id, *name, pipeline.meta.version);
    if (!renamed.ok()) {
        m_message->showMessage(renamed.error().message);
        return;
    }
    m_message->showMessage({});
}

void PipelineSettingsPage::addStage()
{
    const qint64 pipelineId = currentPipelineId();
    if (pipelineId == 0)
        return;
    const std::optional<QString> name =
        m_prompts.askName(this, tr("Add stage"), tr("Name of the new stage:"), QString());
    if (!name)
        return;

    // A new stage is almost always a step of the sale, so it goes among the open stages: after the
    // selected one when that is open, otherwise after the last open one, never behind Won and Lost.
    const QList<Stage> before = m_stageModel->stages();
    int after = -1;
    if (const int row = currentRow(); row >= 0 && before.at(row).kind == StageKind::Open) {
        after = row;
    } else {
        for (int i = 0; i < before.size(); ++i) {
            if (before.at(i).kind == StageKind::Open)
                after = i;
        }
    }
    Stage stage;
    stage.pipelineId = pipelineId;
    stage.name = *name;
    stage.kind = StageKind::Open;
    if (after >= 0) {
        // Its neighbour's numbers are a better start than zeros: the probabilities keep rising.
        stage.probability = before.at(after).probability;
        stage.rotDays = before.at(after).rotDays;
    }
    PipelineSettingsService service(m_database);
    Result<Stage> created = service.createStage(stage);
    if (!created.ok()) {
        m_message->showMessage(created.error().message);
        return;
    }
    // createStage appends behind the last stage; a second, separate write puts it in its place. Should
    // that fail, the stage exists at the end and Move up still works, so the message says only why.
    QList<qint64> order;
    for (const Stage &existing : before)
        order << existing.meta.id;
    order.insert(after + 1, created->meta.id);
    if (after + 1 < before.size()) {
        if (Result<void> placed = service.reorderStages(pipelineId, order); !placed.ok())
            m_message->showMessage(placed.error().message);
    }
    selectRow(m_stageModel->rowOf(created->meta.id));
}

void PipelineSettingsPage::deleteStage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Stage stage = m_stageModel->stageAt(row);
    const int deals = m_stageModel->dealCount(row);
    std::optional<qint64> moveTo;
    if (deals > 0) {
        QList<Stage> targets;
        for (const Stage &other : m_stageModel->stages()) {
            if (other.meta.id != stage.meta.id && other.kind == stage.kind)
                targets << other;
        }
        if (targets.isEmpty()) {
            m_message->showMessage(
                tr("The stage “%1” holds %Ln deal(s) and there is no other stage of the same kind "
                   "to move them to: add one first, then delete this one.",
                   nullptr, deals)
                    .arg(stage.name));
            return;
        }
        moveTo = m_prompts.chooseMoveTarget(this, stage, deals, targets);
        if (!moveTo)
            return;
    } else if (!m_prompts.confirm(this, tr("Delete stage"),
                                  tr("Delete the stage “%1”? It holds no deals.").arg(stage.name))) {
        return;
    }
    Result<int> deleted = PipelineSettingsService(m_database).deleteStage(stage.meta.id, moveTo);
    if (!deleted.ok()) {
        m_message->showMessage(deleted.error().message);
        return;
    }
    // The next stage takes the selection, so several can be deleted from the keyboard.
    selectRow(std::min(row, m_stageModel->rowCount() - 1));
}

void PipelineSettingsPage::moveUp()
{
    moveBy(-1);
}

void PipelineSettingsPage::moveDown()
{
    moveBy(+1);
}

void PipelineSettingsPage::moveBy(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    // The model's layout change carries the selection along with the stage.
    static_cast<void>(m_stageModel->moveStage(row, delta)); // a refusal is shown through errorOccurred
    updateButtons();
}
