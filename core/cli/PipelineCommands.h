#pragma once

#include "cli/CommandLineTool.h"

#include <QCoreApplication>
#include <QJsonObject>

struct BoardCard;

// The deal and pipeline commands of sencrm-cli (issue #4), kept apart from CommandLineTool so that
// file stays about the tool itself; they use its option checking, database and exit codes (a friend).
//   opp list [--pipeline NAME] [--stage NAME] [--json]
//   opp move ID --stage NAME [--position N] [--lost-reason TEXT] [--json]
//   pipeline summary [--pipeline NAME] [--json]
// A deal's position is its 1-based rank within its stage, as the board shows it.
class PipelineCommands
{
    Q_DECLARE_TR_FUNCTIONS(PipelineCommands)

public:
    explicit PipelineCommands(CommandLineTool &tool) : m_tool(tool) {}

    int runOpp(const CommandLineTool::Parsed &args);
    int runPipeline(const CommandLineTool::Parsed &args);

private:
    int runOppList(const CommandLineTool::Parsed &args);
    int runOppMove(const CommandLineTool::Parsed &args);
    int runPipelineSummary(const CommandLineTool::Parsed &args);
    static QJsonObject cardJson(const BoardCard &card, const QString &stageName, int rank);

    CommandLineTool &m_tool;
};
