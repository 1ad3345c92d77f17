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
    // The generic location plus our own folder: AppDataLocation would repeat the name
    // (~/.local/share/SenCRM/SenCRM/).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/SenCRM/sencrm.db");
}
