#include "services/RecordService.h"

#include "domain/EntityNames.h"
#include "services/FieldRules.h"
#include "storage/AccountRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Transaction.h"

template <typename T, typename Repo>
RecordService<T, Repo>::RecordService(Database &database) : m_database(database), m_records(database)
{}

template <typename T, typename Repo> RecordService<T, Repo>::~RecordService() = default;

template <typename T, typename Repo>
Result<T> RecordService<T, Repo>::committed(const std::function<Result<T>()> &write)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<T> written = write();
    if (!written.ok())
        return written;
    if (Result<void> done = transaction.commit(); !done.ok())
        return done.error();
    return written;
}

template <typename T, typename Repo> Result<T> RecordService<T, Repo>::create(T record)
{
    return committed([&]() -> Result<T> {
        // prepareCreate runs after normalize (the braced list is evaluated in order) but its error,
        // if any, only counts when normalize found the record fine.
        if (Result<void> ok = FieldRules::firstError({normalize(record), prepareCreate(record)}); !ok.ok())
            return ok.error();
        return m_records.create(std::move(record));
    });
}

template <typename T, typename Repo> Result<T> RecordService<T, Repo>::update(T record)
{
    return committed([&]() -> Result<T> {
        Result<T> stored = m_records.get(record.meta.id, TrashFilter::All);
        if (!stored.ok())
            return stored.error();
        if (Result<void> ok = FieldRules::firstError({normalize(record), prepareUpdate(record, *stored)});
            !ok.ok())
            return ok.error();
        return m_records.update(std::move(record));
    });
}

template <typename T, typename Repo>
Result<T> RecordService<T, Repo>::updateCurrent(qint64 id, const std::function<Result<void>(T &)> &change,
                                                int attempts)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        Result<T> current = m_records.get(id);
        if (!current.ok())
            return current.error();
        if (Result<void> changed = change(*current); !changed.ok())
            return changed.error();
        Result<T> saved = update(std::move(current).value());
        const bool retry = !saved.ok() && (saved.error().code == ErrorCode::Conflict ||
                                           saved.error().code == ErrorCode::Busy);
        if (!retry)
            return saved;
    }
    return Error{ErrorCode::Conflict,
                 tr("%1 %2 kept changing while saving; try again.")
                     .arg(EntityNames::label(m_records.table().entity()), QString::number(id)),
                 {}};
}

template <typename T, typename Repo>
Result<RecordMeta> RecordService<T, Repo>::moveToTrash(qint64 id, std::optional<int> version)
{
    return m_records.moveToTrash(id, version);
}

template <typename T, typename Repo>
Result<RecordMeta> RecordService<T, Repo>::restore(qint64 id, std::optional<int> version)
{
    return m_records.restore(id, version);
}

template <typename T, typename Repo> Result<T> RecordService<T, Repo>::get(qint64 id)
{
    return m_records.get(id);
}

template <typename T, typename Repo> Result<void> RecordService<T, Repo>::prepareCreate(T &)
{
    return {};
}

template <typename T, typename Repo> Result<void> RecordService<T, Repo>::prepareUpdate(T &, const T &)
{
    return {};
}

template class RecordService<Account, AccountRepository>;
template class RecordService<Contact, ContactRepository>;
template class RecordService<Opportunity, OpportunityRepository>;
template class RecordService<Task, TaskRepository>;
template class RecordService<Activity, ActivityRepository>;
