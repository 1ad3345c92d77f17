#include "widgets/ServiceCommand.h"

#include <QUndoStack>

ServiceCommand::ServiceCommand(const QString &text, ErrorHandler onError)
    : QUndoCommand(text), m_onError(std::move(onError))
{}

void ServiceCommand::fail(const Error &error)
{
    m_failed = true;
    setObsolete(true);
    if (m_pushError)
        *m_pushError = error;
    else if (m_onError)
        m_onError(error);
}

Result<void> ServiceCommand::pushTo(QUndoStack &stack, ServiceCommand *command)
{
    std::optional<Error> error;
    command->m_pushError = &error;
    stack.push(command);
    if (error)
        return *error; // the stack deleted the obsolete command
    command->m_pushError = nullptr;
    return {};
}
