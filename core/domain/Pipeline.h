#pragma once

#include "domain/RecordMeta.h"

// A sales process: an ordered set of stages.
struct Pipeline
{
    RecordMeta meta;

    QString name;
    int position = 0;
    bool isDefault = false;
};
