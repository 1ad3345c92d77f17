#pragma once

#include "common/Result.h"
#include "domain/Campaign.h"
#include "domain/LeadStatus.h"
#include "domain/LostReason.h"
#include "domain/Pipeline.h"
#include "domain/Source.h"
#include "domain/Stage.h"
#include "domain/Tag.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The small editable lists (statuses, sources, pipelines, stages, lost reasons, users, tags, campaigns),
// loaded once and looked up by id or by name as people type it: "moi" finds the status "Mới".
class Lookups
{
    Q_DECLARE_TR_FUNCTIONS(Lookups)

public:
    static Result<Lookups> load(Database &database);

    const QList<LeadStatus> &statuses() const { return m_statuses; }
    const QList<Source> &sources() const { return m_sources; }
    const QList<Pipeline> &pipelines() const { return m_pipelines; }
    const QList<Stage> &stages() const { return m_stages; }
    const QList<LostReason> &lostReasons() const { return m_lostReasons; }
    const QList<User> &users() const { return m_users; }
    const QList<Tag> &tags() const { return m_tags; }
    const QList<Campaign> &campaigns() const { return m_campaigns; }

    QString statusName(std::optional<qint64> id) const;
    QString sourceName(std::optional<qint64> id) const;
    QString userName(std::optional<qint64> id) const;
    // The name people know the user by ("Trần Thị Linh"), falling back to the login name.
    QString userDisplayName(std::optional<qint64> id) const;
    const Stage *stage(qint64 id) const;
    const Pipeline *defaultPipeline() const;

    Result<LeadStatus> statusNamed(const QString &name) const;
    Result<Source> sourceNamed(const QString &name) const;
    Result<User> userNamed(const QString &name) const;
    // Matched like statusNamed: folded ("ban hang" finds "Bán hàng"), exact or a unique prefix.
    Result<Pipeline> pipelineNamed(const QString &name) const;
    // Only among the stages of that pipeline.
    Result<Stage> stageNamed(qint64 pipelineId, const QString &name) const;
    Result<LostReason> lostReasonNamed(const QString &name) const;

private:
    QList<LeadStatus> m_statuses;
    QList<Source> m_sources;
    QList<Pipeline> m_pipelines;
    QList<Stage> m_stages;
    QList<LostReason> m_lostReasons;
    QList<User> m_users;
    QList<Tag> m_tags;
    QList<Campaign> m_campaigns;
};
