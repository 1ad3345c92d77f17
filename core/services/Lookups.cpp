#include "services/Lookups.h"

#include "storage/CampaignRepository.h"
#include "storage/LeadStatusRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/SourceRepository.h"
#include "storage/StageRepository.h"
#include "storage/TagRepository.h"
#include "storage/UserRepository.h"
#include "text/VietnameseText.h"

namespace {

template <typename Repo, typename T>
Result<void> loadInto(Database &database, QList<T> &into, const QString &sortColumn)
{
    Repo repository(database);
    Result<QList<T>> rows = repository.list(ListQuery().sortBy(sortColumn));
    if (!rows.ok())
        return rows.error();
    into = *rows;
    return {};
}

template <typename T> const T *byId(const QList<T> &items, std::optional<qint64> id)
{
    if (!id)
        return nullptr;
    for (const T &item : items) {
        if (item.meta.id == *id)
            return &item;
    }
    return nullptr;
}

// An exact folded match wins; otherwise a unique folded prefix ("tiem" → "Tiềm năng").
template <typename T, typename Name>
const T *byName(const QList<T> &items, const QString &wanted, Name nameOf)
{
    const QString folded = VietnameseText::fold(wanted);
    if (folded.isEmpty())
        return nullptr;
    const T *prefixMatch = nullptr;
    int prefixMatches = 0;
    for (const T &item : items) {
        const QString candidate = VietnameseText::fold(nameOf(item));
        if (candidate == folded)
            return &item;
        if (candidate.startsWith(folded)) {
            prefixMatch = &item;
            ++prefixMatches;
        }
    }
    return prefixMatches == 1 ? prefixMatch : nullptr;
}

template <typename T> QStringList namesOf(const QList<T> &items)
{
    QStringList names;
    for (const T &item : items)
        names << item.name;
    return names;
}

} // namespace

Result<Lookups> Lookups::load(Database &database)
{
    Lookups lookups;
    for (Result<void> loaded :
         {loadInto<LeadStatusRepository>(database, lookups.m_statuses, QStringLiteral("position")),
          loadInto<SourceRepository>(database, lookups.m_sources, QStringLiteral("position")),
          loadInto<PipelineRepository>(database, lookups.m_pipelines, QStringLiteral("position")),
          loadInto<StageRepository>(database, lookups.m_stages, QStringLiteral("position")),
          loadInto<LostReasonRepository>(database, lookups.m_lostReasons, QStringLiteral("position")),
          loadInto<UserRepository>(database, lookups.m_users, QStringLiteral("name")),
          loadInto<TagRepository>(database, lookups.m_tags, QStringLiteral("name")),
          loadInto<CampaignRepository>(database, lookups.m_campaigns, QStringLiteral("name"))}) {
        if (!loaded.ok())
            return loaded.error();
    }
    return lookups;
}

QString Lookups::statusName(std::optional<qint64> id) const
{
    const LeadStatus *status = byId(m_statuses, id);
    return status ? status->name : QString();
}

QString Lookups::sourceName(std::optional<qint64> id) const
{
    const Source *source = byId(m_sources, id);
    return source ? source->name : QString();
}

QString Lookups::userName(std::optional<qint64> id) const
{
    const User *user = byId(m_users, id);
    return user ? user->name : QString();
}

QString Lookups::userDisplayName(std::optional<qint64> id) const
{
    const User *user = byId(m_users, id);
    if (!user)
        return {};
    return user->displayName.isEmpty() ? user->name : user->displayName;
}

const Stage *Lookups::stage(qint64 id) const
{
    return byId(m_stages, std::optional<qint64>(id));
}

const Pipeline *Lookups::defaultPipeline() const
{
    for (const Pipeline &pipeline : m_pipelines) {
        if (pipeline.isDefault)
            return &pipeline;
    }
    return m_pipelines.isEmpty() ? nullptr : &m_pipelines.constFirst();
}

Result<LeadStatus> Lookups::statusNamed(const QString &name) const
{
    if (const LeadStatus *found = byName(m_statuses, name, [](const LeadStatus &s) { return s.name; }))
        return *found;
    return Error::invalid(QStringLiteral("status"),
                          tr("There is no lead status “%1”. Known statuses: %2.")
                              .arg(name, namesOf(m_statuses).join(QStringLiteral(", "))));
}

Result<Source> Lookups::sourceNamed(const QString &name) const
{
    if (const Source *found = byName(m_sources, name, [](const Source &s) { return s.name; }))
        return *found;
    return Error::invalid(QStringLiteral("source"),
                          tr("There is no lead source “%1”. Known sources: %2.")
                              .arg(name, namesOf(m_sources).join(QStringLiteral(", "))));
}

Result<User> Lookups::userNamed(const QString &name) const
{
    for (const User &user : m_users) {
        if (user.name == name || VietnameseText::fold(user.displayName) == VietnameseText::fold(name))
            return user;
    }
    return Error::invalid(QStringLiteral("owner"), tr("There is no user “%1”.").arg(name));
}

Result<Pipeline> Lookups::pipelineNamed(const QString &name) const
{
    if (const Pipeline *found = byName(m_pipelines, name, [](const Pipeline &p) { return p.name; }))
        return *found;
    return Error::invalid(QStringLiteral("pipeline"),
                          tr("There is no pipeline “%1”. Known pipelines: %2.")
                              .arg(name, namesOf(m_pipelines).join(QStringLiteral(", "))));
}

Result<Stage> Lookups::stageNamed(qint64 pipelineId, const QString &name) const
{
    QList<Stage> stages;
    for (const Stage &stage : m_stages) {
        if (stage.pipelineId == pipelineId)
            stages << stage;
    }
    if (const Stage *found = byName(stages, name, [](const Stage &s) { return s.name; }))
        return *found;
    const Pipeline *pipeline = byId(m_pipelines, std::optional<qint64>(pipelineId));
    return Error::invalid(QStringLiteral("stage"),
                          tr("The pipeline “%1” has no stage “%2”. Its stages: %3.")
                              .arg(pipeline ? pipeline->name : QString::number(pipelineId), name,
                                   namesOf(stages).join(QStringLiteral(", "))));
}

Result<LostReason> Lookups::lostReasonNamed(const QString &name) const
{
    if (const LostReason *found = byName(m_lostReasons, name, [](const LostReason &r) { return r.name; }))
        return *found;
    return Error::invalid(QStringLiteral("lost_reason"),
                          tr("There is no lost reason “%1”. Known reasons: %2.")
                              .arg(name, namesOf(m_lostReasons).join(QStringLiteral(", "))));
}
