#pragma once

#include <QString>

// Where Sen CRM keeps its files. The GUI and the command line share one default database, so that
// `sencrm-cli` without --db works on what the user sees in the window.
class AppPaths
{
public:
    // Sets the organisation and application names QStandardPaths and QSettings derive paths from.
    static void configureApplication();
    // ~/.local/share/SenCRM/sencrm.db on Linux, %LOCALAPPDATA%\SenCRM\sencrm.db on Windows.
    static QString defaultDatabasePath();
};
