#pragma once

#include "domain/RecordMeta.h"

// A free label (nhãn) put on leads, contacts, accounts and deals.
struct Tag
{
    RecordMeta meta;

    QString name;
    QString color;
};
