#include "services/LeadService.h"

#include "services/FieldRules.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

LeadService::LeadService(Database &database) : m_database(database), m_leads(database) {}

Result<void> LeadService::normalize(Lead &lead) const
{
    FieldRules::clean({&lead.salutation, &lead.company, &lead.jobTitle, &lead.bantNeed, &lead.bantFit,
                       &lead.bantAuthority, &lead.notes});
    FieldRules::personName(lead.fullName, lead.familyName, lead.middleName, lead.givenName);
    if (lead.fullName.isEmpty())
        return Error::invalid(QStringLiteral("full_name"), tr("The lead needs a name."));
    if (Result<void> ok = FieldRules::personPhones(lead.phone, lead.phone2, lead.zaloPhone); !ok.ok())
        return ok;
    if (Result<void> ok = FieldRules::assign(lead.email, FieldRules::email(lead.email)); !ok.ok())
        return ok;
    if (lead.phone.isEmpty() && lead.phone2.isEmpty() && lead.email.isEmpty()) {
        return Error::invalid(QStringLiteral("phone"),
                              tr("The lead needs at least one valid phone number or email address."));
    }
    if (Result<void> ok = FieldRules::assign(lead.taxCode, FieldRules::taxCode(lead.taxCode)); !ok.ok())
        return ok;
    if (Result<void> ok = FieldRules::address(lead.address); !ok.ok())
        return ok;
    if (lead.score < 0 || lead.score > 100)
        return Error::invalid(QStringLiteral("score"), tr("The score must be between 0 and 100."));
    if (lead.bantBudget && *lead.bantBudget < 0)
        return Error::invalid(QStringLiteral("bant_budget"), tr("The budget cannot be negative."));
    return {};
}

Result<Lead> LeadService::create(Lead lead)
{
    if (Result<void> ok = normalize(lead); !ok.ok())
        return ok.error();
    return m_leads.create(std::move(lead));
}

Result<Lead> LeadService::update(Lead lead)
{
    Result<Lead> stored = m_leads.get(lead.meta.id, TrashFilter::All);
    if (!stored.ok())
        return stored.error();
    if (stored->isConverted())
        return Error::invalid(QString(), tr("This lead was converted and can no longer be edited."));
    if (Result<void> ok = normalize(lead); !ok.ok())
        return ok.error();
    return m_leads.update(std::move(lead));
}

Result<Lead> LeadService::updateCurrent(qint64 id, const std::function<Result<void>(Lead &)> &change,
                                        int attempts)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        Result<Lead> current = m_leads.get(id);
        if (!current.ok())
            return current.error();
        Lead lead = *current;
        if (Result<void> changed = change(lead); !changed.ok())
            return changed.error();
        Result<Lead> saved = update(lead);
        if (saved.ok())
            return saved;
        if (saved.error().code != ErrorCode::Conflict && saved.error().code != ErrorCode::Busy)
            return saved.error();
    }
    return Error{ErrorCode::Conflict, tr("Lead %1 kept changing while saving; try again.").arg(id), {}};
}

Result<Lead> LeadService::createOwnedBy(Lead lead, const QString &ownerName)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (!lead.ownerId && !ownerName.isEmpty()) {
        Result<User> owner = UserRepository(m_database).ensure(ownerName);
        if (!owner.ok())
            return owner.error();
        lead.ownerId = owner->meta.id;
    }
    Result<Lead> created = create(std::move(lead));
    if (!created.ok())
        return created.error(); // the transaction rolls back: no user is left behind either
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return created;
}

Result<LeadService::Change> LeadService::changeEach(const QList<qint64> &ids,
                                                    const std::function<Result<void>(Lead &)> &change)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Change done;
    done.before.reserve(ids.size());
    done.after.reserve(ids.size());
    for (qint64 id : ids) {
        Result<Lead> current = m_leads.get(id);
        if (!current.ok())
            return current.error();
        Lead lead = *current;
        Result<void> changed = change(lead);
        Result<Lead> saved = changed.ok() ? update(lead) : Result<Lead>(changed.error());
        if (!saved.ok()) {
            Error error = saved.error();
            error.message = tr("%1: %2").arg(current->fullName, error.message);
            return error;
        }
        done.before.append(*current);
        done.after.append(*saved);
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return done;
}

Result<QList<Lead>> LeadService::saveAll(const QList<Lead> &leads)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    QList<Lead> saved;
    saved.reserve(leads.size());
    for (const Lead &lead : leads) {
        Result<Lead> one = update(lead);
        if (!one.ok())
            return one.error();
        saved.append(*one);
    }
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    return saved;
}
