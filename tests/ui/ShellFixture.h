#pragma once

#include "TempDatabase.h"
#include "common/AppSettings.h"

#include <QSettings>

#include <memory>

class MainWindow;
class QWidget;

// A main window on its own demo database and its own settings file, so tests never touch the user's.
class ShellFixture
{
public:
    explicit ShellFixture(int demoLeads = 50);
    std::unique_ptr<MainWindow> open();

    TempDatabase temp;
    QSettings qsettings;
    AppSettings settings;
};

// Set SENCRM_SCREENSHOT_DIR to keep a picture of a window for a human to look at.
void saveScreenshot(QWidget &widget, const QString &name);
