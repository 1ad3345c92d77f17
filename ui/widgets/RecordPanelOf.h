#pragma once

#include "widgets/RecordEditor.h"
#include "widgets/RecordPanel.h"

class Lookups;

// What a record panel does the same way for every kind of record T kept by Service: read the record,
// show it in the editor with fresh choices, check the field the user left and the whole record on
// save through the service's normalize, and save through one undoable SaveRecordCommand.
// Instantiated for leads, accounts, contacts and opportunities in RecordPanelOf.cpp.
template <typename T, typename Service> class RecordPanelOf : public RecordPanel
{
public:
    using RecordPanel::RecordPanel;

    void showRecord(qint64 id) override;
    void startNew() override;
    bool save() override;
    qint64 recordId() const override { return m_record.meta.id; }
    QString entity() const override;
    // The record as stored (or as started, for a new one); the form may hold edits over it.
    const T &record() const { return m_record; }

protected:
    // Puts editor in the Details tab; called once by the panel's constructor.
    void setEditor(RecordEditor<T> *editor);
    RecordEditor<T> *editor() const { return m_editor; }
    // What a new record starts with; by default it belongs to whoever types it in.
    virtual void prepareNew(T &record, const Lookups &lookups) const;
    // The undo step's name ("Tạo khách hàng Sen Vàng").
    virtual QString saveText(bool isNew, const T &record) const = 0;
    // After a record is shown (header set): panels refresh their own tabs.
    virtual void recordShown() {}
    void checkField(const QString &field) override;

private:
    void showStored(const T &record);

    T m_record;
    RecordEditor<T> *m_editor = nullptr;
};
