// sencrm_bench: the foundation's performance targets, measured on a real database file.
//   sencrm_bench [--leads N] [--db FILE] [--rounds R]
// Generates N demo leads (default 1,000,000) into a fresh file, then reports generation time, file
// size, in-process search latency (median and p95 over Vietnamese queries typed prefix by prefix),
// the wall time of a whole `sencrm-cli search` process, and peak memory of this process (generation
// and search). Medians, because the machines
// we measure on are shared and noisy.

#include "common/AppPaths.h"
#include "services/DemoDataGenerator.h"
#include "services/SearchService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(fraction * double(values.size() - 1) + 0.5));
    return values[index];
}

// Every prefix from two characters on, the way a salesperson types into the search box.
QStringList typedPrefixes(const QStringList &queries)
{
    QStringList prefixes;
    for (const QString &query : queries) {
        for (qsizetype length = 2; length <= query.size(); ++length) {
            const QString prefix = query.left(length);
            if (!prefix.endsWith(u' '))
                prefixes << prefix;
        }
    }
    return prefixes;
}

QString firstValue(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (query.exec(sql) && query.next())
        return query.value(0).toString();
    return {};
}

qint64 peakKilobytes(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppPaths::configureApplication();
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const qint64 leads = option(QStringLiteral("--leads"), QStringLiteral("1000000")).toLongLong();
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("5")).toInt();
    // --db FILE keeps the database afterwards (for sencrm_gui_bench); otherwise it is temporary.
    QTemporaryDir dir;
    const QString path = option(QStringLiteral("--db"), dir.filePath(QStringLiteral("bench.db")));
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists; give a new file\n", qPrintable(path));
        return 1;
    }

    Database::Options options;
    options.userName = QStringLiteral("bench");
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    Database &db = **opened;

    QElapsedTimer timer;
    timer.start();
    Result<DemoDataCounts> made = DemoDataGenerator(db, 1).generate(DemoDataGenerator::proportionalTo(leads));
    const double generationSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 2;
    }
    static_cast<void>(db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const double sizeMegabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

    // Queries as people type them: names with and without diacritics, given names, companies, emails
    // and phones from the data itself, in several formats.
    const QString somePhone = firstValue(db, QStringLiteral("SELECT phone FROM leads WHERE phone IS NOT NULL "
                                                            "ORDER BY id LIMIT 1 OFFSET 4321"));
    const QString someEmail = firstValue(db, QStringLiteral("SELECT email FROM leads WHERE email IS NOT NULL "
                                                            "ORDER BY id LIMIT 1 OFFSET 777"));
    const QStringList queries{QStringLiteral("Nguyễn Văn An"),
                              QStringLiteral("nguyen thi lan"),
                              QStringLiteral("Đặng Thị Hoà"),
                              QStringLiteral("tran minh duc"),
                              QStringLiteral("Phạm Thu Thảo"),
                              QStringLiteral("le hoang nam"),
                              QStringLiteral("huynh ngoc yen"),
                              QStringLiteral("Sen Vàng"),
                              QStringLiteral("cong ty tnhh du lich"),
                              QStringLiteral("Bùi Gia Huy"),
                              somePhone,
                              u"+84 " + somePhone.mid(1),
                              someEmail.section(u'@', 0, 0),
                              QStringLiteral("0912 345")};
    const QStringList prefixes = typedPrefixes(queries);
    SearchService search(db);
    const QList<SearchEntity> everything{SearchEntity::Lead, SearchEntity::Contact, SearchEntity::Account};
    for (const QString &prefix : prefixes) // warm the page cache, as a running app would have it
        static_cast<void>(search.search(prefix, everything, 20));
    QList<double> latencies;
    QHash<QString, QList<double>> byPrefix;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &prefix : prefixes) {
            timer.restart();
            Result<QList<SearchHit>> hits = search.search(prefix, everything, 20);
            latencies << double(timer.nsecsElapsed()) / 1e6;
            byPrefix[prefix] << latencies.constLast();
            if (!hits.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(hits.error().message));
                return 2;
            }
        }
    }
    const qint64 benchPeak = peakKilobytes(RUSAGE_SELF);
    // The slowest prefixes, to know where to look next.
    QList<std::pair<double, QString>> slowest;
    for (auto it = byPrefix.cbegin(); it != byPrefix.cend(); ++it)
        slowest.append({percentile(it.value(), 0.5), it.key()});
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (qsizetype i = 0; i < qMin<qsizetype>(8, slowest.size()); ++i)
        std::fprintf(stderr, "slow: %7.2f ms  \"%s\"\n", slowest[i].first, qPrintable(slowest[i].second));

    // The command line as scripts use it: a whole process per search.
    QList<double> processTimes;
    for (int run = 0; run < 15; ++run) {
        QProcess cli;
        timer.restart();
        cli.start(QStringLiteral(SENCRM_CLI_PATH),
                  {QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("nguyen van an"),
                   QStringLiteral("--json")});
        cli.waitForFinished(-1);
        processTimes << double(timer.nsecsElapsed()) / 1e6;
    }

    const QJsonObject report{
        {QStringLiteral("leads"), leads},
        {QStringLiteral("generation_seconds"), generationSeconds},
        {QStringLiteral("database_megabytes"), sizeMegabytes},
        {QStringLiteral("search_queries"), latencies.size()},
        {QStringLiteral("search_median_ms"), percentile(latencies, 0.5)},
        {QStringLiteral("search_p95_ms"), percentile(latencies, 0.95)},
        {QStringLiteral("search_max_ms"), percentile(latencies, 1.0)},
        {QStringLiteral("cli_search_process_median_ms"), percentile(processTimes, 0.5)},
        {QStringLiteral("peak_memory_mb"), double(benchPeak) / 1024.0},
    };
    std::printf("%s", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
