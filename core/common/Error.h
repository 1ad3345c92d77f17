#pragma once

#include <QString>

// What went wrong, as a value: the code lets callers decide (exit status, conflict dialog), the message
// is already translated for the user, and the field names the input that was wrong when there is one.
enum class ErrorCode
{
    InvalidInput, // the user's input is wrong; nothing was written
    NotFound,     // no such record (or it is in the trash when a live one was asked for)
    Conflict,     // someone else changed the record since it was read
    Damaged,      // the file is not a Sen CRM database or is corrupt
    NewerSchema,  // the file was written by a newer Sen CRM
    Busy,         // another writer held the file longer than we were willing to wait
    Io,           // the file system refused (permissions, disk full, exists already)
    Database,     // any other SQLite failure
};

struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString field;

    static Error invalid(const QString &field, const QString &message)
    {
        return Error{ErrorCode::InvalidInput, message, field};
    }
};
