#pragma once

#include "common/Result.h"
#include "domain/LostReason.h"
#include "domain/Pipeline.h"
#include "domain/Stage.h"
#include "storage/ListQuery.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

class Database;

// The settings behind the board (issue #4's stage editor): pipelines, their stages and the editable
// list of lost reasons. Every call is one transaction and writes change_log (through the repositories),
// so the views refresh from ChangeFeed. Names are cleaned (NFC, spaces) and must be unique where people
// pick them by name (pipelines; stages within a pipeline; lost reasons), compared folded ("thua" =
// "Thua"). Every pipeline keeps at least one open, one won and one lost stage: the board needs a place
// for each outcome.
//
// Deleting and removing put rows in the trash (restorable, history kept); a deal keeps pointing at a
// removed lost reason, which still names why it was lost.
class PipelineSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(PipelineSettingsService)

public:
    explicit PipelineSettingsService(Database &database) : m_database(database) {}

    // A new pipeline after the others, with the three stages every pipeline needs: "Tiếp cận" (open,
    // 10%), "Thắng" (won, 100%) and "Thua" (lost, 0%), named like the default pipeline's (lists are
    // Vietnamese data, not UI text; see DefaultData).
    Result<Pipeline> createPipeline(const QString &name);
    // version: the one the editor read; a newer one is a Conflict.
    Result<Pipeline> renamePipeline(qint64 pipelineId, const QString &name, std::optional<int> version = {});

    // Adds stage (pipelineId, name, probability 0–100, rotDays ≥ 0, kind) after the pipeline's last one;
    // its position is set here.
    Result<Stage> createStage(Stage stage);
    // Saves name, probability, rot days and kind over stage.meta.version. The kind of a stage that holds
    // deals cannot change (their closed time and lost reason follow the kind); nor can the change leave
    // the pipeline without an open, a won or a lost stage.
    Result<Stage> updateStage(Stage stage);
    // stageIds: every live stage of the pipeline, once each, in the new order.
    Result<void> reorderStages(qint64 pipelineId, const QList<qint64> &stageIds);
    // Puts the stage in the trash. When it holds deals, moveDealsTo must name another stage of the same
    // pipeline and kind: its deals are appended there in their order (taking its probability, keeping
    // their time in stage, closed time and lost reason), in the same transaction. Deals in the trash
    // that point at the stage follow them (to the pipeline's first open stage when no target is named),
    // so restoring one never lands it in a deleted column. Returns how many live deals moved.
    Result<int> deleteStage(qint64 stageId, std::optional<qint64> moveDealsTo = {});

    Result<LostReason> addLostReason(const QString &name);
    Result<LostReason> renameLostReason(qint64 reasonId, const QString &name,
                                        std::optional<int> version = {});
    Result<void> removeLostReason(qint64 reasonId);

private:
    Result<QString> uniqueName(const QString &rawName, const QString &field, const QString &emptyMessage,
                               const QStringList &taken,
                               const std::function<QString(const QString &)> &takenMessage) const;
    Result<void> checkStage(const Stage &stage) const;
    Result<QList<Stage>> stagesOf(qint64 pipelineId);
    // InvalidInput unless stages has an open, a won and a lost stage.
    Result<void> checkOutcomes(const QList<Stage> &stages, const QString &pipelineName) const;
    Result<QList<qint64>> dealsIn(qint64 stageId, TrashFilter trash);

    Database &m_database;
};
