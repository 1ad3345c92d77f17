#include "cli/CommandLineTool.h"
#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppPaths::configureApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLineTool(QCoreApplication::arguments(), out, err).run();
}
