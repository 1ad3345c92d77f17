#include "ShellFixture.h"

#include "common/Translations.h"
#include "services/DemoDataGenerator.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>
#include <QDir>

#include <catch2/catch.hpp>

ShellFixture::ShellFixture(int demoLeads)
    : qsettings(temp.dirPath() + QStringLiteral("/settings.ini"), QSettings::IniFormat), settings(qsettings)
{
    REQUIRE(Translations::install(QStringLiteral("vi")));
    if (demoLeads > 0)
        REQUIRE(DemoDataGenerator(temp.db(), 11).generate(DemoDataGenerator::proportionalTo(demoLeads)).ok());
}

std::unique_ptr<MainWindow> ShellFixture::open()
{
    auto window = std::make_unique<MainWindow>(temp.openAnother(QStringLiteral("tester")), settings);
    window->show();
    return window;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SENCRM_SCREENSHOT_DIR");
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return;
    // Layouts settle on posted events: a message just shown would otherwise be cut off in the picture.
    QCoreApplication::processEvents();
    widget.grab().save(QDir(folder).filePath(name));
}
