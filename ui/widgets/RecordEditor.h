#pragma once

#include "widgets/RecordForm.h"

class Database;
class Lookups;

// The typed side of a record's form, what RecordPanelOf<T> needs from it: the lists to choose from,
// showing a record and reading back what the user made of it.
template <typename T> class RecordEditor : public RecordForm
{
public:
    using RecordForm::RecordForm;

    // The choices (users, stages, …; the database for fields that look records up as the user types),
    // given again before each record is shown.
    virtual void setChoices(Database &database, const Lookups &lookups) = 0;
    // Shows record (meta.id 0: a new one); clears messages and the modified flag.
    virtual void setRecord(const T &record) = 0;
    // The record as shown, with the form's values over the one given to setRecord.
    virtual T record() const = 0;
};
