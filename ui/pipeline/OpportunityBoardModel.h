#pragma once

#include "pipeline/BoardModel.h"
#include "pipeline/LostReasonChoice.h"
#include "services/BoardCard.h"
#include "services/BoardFilter.h"
#include "services/Lookups.h"
#include "services/MoveRequest.h"
#include "widgets/ServiceCommand.h"

#include <QHash>

#include <functional>
#include <optional>

class Database;
class QUndoStack;

// The deals of one pipeline on the board, by stage, as PipelineService reads them. A drop becomes a
// MoveDealsCommand on the undo stack; a drop on a lost stage first asks why (lostReasonAsker). The
// board follows the change feed: named deals are read again and put where they now belong, so a move,
// its undo, another window's edit or a new deal shows at once without reading the whole pipeline.
class OpportunityBoardModel : public BoardModel
{
    Q_OBJECT

public:
    using LostReasonAsker =
        std::function<std::optional<LostReasonChoice>(const QString &stageName, int deals)>;

    OpportunityBoardModel(Database &database, QUndoStack *undoStack, QObject *parent = nullptr);

    // Shows the pipeline's deals (reads them).
    Result<void> setPipeline(qint64 pipelineId);
    qint64 pipelineId() const { return m_pipelineId; }
    void setFilter(const BoardFilter &filter);
    const BoardFilter &filter() const { return m_filter; }
    const Lookups &lookups() const { return m_lookups; }
    // Reads the pipeline again (stages, deals, names).
    Result<void> reload();

    void setLostReasonAsker(LostReasonAsker asker) { m_askLostReason = std::move(asker); }
    // Where undo and redo failures of the board's moves are reported.
    void setErrorHandler(ServiceCommand::ErrorHandler handler) { m_onError = std::move(handler); }

    bool moveCards(const QList<qint64> &cardIds, qint64 columnId, int index) override;

Q_SIGNALS:
    // A move was refused (no lost reason, someone saved a deal meanwhile, …); nothing moved.
    void moveRefused(const QString &message);
    // Reading the board again (after a filter or a change elsewhere) failed; the board shows what it had.
    void readFailed(const QString &message);

private:
    void recordsChanged(const QString &entity, const QList<qint64> &ids);
    // Builds the columns from the stages and the deals read, as the filter lets them through.
    void showCards();
    // reload(), its failure announced by readFailed.
    void readAgain();
    CardContent content(const BoardCard &card, const QDateTime &now) const;
    bool needsLostReason(const QList<qint64> &cardIds, qint64 columnId) const;
    bool pushMove(MoveRequest request, const QString &stageName);

    Database &m_database;
    QUndoStack *m_undoStack;
    qint64 m_pipelineId = 0;
    BoardFilter m_filter;
    Lookups m_lookups;
    QHash<qint64, BoardCard> m_cards; // every live deal of the pipeline, filtered or not
    LostReasonAsker m_askLostReason;
    ServiceCommand::ErrorHandler m_onError;
};
