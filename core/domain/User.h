#pragma once

#include "domain/RecordMeta.h"

// A salesperson in the office (người dùng); owns records.
struct User
{
    RecordMeta meta;

    QString name; // unique login name, what --user names
    QString displayName;
    QString email;
    QString phone;
    bool active = true;
};
