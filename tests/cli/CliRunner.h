#pragma once

#include "QtCatchPrinters.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the real sencrm-cli binary (built by CMake, path baked in at compile time).
class CliRunner
{
public:
    explicit CliRunner(QString databasePath) : m_databasePath(std::move(databasePath)) {}
    CliResult run(const QStringList &arguments, const QStringList &globalOptions = {}) const;
    static CliResult runRaw(const QStringList &arguments);

private:
    QString m_databasePath;
};
