#pragma once

#include "common/Result.h"

class Database;

// The lists a new database starts with (all editable later): the Getfly-style lead status chain, one
// pipeline with stages and probabilities, Vietnamese lead sources and lost reasons.
class DefaultData
{
public:
    static Result<void> insert(Database &database);
};
