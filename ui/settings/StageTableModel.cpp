#include "settings/StageTableModel.h"

#include "services/PipelineSettingsService.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/StageRepository.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace {

QList<qint64> idsOf(const QList<Stage> &stages)
{
    QList<qint64> ids;
    ids.reserve(stages.size());
    for (const Stage &stage : stages)
        ids << stage.meta.id;
    return ids;
}

} // namespace

StageTableModel::StageTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(&database.changes(), &ChangeFeed::recordsChanged, this, &StageTableModel::recordsChanged);
}

void StageTableModel::setPipeline(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId)
        return;
    beginResetModel();
    m_pipelineId = pipelineId;
    m_stages.clear();
    m_dealCounts.clear();
    endResetModel();
    refresh();
}

int StageTableModel::dealCount(int row) const
{
    return m_dealCounts.value(m_stages.at(row).meta.id);
}

int StageTableModel::rowOf(qint64 stageId) const
{
    const auto found = std::find_if(m_stages.cbegin(), m_stages.cend(),
                                    [stageId](const Stage &stage) { return stage.meta.id == stageId; });
    return found == m_stages.cend() ? -1 : int(found - m_stages.cbegin());
}

QString StageTableModel::kindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return tr("Open");
    case StageKind::Won:
        return tr("Won");
    case StageKind::Lost:
        return tr("Lost");
    }
    return {};
}

void StageTableModel::recordsChanged(const QString &entity, const QList<qint64> &)
{
    // Deals change the counts; stages change anything, including from another window or a restore.
    if (entity == u"stage" || entity == u"opportunity")
        refresh();
}

void StageTableModel::refresh()
{
    QList<Stage> stages;
    QHash<qint64, int> counts;
    if (m_pipelineId != 0) {
        Result<QList<Stage>> loaded =
            StageRepository(m_database)
                .list(ListQuery()
                          .where(QStringLiteral("pipeline_id"), FilterOp::Equal, m_pipelineId)
                          .sortBy(QStringLiteral("position")));
        if (!loaded.ok()) {
            Q_EMIT errorOccurred(loaded.error().message);
            return;
        }
        stages = *loaded;
        // One indexed count per stage (opportunities_stage): a pipeline has a handful of stages.
        OpportunityRepository deals(m_database);
        for (const Stage &stage : std::as_const(stages)) {
            Result<qint64> count =
                deals.count(ListQuery().where(QStringLiteral("stage_id"), FilterOp::Equal, stage.meta.id));
            if (!count.ok()) {
                Q_EMIT errorOccurred(count.error().message);
                return;
            }
            counts.insert(stage.meta.id, int(*count));
        }
    }

    const QList<qint64> oldIds = idsOf(m_stages);
    const QList<qint64> newIds = idsOf(stages);
    if (oldIds == newIds) {
        m_stages = stages;
        m_dealCounts = counts;
        if (!m_stages.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    QList<qint64> oldSorted = oldIds;
    QList<qint64> newSorted = newIds;
    std::sort(oldSorted.begin(), oldSorted.end());
    std::sort(newSorted.begin(), newSorted.end());
    if (oldSorted == newSorted) {
        // The same stages in a new order: a layout change, so the selection stays on the stage that
        // moved and Move up can be pressed again and again.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &old : before)
            after << index(int(newIds.indexOf(oldIds.at(old.row()))), old.column());
        m_stages = stages;
        m_dealCounts = counts;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    beginResetModel();
    m_stages = stages;
    m_dealCounts = counts;
    endResetModel();
}

Result<void> StageTableModel::moveStage(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount())
        return Error::invalid(QStringLiteral("position"), tr("The stage cannot move further."));
    QList<qint64> ids = idsOf(m_stages);
    ids.move(row, to);
    Result<void> moved = PipelineSettingsService(m_database).reorderStages(m_pipelineId, ids);
    if (!moved.ok()) {
        refresh();
        Q_EMIT errorOccurred(moved.error().message);
    }
    return moved;
}

void StageTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_stages.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags StageTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != DealsColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant StageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage &stage = m_stages.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return stage.name;
        case KindColumn:
            return kindName(stage.kind);
        case ProbabilityColumn:
            return QStringLiteral("%1%").arg(QLocale().toString(stage.probability));
        case RotDaysColumn:
            return stage.rotDays == 0 ? tr("off", "rot days") : tr("%Ln day(s)", nullptr, stage.rotDays);
        case DealsColumn:
            return QLocale().toString(m_dealCounts.value(stage.meta.id));
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return stage.name;
        case KindColumn:
            return int(stage.kind);
        case ProbabilityColumn:
            return stage.probability;
        case RotDaysColumn:
            return stage.rotDays;
        case DealsColumn:
            return m_dealCounts.value(stage.meta.id);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ProbabilityColumn || column == RotDaysColumn || column == DealsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // The closed stages stand out in the list, as they do at the right end of the board.
        if (column == KindColumn && stage.kind == StageKind::Won)
            return QBrush(QColor(0x1b, 0x6e, 0x3a));
        if (column == KindColumn && stage.kind == StageKind::Lost)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    }
    return {};
}

QVariant StageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Stage");
        case KindColumn:
            return tr("Kind");
        case ProbabilityColumn:
            return tr("Probability");
        case RotDaysColumn:
            return tr("Rot days");
        case DealsColumn:
            return tr("Deals");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KindColumn:
            return tr(
                "Deals in an open stage are still being worked; a deal in a won or lost stage is closed.");
        case ProbabilityColumn:
            return tr("How likely a deal in this stage is to be won; the board's weighted sum uses it.");
        case RotDaysColumn:
            return tr("A deal that sits in this stage longer than this, with no task booked, is marked "
                      "rotting. 0 turns the mark off.");
        case DealsColumn:
            return tr("Deals in this stage now (not counting the trash).");
        }
    }
    return {};
}

bool StageTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Stage edited = m_stages.at(index.row());
    bool isNumber = true;
    switch (index.column()) {
    case NameColumn:
        edited.name = value.toString();
        break;
    case KindColumn: {
        const int kind = value.toInt(&isNumber);
        if (!isNumber || kind < int(StageKind::Open) || kind > int(StageKind::Lost))
            return false;
        edited.kind = StageKind(kind);
        break;
    }
    case ProbabilityColumn:
        edited.probability = value.toInt(&isNumber);
        break;
    case RotDaysColumn:
        edited.rotDays = value.toInt(&isNumber);
        break;
    default:
        return false;
    }
    if (!isNumber)
        return false;
    const Stage &stored = m_stages.at(index.row());
    if (edited.name == stored.name && edited.kind == stored.kind &&
        edited.probability == stored.probability && edited.rotDays == stored.rotDays)
        return true; // nothing to write: leaving an editor unchanged must not bump the version

    // On success the commit's announcement refreshes the row (with its new version) through
    // recordsChanged; a refusal changed nothing, and the re-read also picks up someone else's change
    // behind a conflict.
    Result<Stage> saved = PipelineSettingsService(m_database).updateStage(edited);
    if (!saved.ok()) {
        refresh();
        Q_EMIT errorOccurred(saved.error().message);
        return false;
    }
    return true;
}
