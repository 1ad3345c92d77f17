#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Lookups;

// sencrm-cli: the scriptable face of Sen CRM, a contract later issues and users' scripts rely on.
//   sencrm-cli [--db FILE] [--user NAME] [--lang vi|en] COMMAND ...
// Exit codes: 0 success, 1 usage error, 2 data error (bad input, conflict, damaged file). Messages go to
// stderr in the chosen language (Vietnamese by default); JSON goes to stdout.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode
    {
        Success = 0,
        UsageError = 1,
        DataError = 2,
    };

    CommandLineTool(QStringList arguments, QTextStream &out, QTextStream &err);
    ~CommandLineTool();
    int run();

private:
    friend class PipelineCommands; // the opp and pipeline commands, in their own file

    struct Parsed
    {
        QStringList positional;
        QHash<QString, QString> options; // --name value
        QStringList optionOrder;         // as given, for `lead update`
        QStringList flags;               // --json, --dry-run
    };

    int usage(const QString &message);
    int fail(const Error &error);
    bool parse(const QStringList &arguments, Parsed &parsed, QString &problem) const;
    // Every command but init and demo needs an existing file: a mistyped --db must not quietly create
    // an empty database and report zero records. quick_check reads the whole file, so only `check` asks.
    Result<Database *> openDatabase(Database::OpenMode mode = Database::OpenMode::MustExist,
                                    bool verifyIntegrity = false);
    // Opens the database and loads its lists (statuses, sources, users) for name lookups.
    Result<Lookups> openWithLookups();
    // The record id a `lead show ID`-style command names, or nullopt when it is missing or malformed.
    static std::optional<qint64> recordId(const Parsed &args);
    // The first of these options that is not a lead field, if any.
    static std::optional<QString> unknownLeadField(const QStringList &options);
    // Reports a usage error and returns false when the command was given an option it does not take.
    bool checkOptions(const Parsed &args, const QStringList &allowed);
    void printJson(const QJsonValue &value);

    int runInit();
    int runDemo(const Parsed &args);
    int runStats(const Parsed &args);
    int runSearch(const Parsed &args);
    int runLead(const Parsed &args);
    int runLeadAdd(const Parsed &args);
    int runLeadShow(const Parsed &args);
    int runLeadUpdate(const Parsed &args);
    int runCheck();
    int runBackup(const Parsed &args);
    QString helpText() const;

    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    QString m_userName;
    std::unique_ptr<Database> m_database;
};
