#include "widgets/RecordSubView.h"

#include "storage/ChangeFeed.h"
#include "storage/Database.h"

#include <QEvent>
#include <QMessageBox>
#include <QPointer>

RecordSubView::RecordSubView(QString entity, QWidget *parent) : QWidget(parent), m_entity(std::move(entity))
{}

void RecordSubView::setDatabase(Database *database, QUndoStack *undoStack)
{
    if (m_database)
        disconnect(&m_database->changes(), nullptr, this, nullptr);
    m_database = database;
    m_undoStack = undoStack;
    m_record = Related();
    if (m_database) {
        connect(&m_database->changes(), &ChangeFeed::recordsChanged, this, [this](const QString &entity) {
            if (entity == m_entity)
                reload();
        });
    }
    reload();
}

void RecordSubView::setRecord(const Related &record)
{
    m_record = record;
    reload();
}

void RecordSubView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // dates, kinds and priorities are shown in words of the language
    }
    QWidget::changeEvent(event);
}

Result<void> RecordSubView::requireDatabase() const
{
    if (!m_database || !m_undoStack)
        return Error::invalid(QString(), tr("No database is open."));
    return {};
}

ServiceCommand::ErrorHandler RecordSubView::errorHandler()
{
    return [view = QPointer<RecordSubView>(this)](const Error &error) {
        if (view)
            view->reportError(error);
    };
}

Result<void> RecordSubView::push(ServiceCommand *command)
{
    return ServiceCommand::pushTo(*m_undoStack, command);
}

void RecordSubView::reportError(const Error &error)
{
    QMessageBox::warning(this, tr("Sen CRM"), error.message);
}
