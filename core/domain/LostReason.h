#pragma once

#include "domain/RecordMeta.h"

// Why a deal was lost (lý do thua), from an editable list.
struct LostReason
{
    RecordMeta meta;

    QString name;
    int position = 0;
};
