#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

void AppPaths::configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SenCRM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sencrm.vn"));
    QCoreApplication::setApplicationName(QStringLiteral("SenCRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENCRM_VERSION));
}

QString AppPaths::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sencrm.db");
}
