#pragma once

#include "common/Result.h"
#include "domain/Lead.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class Lookups;

// A lead as named fields: the JSON the command line prints (`lead show`) and the fields it can set
// (`lead update --notes …`). Lists (status, source, owner) are shown and set by name.
class LeadFields
{
    Q_DECLARE_TR_FUNCTIONS(LeadFields)

public:
    static QJsonObject toJson(const Lead &lead, const Lookups &lookups);
    // The field names `set` accepts, as printed by toJson.
    static QStringList editableFields();
    // Sets one field from text; the value is checked later by LeadService::normalize.
    static Result<void> set(Lead &lead, const QString &field, const QString &value, const Lookups &lookups);
};
