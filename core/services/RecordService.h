#pragma once

#include "common/Result.h"
#include "domain/RecordMeta.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class Database;

// What every record service does the same way: check the record (normalize, which each service
// defines and the editors call too), then write it in one transaction with the look-ups the checks
// made, so a referenced record cannot vanish in between; updates name the version they read (a newer
// one is a Conflict and nothing is written); trash and restore; and "apply this change to whatever
// the record is now", retried when someone saved in between.
// Instantiated for each service's record type in RecordService.cpp.
template <typename T, typename Repo> class RecordService
{
    Q_DECLARE_TR_FUNCTIONS(RecordService)

public:
    explicit RecordService(Database &database);
    virtual ~RecordService();
    RecordService(const RecordService &) = delete;
    RecordService &operator=(const RecordService &) = delete;

    // Cleans and checks record in place; fails on the first field that is wrong, naming it.
    virtual Result<void> normalize(T &record) const = 0;

    Result<T> create(T record);
    // Saves over record.meta.version; Conflict when someone saved a newer version meanwhile.
    Result<T> update(T record);
    // Applies change to the record as it is now and saves it; when someone else saved in between,
    // reads the new version and applies the change again (up to `attempts` times). A change that
    // fails (bad value) stops at once.
    Result<T> updateCurrent(qint64 id, const std::function<Result<void>(T &)> &change, int attempts = 5);
    // version: the version the user saw, when the action must not apply to a newer one.
    Result<RecordMeta> moveToTrash(qint64 id, std::optional<int> version = {});
    Result<RecordMeta> restore(qint64 id, std::optional<int> version = {});
    // The record, in the trash or not (an editor opened from history may show a trashed one).
    Result<T> get(qint64 id);

    Repo &repository() { return m_records; }

protected:
    // What the service itself sets on a new record, after normalize and inside the transaction.
    virtual Result<void> prepareCreate(T &record);
    // The same for a change; stored is the record as it is in the file.
    virtual Result<void> prepareUpdate(T &record, const T &stored);
    Database &database() const { return m_database; }

private:
    // Runs write in one transaction, committed when it succeeds, rolled back when it fails.
    Result<T> committed(const std::function<Result<T>()> &write);

    Database &m_database;
    Repo m_records;
};
