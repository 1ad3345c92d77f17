#include "widgets/ServiceCommand.h"

ServiceCommand::ServiceCommand(const QString &text, ErrorHandler onError)
    : QUndoCommand(text), m_onError(std::move(onError))
{}

void ServiceCommand::fail(const Error &error)
{
    m_failed = true;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
}
