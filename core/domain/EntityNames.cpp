#include "domain/EntityNames.h"

QString EntityNames::label(const QString &entity)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("lead"), QT_TR_NOOP("Lead")},
        {QStringLiteral("account"), QT_TR_NOOP("Account")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("opportunity"), QT_TR_NOOP("Opportunity")},
        {QStringLiteral("activity"), QT_TR_NOOP("Activity")},
        {QStringLiteral("task"), QT_TR_NOOP("Task")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("pipeline"), QT_TR_NOOP("Pipeline")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("lead_status"), QT_TR_NOOP("Lead status")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("campaign"), QT_TR_NOOP("Campaign")},
        {QStringLiteral("tag"), QT_TR_NOOP("Tag")},
        {QStringLiteral("lost_reason"), QT_TR_NOOP("Lost reason")},
    };
    const char *label = labels.value(entity);
    return label ? tr(label) : entity;
}
