// sencrm_pipeline_bench: the pipeline service's share of issue #4's board targets, on a real file.
//   sencrm_pipeline_bench [--deals N] [--rounds R]
// Generates demo data with N deals (default 5,000) in the default pipeline, books two tasks on each
// deal, then reports medians of PipelineService::cards() (what opening the board reads), summary()
// (the column headers), and a move into the middle of a column with its undo (what a drop writes).
// Medians, because the machines we measure on are shared and noisy.

#include "services/DemoDataGenerator.h"
#include "services/Lookups.h"
#include "services/PipelineService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, qint64 fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toLongLong() : fallback;
    };
    const qint64 deals = option(QStringLiteral("--deals"), 5000);
    const int rounds = int(option(QStringLiteral("--rounds"), 21));

    QTemporaryDir dir;
    Database::Options options;
    options.userName = QStringLiteral("bench");
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.db")), options);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;
    DemoDataCounts counts = DemoDataGenerator::proportionalTo(deals * 10);
    counts.opportunities = deals;
    if (auto made = DemoDataGenerator(db, 7).generate(counts); !made.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 1;
    }
    {
        // Two open tasks per deal, one overdue and one ahead: the next-task look-up has work to do.
        QSqlQuery tasks(db.connection());
        tasks.exec(QStringLiteral("BEGIN"));
        tasks.exec(QStringLiteral(
            "INSERT INTO tasks (uuid, created_at, updated_at, title, due_at, opportunity_id) "
            "SELECT lower(hex(randomblob(16))), '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', "
            "'Gọi lại', '2025-0' || (1 + id % 9) || '-15T02:00:00.000Z', id FROM opportunities "
            "UNION ALL SELECT lower(hex(randomblob(16))), '2025-01-01T00:00:00.000Z', "
            "'2025-01-01T00:00:00.000Z', 'Gửi báo giá', '2031-01-01T02:00:00.000Z', id FROM opportunities"));
        tasks.exec(QStringLiteral("COMMIT"));
        tasks.exec(QStringLiteral("ANALYZE"));
    }
    const Lookups lookups = Lookups::load(db).value();
    const qint64 pipelineId = lookups.defaultPipeline()->meta.id;
    PipelineService service(db);

    qsizetype loaded = 0;
    const double cardsMs = medianMs(rounds, [&] { loaded = service.cards(pipelineId).value().size(); });
    const double summaryMs = medianMs(rounds, [&] { (void)service.summary(pipelineId).value(); });

    // Drop the first card of the busiest open column into the middle of the next column, then undo.
    const QList<BoardCard> cards = service.cards(pipelineId).value();
    const QList<StageSummary> stages = service.summary(pipelineId).value();
    const BoardCard first = cards.constFirst();
    qint64 targetStage = 0;
    qint64 targetCount = 0;
    for (const StageSummary &stage : stages) {
        if (stage.stageId != first.stageId && stage.kind == StageKind::Open) {
            targetStage = stage.stageId;
            targetCount = stage.count;
            break;
        }
    }
    QList<double> moveTimes, undoTimes;
    for (int i = 0; i < rounds; ++i) {
        MoveRequest request;
        request.dealIds = {first.id};
        request.stageId = targetStage;
        request.targetIndex = int(targetCount / 2);
        QElapsedTimer timer;
        timer.start();
        MoveResult moved = service.move(request).value();
        moveTimes << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        (void)service.undo(moved).value();
        undoTimes << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(moveTimes.begin(), moveTimes.end());
    std::sort(undoTimes.begin(), undoTimes.end());

    std::printf("deals on the board:        %lld\n", static_cast<long long>(loaded));
    std::printf("cards() median:            %.1f ms\n", cardsMs);
    std::printf("summary() median:          %.1f ms\n", summaryMs);
    std::printf("move() median:             %.2f ms (slowest, the first: it renumbers the dense demo column: "
                "%.2f ms)\n",
                moveTimes[moveTimes.size() / 2], moveTimes.constLast());
    std::printf("undo() median:             %.2f ms\n", undoTimes[undoTimes.size() / 2]);
    return 0;
}
