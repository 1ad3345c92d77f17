#pragma once

#include "storage/Migration.h"

// Schema version 2: the plain A–Z order of people's full names (az_key on leads and contacts, with
// indexes for the lists) and a folded search_text on opportunities and tasks, which have no full-text
// index (ListQuery's Matches scans them with instr()). Existing rows are filled in.
class SchemaV2
{
public:
    static Migration migration();
};
