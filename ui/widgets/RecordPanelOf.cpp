#include "widgets/RecordPanelOf.h"

#include "services/AccountService.h"
#include "services/ContactService.h"
#include "services/LeadService.h"
#include "services/Lookups.h"
#include "services/OpportunityService.h"
#include "storage/Database.h"
#include "widgets/SaveRecordCommand.h"

#include <QTabWidget>

template <typename T, typename Service> QString RecordPanelOf<T, Service>::entity() const
{
    using Repository = std::remove_reference_t<decltype(std::declval<Service &>().repository())>;
    return Repository::mapping().entity;
}

template <typename T, typename Service> void RecordPanelOf<T, Service>::setEditor(RecordEditor<T> *editor)
{
    m_editor = editor;
    setForm(editor);
}

template <typename T, typename Service> void RecordPanelOf<T, Service>::showRecord(qint64 id)
{
    if (!database() || id == 0) {
        m_record = T();
        showEmpty(QString());
        return;
    }
    Result<T> stored = Service(*database()).get(id);
    if (!stored.ok()) {
        m_record = T();
        showEmpty(stored.error().message);
        return;
    }
    showStored(*stored);
}

template <typename T, typename Service> void RecordPanelOf<T, Service>::showStored(const T &record)
{
    // The lists change (a user added, a stage renamed): they are read again for each record shown.
    if (Result<Lookups> lookups = Lookups::load(*database()); lookups.ok())
        m_editor->setChoices(*database(), *lookups);
    m_record = record;
    m_editor->setRecord(record);
    showBody(record.meta.id);
    recordShown();
}

template <typename T, typename Service>
void RecordPanelOf<T, Service>::prepareNew(T &record, const Lookups &lookups) const
{
    if (Result<User> me = lookups.userNamed(database()->userName()); me.ok())
        record.ownerId = me->meta.id;
}

template <typename T, typename Service> void RecordPanelOf<T, Service>::startNew()
{
    if (!database())
        return;
    T record;
    if (Result<Lookups> lookups = Lookups::load(*database()); lookups.ok())
        prepareNew(record, *lookups);
    showStored(record);
    tabs()->setCurrentIndex(0);
    m_editor->focusFirstField();
}

template <typename T, typename Service> void RecordPanelOf<T, Service>::checkField(const QString &field)
{
    if (!database())
        return;
    // The field on its own first (text that is no number, a wrong phone), then the whole record.
    if (const std::optional<Error> error = m_editor->fieldError(field)) {
        m_editor->showError(*error, false);
        return;
    }
    T record = m_editor->record();
    Result<void> checked = Service(*database()).normalize(record);
    if (!checked.ok() && checked.error().field == field)
        m_editor->showError(checked.error(), false);
    else
        m_editor->clearError(field);
}

template <typename T, typename Service> bool RecordPanelOf<T, Service>::save()
{
    if (!database() || !undoStack())
        return false;
    m_editor->clearErrors();
    // Every problem the form sees, and the service's first one when it is about another field.
    QList<Error> problems = m_editor->inputErrors();
    const T edited = m_editor->record();
    T checked = edited;
    if (Result<void> ok = Service(*database()).normalize(checked); !ok.ok()) {
        const bool known = std::any_of(problems.cbegin(), problems.cend(), [&ok](const Error &problem) {
            return problem.field == ok.error().field;
        });
        if (!known)
            problems.append(ok.error());
    }
    if (!problems.isEmpty()) {
        for (qsizetype i = problems.size() - 1; i >= 0; --i)
            m_editor->showError(problems.at(i)); // the cursor ends in the first
        return false;
    }
    const bool isNew = m_record.meta.isNew();
    auto *command = new SaveRecordCommand<T, Service>(*database(), saveText(isNew, checked), m_record, edited,
                                                      commandErrorHandler());
    if (Result<void> pushed = ServiceCommand::pushTo(*undoStack(), command); !pushed.ok()) {
        reportSaveError(pushed.error());
        return false;
    }
    const T saved = command->saved();
    showStored(saved);
    if (isNew)
        Q_EMIT recordCreated(saved.meta.id);
    return true;
}

template class RecordPanelOf<Lead, LeadService>;
template class RecordPanelOf<Account, AccountService>;
template class RecordPanelOf<Contact, ContactService>;
template class RecordPanelOf<Opportunity, OpportunityService>;
