#pragma once

#include "common/Error.h"

#include <QUndoCommand>

#include <functional>

// An undoable change made through a service (DESIGN.md §2: views change data only this way). A service
// can refuse, for instance because someone else saved a newer version meanwhile: the command then
// reports the error and makes itself obsolete, and QUndoStack drops it instead of keeping a step that
// did nothing.
class ServiceCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;

    ServiceCommand(const QString &text, ErrorHandler onError);

    bool failed() const { return m_failed; }

protected:
    void fail(const Error &error);

private:
    ErrorHandler m_onError;
    bool m_failed = false;
};
