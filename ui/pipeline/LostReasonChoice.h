#pragma once

#include <QString>

// Why deals dropped on a lost stage were lost: one of the editable reasons, and an optional note.
struct LostReasonChoice
{
    qint64 reasonId = 0;
    QString note;
};
