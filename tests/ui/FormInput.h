#pragma once

#include <QString>

class RecordForm;

// Types text into a form's line field as a user does, then leaves the field (which checks it).
void typeInto(RecordForm *form, const QString &field, const QString &text);
