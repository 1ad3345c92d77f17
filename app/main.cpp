#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "services/DemoDataGenerator.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace {

// The demo database a first start shows, so there is something real to look at.
constexpr qint64 firstRunDemoLeads = 5000;

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::configureApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("sencrm"));
    QSettings qsettings;
    AppSettings settings(qsettings);
    Translations::install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Sen CRM, a CRM for Vietnamese sales teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"),
                                            QCoreApplication::translate("main", "The database file to open."),
                                            QCoreApplication::translate("main", "FILE"));
    parser.addOption(databaseOption);
    parser.process(app);

    const bool useDefault = !parser.isSet(databaseOption);
    const QString path = useDefault ? AppPaths::defaultDatabasePath() : parser.value(databaseOption);
    const bool firstRun = useDefault && !QFileInfo::exists(path);

    Database::Options options;
    options.userName = settings.userName();
    // The window checks the file's integrity in the background once it is shown (IntegrityCheck).
    options.verifyIntegrity = false;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the database"),
                              opened.error().message);
        return 2;
    }
    if (firstRun) {
        Result<DemoDataCounts> demo =
            DemoDataGenerator(**opened).generate(DemoDataGenerator::proportionalTo(firstRunDemoLeads));
        if (!demo.ok())
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Demo data"),
                                 demo.error().message);
    }

    MainWindow window(std::move(opened).value(), settings);
    window.show();
    // Once the window is on screen: what is overdue and due today.
    QTimer::singleShot(0, &window, [&window] { window.showTaskReminder(); });
    return QApplication::exec();
}
