#include "pipeline/MoveDealsCommand.h"

#include "services/PipelineService.h"

MoveDealsCommand::MoveDealsCommand(Database &database, MoveRequest request, const QString &stageName,
                                   ErrorHandler onError)
    : ServiceCommand(tr("Move %n deal(s) to “%1”", nullptr, int(request.dealIds.size())).arg(stageName),
                     std::move(onError)),
      m_database(database), m_request(std::move(request))
{}

void MoveDealsCommand::redo()
{
    PipelineService pipeline(m_database);
    Result<MoveResult> done = m_moved ? pipeline.redo(m_done) : pipeline.move(m_request);
    if (!done.ok())
        return fail(done.error());
    m_done = *done;
    m_moved = true;
}

void MoveDealsCommand::undo()
{
    Result<MoveResult> undone = PipelineService(m_database).undo(m_done);
    if (!undone.ok())
        return fail(undone.error());
    m_done = *undone;
}
