#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

CliResult CliRunner::runRaw(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SENCRM_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::run(const QStringList &arguments, const QStringList &globalOptions) const
{
    return runRaw(QStringList{QStringLiteral("--db"), m_databasePath} + globalOptions + arguments);
}
