#include "cli/CommandLineTool.h"

#include "cli/PipelineCommands.h"
#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "services/DemoDataGenerator.h"
#include "services/LeadFields.h"
#include "services/LeadService.h"
#include "services/Lookups.h"
#include "services/SearchService.h"
#include "storage/AccountRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "text/PhoneNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

// Options that take a value; anything else starting with -- is a flag.
const QStringList flagNames{QStringLiteral("json"), QStringLiteral("help")};

// Records not in the trash.
template <typename Repo> Result<qint64> liveCount(Database &database)
{
    return Repo(database).count();
}

} // namespace

CommandLineTool::CommandLineTool(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments)), m_out(out), m_err(err)
{}

CommandLineTool::~CommandLineTool() = default;

bool CommandLineTool::parse(const QStringList &arguments, Parsed &parsed, QString &problem) const
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(QLatin1String("--")) || argument.size() == 2) {
            parsed.positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        } else if (flagNames.contains(name)) {
            parsed.flags << name;
            continue;
        } else if (i + 1 < arguments.size()) {
            value = arguments[++i];
        } else {
            problem = tr("The option --%1 needs a value.").arg(name);
            return false;
        }
        parsed.options.insert(name, value);
        parsed.optionOrder << name;
    }
    return true;
}

int CommandLineTool::run()
{
    // Global options come before the command: sencrm-cli --db FILE --user NAME --lang en COMMAND …
    QStringList rest = m_arguments.mid(1);
    QString language = Translations::defaultLanguage();
    while (!rest.isEmpty() && rest.constFirst().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help")) {
            Translations::install(language);
            m_out << helpText();
            return Success;
        }
        if (option != QLatin1String("--db") && option != QLatin1String("--user") &&
            option != QLatin1String("--lang")) {
            Translations::install(language);
            return usage(tr("Unknown option %1.").arg(option));
        }
        if (rest.isEmpty()) {
            Translations::install(language);
            return usage(tr("The option %1 needs a value.").arg(option));
        }
        const QString value = rest.takeFirst();
        if (option == QLatin1String("--db"))
            m_databasePath = value;
        else if (option == QLatin1String("--user"))
            m_userName = value;
        else
            language = value;
    }
    if (!Translations::install(language)) {
        Translations::install(Translations::defaultLanguage());
        return usage(tr("Unknown language “%1”: use vi or en.").arg(language));
    }
    if (m_databasePath.isEmpty())
        m_databasePath = AppPaths::defaultDatabasePath();
    if (m_userName.isEmpty()) {
        // The name the user works under in the GUI, unless --user says otherwise.
        QSettings settings;
        m_userName = AppSettings(settings).userName();
    }
    if (rest.isEmpty())
        return usage(tr("Name a command."));

    const QString command = rest.takeFirst();
    Parsed args;
    QString problem;
    if (!parse(rest, args, problem))
        return usage(problem);
    if (args.flags.contains(QStringLiteral("help"))) {
        m_out << helpText();
        return Success;
    }
    if (command == QLatin1String("init"))
        return checkOptions(args, {}) ? runInit() : int(UsageError);
    if (command == QLatin1String("demo"))
        return runDemo(args);
    if (command == QLatin1String("stats"))
        return runStats(args);
    if (command == QLatin1String("search"))
        return runSearch(args);
    if (command == QLatin1String("lead"))
        return runLead(args);
    if (command == QLatin1String("opp"))
        return PipelineCommands(*this).runOpp(args);
    if (command == QLatin1String("pipeline"))
        return PipelineCommands(*this).runPipeline(args);
    if (command == QLatin1String("check"))
        return checkOptions(args, {}) ? runCheck() : int(UsageError);
    if (command == QLatin1String("backup"))
        return runBackup(args);
    if (command == QLatin1String("help")) {
        m_out << helpText();
        return Success;
    }
    return usage(tr("Unknown command “%1”.").arg(command));
}

QString CommandLineTool::helpText() const
{
    return tr("Usage: sencrm-cli [--db FILE] [--user NAME] [--lang vi|en] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  init                          create a new database (never overwrites a file)\n"
              "  demo --leads N [--seed S]     add N demo leads and related records\n"
              "  stats [--json]                count the records\n"
              "  search QUERY [--entity leads|contacts|accounts|all] [--limit N] [--json]\n"
              "  lead add --name NAME [--phone P] [--email E] [--company C] [--source S] [--json]\n"
              "  lead show ID [--json]\n"
              "  lead update ID --FIELD VALUE ... [--if-version V] [--json]\n"
              "  opp list [--pipeline NAME] [--stage NAME] [--json]\n"
              "                                the deals in board order; position is the deal's\n"
              "                                1-based rank within its stage\n"
              "  opp move ID --stage NAME [--position N] [--lost-reason TEXT] [--json]\n"
              "                                move a deal; N is its 1-based rank in the stage (default:\n"
              "                                last); a lost stage needs --lost-reason\n"
              "  pipeline summary [--pipeline NAME] [--json]\n"
              "                                count, sum and weighted sum of each stage\n"
              "  check                         check the database file for damage\n"
              "  backup OUT                    write a consistent copy of the database to OUT\n"
              "\n"
              "Without --db the default database is used: %1\n"
              "Exit codes: 0 success, 1 usage error, 2 data error.\n")
        .arg(AppPaths::defaultDatabasePath());
}

int CommandLineTool::usage(const QString &message)
{
    m_err << message << u'\n' << tr("Run “sencrm-cli --help” for the commands.") << u'\n';
    m_err.flush();
    return UsageError;
}

int CommandLineTool::fail(const Error &error)
{
    m_err << error.message << u'\n';
    m_err.flush();
    return DataError;
}

void CommandLineTool::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<Database *> CommandLineTool::openDatabase(Database::OpenMode mode, bool verifyIntegrity)
{
    Database::Options options;
    options.mode = mode;
    options.verifyIntegrity = verifyIntegrity;
    options.userName = m_userName;
    Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath, options);
    if (!opened.ok())
        return opened.error();
    m_database = std::move(opened).value();
    return m_database.get();
}

Result<Lookups> CommandLineTool::openWithLookups()
{
    Result<Database *> database = openDatabase();
    if (!database.ok())
        return database.error();
    return Lookups::load(**database);
}

std::optional<QString> CommandLineTool::unknownLeadField(const QStringList &options)
{
    const QStringList known = LeadFields::editableFields();
    for (const QString &option : options) {
        QString field = option;
        field.replace(u'-', u'_');
        if (!known.contains(field))
            return option;
    }
    return std::nullopt;
}

bool CommandLineTool::checkOptions(const Parsed &args, const QStringList &allowed)
{
    for (const QString &option : args.optionOrder) {
        if (!allowed.contains(option)) {
            usage(tr("Unknown option --%1.").arg(option));
            return false;
        }
    }
    return true;
}

std::optional<qint64> CommandLineTool::recordId(const Parsed &args)
{
    bool ok = false;
    const qint64 id = args.positional.value(1).toLongLong(&ok);
    if (!ok || id <= 0 || args.positional.size() != 2)
        return std::nullopt;
    return id;
}

int CommandLineTool::runInit()
{
    Result<Database *> created = openDatabase(Database::OpenMode::CreateNew);
    if (!created.ok())
        return fail(created.error());
    m_err << tr("Created the database %1.").arg((*created)->path()) << u'\n';
    return Success;
}

int CommandLineTool::runDemo(const Parsed &args)
{
    if (!checkOptions(args, {QStringLiteral("leads"), QStringLiteral("seed")}))
        return UsageError;
    bool ok = false;
    const qint64 leads = args.options.value(QStringLiteral("leads")).toLongLong(&ok);
    if (!ok || leads < 0)
        return usage(tr("demo needs --leads N with N a whole number of 0 or more."));
    quint64 seed = 1;
    if (args.options.contains(QStringLiteral("seed"))) {
        seed = args.options.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed must be a whole number."));
    }
    // Demo data may start a new file: `sencrm-cli --db try.db demo --leads 1000` is how people try it.
    Result<Database *> database = openDatabase(Database::OpenMode::OpenOrCreate);
    if (!database.ok())
        return fail(database.error());
    DemoDataGenerator generator(**database, seed);
    Result<DemoDataCounts> made = generator.generate(DemoDataGenerator::proportionalTo(leads));
    if (!made.ok())
        return fail(made.error());
    const QJsonObject summary{{QStringLiteral("leads"), made->leads},
                              {QStringLiteral("accounts"), made->accounts},
                              {QStringLiteral("contacts"), made->contacts},
                              {QStringLiteral("opportunities"), made->opportunities},
                              {QStringLiteral("activities"), made->activities},
                              {QStringLiteral("tasks"), made->tasks}};
    if (args.flags.contains(QStringLiteral("json")))
        printJson(summary);
    else
        m_err << tr("Added %Ln demo lead(s).", nullptr, int(made->leads)) << u'\n';
    return Success;
}

int CommandLineTool::runStats(const Parsed &args)
{
    if (!checkOptions(args, {}))
        return UsageError;
    Result<Database *> opened = openDatabase();
    if (!opened.ok())
        return fail(opened.error());
    Database &database = **opened;
    QJsonObject stats;
    using Counter = Result<qint64> (*)(Database &);
    const std::array<std::pair<QString, Counter>, 7> counters{{
        {QStringLiteral("leads"), &liveCount<LeadRepository>},
        {QStringLiteral("accounts"), &liveCount<AccountRepository>},
        {QStringLiteral("contacts"), &liveCount<ContactRepository>},
        {QStringLiteral("opportunities"), &liveCount<OpportunityRepository>},
        {QStringLiteral("activities"), &liveCount<ActivityRepository>},
        {QStringLiteral("tasks"), &liveCount<TaskRepository>},
        {QStringLiteral("users"), &liveCount<UserRepository>},
    }};
    for (const auto &[name, counter] : counters) {
        Result<qint64> count = counter(database);
        if (!count.ok())
            return fail(count.error());
        stats.insert(name, *count);
    }
    if (args.flags.contains(QStringLiteral("json"))) {
        printJson(stats);
    } else {
        const QLocale locale;
        for (auto it = stats.constBegin(); it != stats.constEnd(); ++it)
            m_out << it.key() << u'\t' << locale.toString(it.value().toInteger()) << u'\n';
    }
    return Success;
}

int CommandLineTool::runSearch(const Parsed &args)
{
    if (!checkOptions(args, {QStringLiteral("entity"), QStringLiteral("limit")}))
        return UsageError;
    if (args.positional.size() != 1)
        return usage(tr("search needs exactly one QUERY (quote it if it has spaces)."));
    const QString entity = args.options.value(QStringLiteral("entity"), QStringLiteral("all"));
    QList<SearchEntity> entities;
    if (entity == QLatin1String("leads"))
        entities = {SearchEntity::Lead};
    else if (entity == QLatin1String("contacts"))
        entities = {SearchEntity::Contact};
    else if (entity == QLatin1String("accounts"))
        entities = {SearchEntity::Account};
    else if (entity == QLatin1String("all"))
        entities = {SearchEntity::Lead, SearchEntity::Contact, SearchEntity::Account};
    else
        return usage(tr("--entity must be leads, contacts, accounts or all."));
    bool ok = true;
    const int limit = args.options.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit <= 0)
        return usage(tr("--limit must be a whole number greater than 0."));

    Result<Database *> database = openDatabase();
    if (!database.ok())
        return fail(database.error());
    Result<QList<SearchHit>> hits =
        SearchService(**database).search(args.positional.constFirst(), entities, limit);
    if (!hits.ok())
        return fail(hits.error());
    if (args.flags.contains(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(*hits)) {
            array.append(QJsonObject{{QStringLiteral("entity"), SearchService::entityName(hit.entity)},
                                     {QStringLiteral("id"), hit.id},
                                     {QStringLiteral("name"), hit.name},
                                     {QStringLiteral("phone"), PhoneNumbers::e164(hit.phone)},
                                     {QStringLiteral("email"), hit.email},
                                     {QStringLiteral("company"), hit.company},
                                     {QStringLiteral("score"), hit.score}});
        }
        printJson(array);
    } else {
        for (const SearchHit &hit : std::as_const(*hits)) {
            m_out << SearchService::entityName(hit.entity) << u'\t' << hit.id << u'\t' << hit.name << u'\t'
                  << PhoneNumbers::display(hit.phone) << u'\t' << hit.email << u'\t' << hit.company << u'\n';
        }
    }
    return Success;
}

int CommandLineTool::runLead(const Parsed &args)
{
    const QString sub = args.positional.value(0);
    if (sub == QLatin1String("add"))
        return runLeadAdd(args);
    if (sub == QLatin1String("show"))
        return runLeadShow(args);
    if (sub == QLatin1String("update"))
        return runLeadUpdate(args);
    return usage(tr("lead needs one of: add, show, update."));
}

int CommandLineTool::runLeadAdd(const Parsed &args)
{
    if (args.positional.size() != 1)
        return usage(tr("lead add takes its values as options, e.g. --name \"Nguyễn Văn An\"."));
    if (!args.options.contains(QStringLiteral("name")))
        return usage(tr("lead add needs --name."));
    QStringList fields = args.optionOrder;
    fields.removeAll(QStringLiteral("name"));
    if (const std::optional<QString> unknown = unknownLeadField(fields))
        return usage(tr("Unknown lead field --%1. Fields: %2.")
                         .arg(*unknown, LeadFields::editableFields().join(QStringLiteral(", "))));
    Result<Lookups> lookups = openWithLookups();
    if (!lookups.ok())
        return fail(lookups.error());
    Database &database = *m_database;

    Lead lead;
    for (const QString &option : args.optionOrder) {
        const QString field = option == QLatin1String("name") ? QStringLiteral("full_name") : option;
        if (Result<void> set = LeadFields::set(lead, field, args.options.value(option), *lookups); !set.ok())
            return fail(set.error());
    }
    if (!lead.statusId && !lookups->statuses().isEmpty())
        lead.statusId = lookups->statuses().constFirst().meta.id; // "Mới"
    Result<Lead> created = LeadService(database).createOwnedBy(lead, m_userName);
    if (!created.ok())
        return fail(created.error());
    if (args.flags.contains(QStringLiteral("json"))) {
        // Only a user created by this very command is missing from the lists read before.
        if (lookups->userName(created->ownerId).isEmpty()) {
            if (Result<Lookups> fresh = Lookups::load(database); fresh.ok())
                *lookups = *fresh;
        }
        printJson(LeadFields::toJson(*created, *lookups));
    } else
        m_out << created->meta.id << u'\n';
    return Success;
}

int CommandLineTool::runLeadShow(const Parsed &args)
{
    if (!checkOptions(args, {}))
        return UsageError;
    const std::optional<qint64> id = recordId(args);
    if (!id)
        return usage(tr("lead show needs the lead's id."));
    Result<Lookups> lookups = openWithLookups();
    if (!lookups.ok())
        return fail(lookups.error());
    Result<Lead> lead = LeadService(*m_database).get(*id);
    if (!lead.ok())
        return fail(lead.error());
    const QJsonObject json = LeadFields::toJson(*lead, *lookups);
    if (args.flags.contains(QStringLiteral("json"))) {
        printJson(json);
    } else {
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            if (!it.value().isNull())
                m_out << it.key() << u'\t' << it.value().toVariant().toString() << u'\n';
        }
    }
    return Success;
}

int CommandLineTool::runLeadUpdate(const Parsed &args)
{
    const std::optional<qint64> id = recordId(args);
    if (!id)
        return usage(tr("lead update needs the lead's id."));
    bool ok = false;
    std::optional<int> ifVersion;
    if (args.options.contains(QStringLiteral("if-version"))) {
        ifVersion = args.options.value(QStringLiteral("if-version")).toInt(&ok);
        if (!ok)
            return usage(tr("--if-version must be a whole number."));
    }
    QStringList fields = args.optionOrder;
    fields.removeAll(QStringLiteral("if-version"));
    if (fields.isEmpty())
        return usage(tr("lead update needs at least one --FIELD VALUE."));
    if (const std::optional<QString> unknown = unknownLeadField(fields))
        return usage(tr("Unknown lead field --%1. Fields: %2.")
                         .arg(*unknown, LeadFields::editableFields().join(QStringLiteral(", "))));

    Result<Lookups> lookups = openWithLookups();
    if (!lookups.ok())
        return fail(lookups.error());
    LeadService service(*m_database);
    auto applyFields = [&](Lead &lead) -> Result<void> {
        for (const QString &field : std::as_const(fields)) {
            if (Result<void> set = LeadFields::set(lead, field, args.options.value(field), *lookups);
                !set.ok())
                return set;
        }
        return {};
    };

    Result<Lead> saved = Error{};
    if (ifVersion) {
        // The caller names the version it read: anything newer is a conflict, never overwritten.
        Result<Lead> current = service.get(*id);
        if (!current.ok())
            return fail(current.error());
        Lead lead = *current;
        lead.meta.version = *ifVersion;
        if (Result<void> changed = applyFields(lead); !changed.ok())
            return fail(changed.error());
        saved = service.update(lead);
    } else {
        saved = service.updateCurrent(*id, applyFields);
    }
    if (!saved.ok())
        return fail(saved.error());
    if (args.flags.contains(QStringLiteral("json")))
        printJson(LeadFields::toJson(*saved, *lookups));
    return Success;
}

int CommandLineTool::runCheck()
{
    Result<Database *> opened = openDatabase(Database::OpenMode::MustExist, true);
    if (!opened.ok())
        return fail(opened.error());
    m_out << tr("The database %1 is sound (schema version %2).")
                 .arg((*opened)->path())
                 .arg((*opened)->schemaVersion())
          << u'\n';
    return Success;
}

int CommandLineTool::runBackup(const Parsed &args)
{
    if (!checkOptions(args, {}))
        return UsageError;
    if (args.positional.size() != 1)
        return usage(tr("backup needs the path of the copy to write."));
    Result<Database *> opened = openDatabase();
    if (!opened.ok())
        return fail(opened.error());
    if (Result<void> copied = (*opened)->backupTo(args.positional.constFirst()); !copied.ok())
        return fail(copied.error());
    m_err << tr("Wrote the backup %1.").arg(args.positional.constFirst()) << u'\n';
    return Success;
}
