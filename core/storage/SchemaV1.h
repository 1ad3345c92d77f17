#pragma once

#include "storage/Migration.h"

// Schema version 1: every entity table, the change log, the search indexes and the default lists.
class SchemaV1
{
public:
    static Migration migration();
};
