#pragma once

#include "common/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

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

    // Pushes command onto stack, which runs it. A failure while being pushed comes back here, not to
    // the error handler (the caller shows it where the user acted, e.g. under a form field); the stack
    // has then dropped the command. Later failures (undo, redo) go to the handler.
    static Result<void> pushTo(QUndoStack &stack, ServiceCommand *command);

protected:
    void fail(const Error &error);

private:
    ErrorHandler m_onError;
    std::optional<Error> *m_pushError = nullptr; // set only while pushTo runs
    bool m_failed = false;
};
