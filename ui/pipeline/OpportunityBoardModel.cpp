#include "pipeline/OpportunityBoardModel.h"

#include "pipeline/MoveDealsCommand.h"
#include "services/PipelineService.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace {

BoardColumn::Kind columnKind(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return BoardColumn::Kind::Won;
    case StageKind::Lost:
        return BoardColumn::Kind::Lost;
    case StageKind::Open:
        break;
    }
    return BoardColumn::Kind::Open;
}

} // namespace

OpportunityBoardModel::OpportunityBoardModel(Database &database, QUndoStack *undoStack, QObject *parent)
    : BoardModel(parent), m_database(database), m_undoStack(undoStack)
{
    connect(&database.changes(), &ChangeFeed::recordsChanged, this, &OpportunityBoardModel::recordsChanged);
}

Result<void> OpportunityBoardModel::setPipeline(qint64 pipelineId)
{
    m_pipelineId = pipelineId;
    return reload();
}

void OpportunityBoardModel::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // The pipeline's deals are all in memory: a filter only changes which of them are shown.
    showCards();
}

Result<void> OpportunityBoardModel::reload()
{
    Result<Lookups> lookups = Lookups::load(m_database);
    if (!lookups.ok())
        return lookups.error();
    m_lookups = *lookups;
    Result<QList<BoardCard>> cards = m_pipelineId ? PipelineService(m_database).cards(m_pipelineId)
                                                  : Result<QList<BoardCard>>(QList<BoardCard>());
    if (!cards.ok())
        return cards.error();
    m_cards.clear();
    for (const BoardCard &card : std::as_const(*cards))
        m_cards.insert(card.id, card);
    showCards();
    return {};
}

void OpportunityBoardModel::showCards()
{
    QList<Stage> stages;
    for (const Stage &stage : m_lookups.stages()) {
        if (stage.pipelineId == m_pipelineId)
            stages << stage;
    }
    std::stable_sort(stages.begin(), stages.end(),
                     [](const Stage &a, const Stage &b) { return a.position < b.position; });
    QList<BoardColumn> columns;
    QHash<qint64, int> columnOfStage;
    for (const Stage &stage : std::as_const(stages)) {
        columnOfStage.insert(stage.meta.id, int(columns.size()));
        columns << BoardColumn{stage.meta.id, stage.name, columnKind(stage.kind), stage.probability, {}};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BoardCard &card : std::as_const(m_cards)) {
        const auto column = columnOfStage.constFind(card.stageId);
        if (column != columnOfStage.cend() && m_filter.matches(card))
            columns[*column].cards << content(card, now);
    }
    setColumns(std::move(columns)); // puts each column's cards in board order
}

void OpportunityBoardModel::readAgain()
{
    if (Result<void> read = reload(); !read.ok())
        Q_EMIT readFailed(read.error().message);
}

CardContent OpportunityBoardModel::content(const BoardCard &card, const QDateTime &now) const
{
    CardContent shown;
    shown.id = card.id;
    shown.title = card.name;
    shown.subtitle = card.accountName;
    shown.amount = card.amount;
    shown.owner = m_lookups.userDisplayName(card.ownerId);
    shown.closeDate = card.expectedCloseDate;
    shown.enteredColumnAt = card.stageEnteredAt;
    shown.nextTask = card.nextTaskTitle;
    shown.nextTaskDue = card.nextTaskDue;
    const Stage *stage = m_lookups.stage(card.stageId);
    shown.rotting = stage && PipelineService::isRotting(card, stage->rotDays, now);
    shown.position = card.position;
    shown.version = card.version;
    shown.searchText = card.searchText;
    return shown;
}

void OpportunityBoardModel::recordsChanged(const QString &entity, const QList<qint64> &ids)
{
    if (m_pipelineId == 0)
        return;
    // Stages, names, accounts and tasks change what many cards show (columns, owners, next tasks):
    // those are rare next to moves, so the board reads everything again.
    static const QStringList readEverything{QStringLiteral("stage"),  QStringLiteral("pipeline"),
                                            QStringLiteral("user"),   QStringLiteral("account"),
                                            QStringLiteral("task"),   QStringLiteral("lost_reason"),
                                            QStringLiteral("source"), QStringLiteral("campaign")};
    if (readEverything.contains(entity) || (entity == QStringLiteral("opportunity") && ids.isEmpty())) {
        readAgain();
        return;
    }
    if (entity != QStringLiteral("opportunity"))
        return;
    Result<QList<BoardCard>> fresh = PipelineService(m_database).cardsWithIds(ids);
    if (!fresh.ok()) {
        readAgain();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<qint64, CardContent>> placed;
    QList<qint64> seen;
    for (const BoardCard &card : std::as_const(*fresh)) {
        seen << card.id;
        const bool onPipeline = columnRow(card.stageId) >= 0;
        if (onPipeline)
            m_cards.insert(card.id, card);
        else
            m_cards.remove(card.id);
        placed.append({onPipeline && m_filter.matches(card) ? card.stageId : 0, content(card, now)});
    }
    // Deals not read back went to the trash: they leave the board.
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        m_cards.remove(id);
        if (card(id)) {
            CardContent gone;
            gone.id = id;
            placed.append({0, gone});
        }
    }
    placeCards(placed);
}

bool OpportunityBoardModel::needsLostReason(const QList<qint64> &cardIds, qint64 columnId) const
{
    const int column = columnRow(columnId);
    if (column < 0 || columns().at(column).kind != BoardColumn::Kind::Lost)
        return false;
    // Reordering within the lost stage keeps the reasons the deals have.
    return std::any_of(cardIds.cbegin(), cardIds.cend(),
                       [&](qint64 id) { return columnOfCard(id) != columnId; });
}

bool OpportunityBoardModel::moveCards(const QList<qint64> &cardIds, qint64 columnId, int index)
{
    const int column = columnRow(columnId);
    if (column < 0 || cardIds.isEmpty() || !m_undoStack)
        return false;
    MoveRequest request;
    request.dealIds = cardIds;
    request.stageId = columnId;
    for (qint64 id : cardIds) {
        if (const CardContent *shown = card(id))
            request.expectedVersions.insert(id, int(shown->version));
    }
    // The board may be filtered, so the place is named by the card the block lands before, which
    // the service finds among all the stage's deals.
    if (index >= 0) {
        int staying = 0;
        for (const CardContent &other : columns().at(column).cards) {
            if (cardIds.contains(other.id))
                continue;
            if (staying++ == index) {
                request.beforeDealId = other.id;
                break;
            }
        }
    }
    const QString stageName = columns().at(column).name;
    if (!needsLostReason(cardIds, columnId))
        return pushMove(request, stageName);
    if (!m_askLostReason) {
        Q_EMIT moveRefused(tr("“%1” is a lost stage: choose why the deal was lost.").arg(stageName));
        return false;
    }
    // The question waits until the drop is over: a dialog inside a drag-and-drop event loop is not
    // safe on every platform.
    QTimer::singleShot(0, this, [this, request, stageName]() mutable {
        const std::optional<LostReasonChoice> reason =
            m_askLostReason(stageName, int(request.dealIds.size()));
        if (!reason)
            return;
        request.lostReasonId = reason->reasonId;
        request.lostReasonNote = reason->note;
        pushMove(request, stageName);
    });
    return true;
}

bool OpportunityBoardModel::pushMove(MoveRequest request, const QString &stageName)
{
    auto *command = new MoveDealsCommand(m_database, std::move(request), stageName, m_onError);
    if (Result<void> pushed = ServiceCommand::pushTo(*m_undoStack, command); !pushed.ok()) {
        Q_EMIT moveRefused(pushed.error().message);
        return false;
    }
    return true;
}
