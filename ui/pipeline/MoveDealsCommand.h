#pragma once

#include "services/MoveRequest.h"
#include "services/MoveResult.h"
#include "widgets/ServiceCommand.h"

#include <QCoreApplication>

class Database;

// A drop (or a keyboard move) on the pipeline board: the first redo moves the deals through the
// pipeline service, undo puts them back where they were with their order, redo applies the same move
// again. Someone saving one of the deals in between makes undo or redo a reported conflict.
class MoveDealsCommand : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveDealsCommand)

public:
    MoveDealsCommand(Database &database, MoveRequest request, const QString &stageName, ErrorHandler onError);

    void redo() override;
    void undo() override;
    const MoveResult &result() const { return m_done; }

private:
    Database &m_database;
    MoveRequest m_request;
    MoveResult m_done;
    bool m_moved = false;
};
