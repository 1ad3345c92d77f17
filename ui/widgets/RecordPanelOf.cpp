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

template <typename T, typename Service> Result<void> RecordPanelOf<T, Service>::checkForm(T &record) const
{
    if (Result<void> input = m_editor->checkInput(); !input.ok())
        return input;
    return Service(*database()).normalize(record);
}

template <typename T, typename Service> void RecordPanelOf<T, Service>::checkField(const QString &field)
{
    if (!database())
        return;
    T record = m_editor->record();
    Result<void> checked = checkForm(record);
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
    const T edited = m_editor->record();
    T checked = edited;
    if (Result<void> ok = checkForm(checked); !ok.ok()) {
        m_editor->showError(ok.error());
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
