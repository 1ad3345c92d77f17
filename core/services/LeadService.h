#pragma once

#include "common/Result.h"
#include "domain/Lead.h"
#include "storage/LeadRepository.h"

#include <QCoreApplication>

#include <functional>

class Database;

// Creating and editing leads the way the editor and the command line both must: text cleaned to NFC,
// name parts derived, phones and email normalized, tax code and province checked, and a lead refused
// unless it has a name and at least one valid phone or email. Errors name the field, in Vietnamese.
class LeadService
{
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    explicit LeadService(Database &database);

    // Cleans and checks lead in place; fails on the first field that is wrong.
    Result<void> normalize(Lead &lead) const;

    Result<Lead> create(Lead lead);
    // Saves over lead.meta.version; Conflict when someone saved a newer version meanwhile.
    Result<Lead> update(Lead lead);
    // Applies change to the lead as it is now and saves it; when someone else saved in between, reads
    // the new version and applies the change again (up to `attempts` times), so that scripts and
    // concurrent users never fail spuriously. A change that fails (bad value) stops at once.
    Result<Lead> updateCurrent(qint64 id, const std::function<Result<void>(Lead &)> &change,
                               int attempts = 5);
    // Creates the lead and, in the same transaction, its owner when that user does not exist yet.
    Result<Lead> createOwnedBy(Lead lead, const QString &ownerName);
    Result<Lead> get(qint64 id) { return m_leads.get(id); }

    // What a change to several leads did: each lead before and after, in the same order. Undo saves
    // `before` over the versions in `after`.
    struct Change
    {
        QList<Lead> before;
        QList<Lead> after;
    };
    // Applies change to each lead as stored now and saves them all in one transaction; the first
    // failure (a bad value, a converted lead) writes nothing and names the lead.
    Result<Change> changeEach(const QList<qint64> &ids, const std::function<Result<void>(Lead &)> &change);
    // Saves every lead over the version it carries, in one transaction: all or nothing.
    Result<QList<Lead>> saveAll(const QList<Lead> &leads);
    LeadRepository &repository() { return m_leads; }

private:
    Database &m_database;
    LeadRepository m_leads;
};
