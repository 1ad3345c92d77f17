#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLocale>

#include <catch2/catch.hpp>

// One main for every test executable: widgets need a QApplication, and the offscreen platform must be
// chosen before it exists so that catch_discover_tests (which runs the binary to list tests) works
// without a display too.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SenCRM-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("sencrm-tests"));
    return Catch::Session().run(argc, argv);
}
