#include "cli/PipelineCommands.h"

#include "common/DisplayFormat.h"
#include "services/Lookups.h"
#include "services/PipelineService.h"
#include "storage/OpportunityRepository.h"
#include "text/VietnameseText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// The pipeline --pipeline names, or the default one.
Result<Pipeline> chosenPipeline(const Lookups &lookups, const QHash<QString, QString> &options)
{
    if (options.contains(QStringLiteral("pipeline")))
        return lookups.pipelineNamed(VietnameseText::clean(options.value(QStringLiteral("pipeline"))));
    if (const Pipeline *pipeline = lookups.defaultPipeline())
        return *pipeline;
    return Error{ErrorCode::NotFound, PipelineCommands::tr("The database has no pipeline."), {}};
}

} // namespace

QJsonObject PipelineCommands::cardJson(const BoardCard &card, const QString &stageName, int rank)
{
    return QJsonObject{
        {QStringLiteral("id"), card.id},         {QStringLiteral("name"), card.name},
        {QStringLiteral("amount"), card.amount}, {QStringLiteral("stage"), stageName},
        {QStringLiteral("position"), rank},      {QStringLiteral("probability"), card.probability}};
}

int PipelineCommands::runOpp(const CommandLineTool::Parsed &args)
{
    const QString sub = args.positional.value(0);
    if (sub == QLatin1String("list"))
        return runOppList(args);
    if (sub == QLatin1String("move"))
        return runOppMove(args);
    return m_tool.usage(tr("opp needs one of: list, move."));
}

int PipelineCommands::runPipeline(const CommandLineTool::Parsed &args)
{
    if (args.positional.value(0) == QLatin1String("summary"))
        return runPipelineSummary(args);
    return m_tool.usage(tr("pipeline needs: summary."));
}

int PipelineCommands::runOppList(const CommandLineTool::Parsed &args)
{
    if (!m_tool.checkOptions(args, {QStringLiteral("pipeline"), QStringLiteral("stage")}))
        return CommandLineTool::UsageError;
    if (args.positional.size() != 1)
        return m_tool.usage(tr("opp list takes no other arguments."));
    Result<Lookups> lookups = m_tool.openWithLookups();
    if (!lookups.ok())
        return m_tool.fail(lookups.error());
    Result<Pipeline> pipeline = chosenPipeline(*lookups, args.options);
    if (!pipeline.ok())
        return m_tool.fail(pipeline.error());
    std::optional<qint64> onlyStage;
    if (args.options.contains(QStringLiteral("stage"))) {
        Result<Stage> stage = lookups->stageNamed(
            pipeline->meta.id, VietnameseText::clean(args.options.value(QStringLiteral("stage"))));
        if (!stage.ok())
            return m_tool.fail(stage.error());
        onlyStage = stage->meta.id;
    }
    Result<QList<BoardCard>> cards = PipelineService(*m_tool.m_database).cards(pipeline->meta.id);
    if (!cards.ok())
        return m_tool.fail(cards.error());

    // cards() is in board order, so a card's rank is its count within its stage so far.
    QJsonArray array;
    qint64 stageId = 0;
    int rank = 0;
    for (const BoardCard &card : std::as_const(*cards)) {
        rank = card.stageId == stageId ? rank + 1 : 1;
        stageId = card.stageId;
        if (onlyStage && card.stageId != *onlyStage)
            continue;
        const Stage *stage = lookups->stage(card.stageId);
        array.append(cardJson(card, stage ? stage->name : QString(), rank));
    }
    if (args.flags.contains(QStringLiteral("json"))) {
        m_tool.printJson(array);
        return CommandLineTool::Success;
    }
    QTextStream &out = m_tool.m_out;
    out << tr("ID") << u'\t' << tr("Stage") << u'\t' << tr("Position") << u'\t' << tr("Amount") << u'\t'
        << tr("Probability") << u'\t' << tr("Name") << u'\n';
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject deal = value.toObject();
        out << deal.value(QStringLiteral("id")).toInteger() << u'\t'
            << deal.value(QStringLiteral("stage")).toString() << u'\t'
            << deal.value(QStringLiteral("position")).toInteger() << u'\t'
            << DisplayFormat::money(deal.value(QStringLiteral("amount")).toInteger()) << u'\t'
            << deal.value(QStringLiteral("probability")).toInteger() << u'%' << u'\t'
            << deal.value(QStringLiteral("name")).toString() << u'\n';
    }
    out.flush();
    return CommandLineTool::Success;
}

int PipelineCommands::runOppMove(const CommandLineTool::Parsed &args)
{
    if (!m_tool.checkOptions(
            args, {QStringLiteral("stage"), QStringLiteral("position"), QStringLiteral("lost-reason")}))
        return CommandLineTool::UsageError;
    const std::optional<qint64> id = CommandLineTool::recordId(args);
    if (!id)
        return m_tool.usage(tr("opp move needs the deal's id."));
    if (!args.options.contains(QStringLiteral("stage")))
        return m_tool.usage(tr("opp move needs --stage NAME."));
    int targetIndex = -1;
    if (args.options.contains(QStringLiteral("position"))) {
        bool ok = false;
        const int position = args.options.value(QStringLiteral("position")).toInt(&ok);
        if (!ok || position < 1)
            return m_tool.usage(tr("--position must be a whole number of 1 or more."));
        targetIndex = position - 1;
    }

    Result<Lookups> lookups = m_tool.openWithLookups();
    if (!lookups.ok())
        return m_tool.fail(lookups.error());
    Database &database = *m_tool.m_database;
    Result<Opportunity> deal = OpportunityRepository(database).get(*id, TrashFilter::Live);
    if (!deal.ok())
        return m_tool.fail(deal.error());
    Result<Stage> stage = lookups->stageNamed(
        deal->pipelineId, VietnameseText::clean(args.options.value(QStringLiteral("stage"))));
    if (!stage.ok())
        return m_tool.fail(stage.error());

    MoveRequest request;
    request.dealIds = {*id};
    request.stageId = stage->meta.id;
    request.targetIndex = targetIndex;
    if (args.options.contains(QStringLiteral("lost-reason"))) {
        // Nothing is dropped silently: a reason given for a stage that is not lost is a mistake.
        if (stage->kind != StageKind::Lost)
            return m_tool.fail(Error::invalid(
                QStringLiteral("lost_reason"),
                tr("“%1” is not a lost stage: a lost reason does not apply.").arg(stage->name)));
        Result<LostReason> reason = lookups->lostReasonNamed(
            VietnameseText::clean(args.options.value(QStringLiteral("lost-reason"))));
        if (!reason.ok())
            return m_tool.fail(reason.error());
        request.lostReasonId = reason->meta.id;
    }
    PipelineService pipeline(database);
    Result<MoveResult> moved = pipeline.move(request);
    if (!moved.ok())
        return m_tool.fail(moved.error());
    const MovedDeal &result = moved->deals.constFirst();
    if (args.flags.contains(QStringLiteral("json"))) {
        BoardCard card;
        card.id = *id;
        card.name = deal->name;
        card.amount = deal->amount;
        card.probability = result.after.probability;
        m_tool.printJson(cardJson(card, stage->name, result.after.rank + 1));
    } else {
        m_tool.m_err << tr("Moved the deal %1 to “%2”, position %3.")
                            .arg(QString::number(*id), stage->name, QString::number(result.after.rank + 1))
                     << u'\n';
        m_tool.m_err.flush();
    }
    return CommandLineTool::Success;
}

int PipelineCommands::runPipelineSummary(const CommandLineTool::Parsed &args)
{
    if (!m_tool.checkOptions(args, {QStringLiteral("pipeline")}))
        return CommandLineTool::UsageError;
    if (args.positional.size() != 1)
        return m_tool.usage(tr("pipeline summary takes no other arguments."));
    Result<Lookups> lookups = m_tool.openWithLookups();
    if (!lookups.ok())
        return m_tool.fail(lookups.error());
    Result<Pipeline> pipeline = chosenPipeline(*lookups, args.options);
    if (!pipeline.ok())
        return m_tool.fail(pipeline.error());
    Result<QList<StageSummary>> stages = PipelineService(*m_tool.m_database).summary(pipeline->meta.id);
    if (!stages.ok())
        return m_tool.fail(stages.error());
    if (args.flags.contains(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StageSummary &stage : std::as_const(*stages)) {
            array.append(QJsonObject{{QStringLiteral("name"), stage.name},
                                     {QStringLiteral("kind"), enumToText(stage.kind)},
                                     {QStringLiteral("probability"), stage.probability},
                                     {QStringLiteral("count"), stage.count},
                                     {QStringLiteral("sum"), stage.sum},
                                     {QStringLiteral("weighted_sum"), stage.weightedSum}});
        }
        m_tool.printJson(array);
        return CommandLineTool::Success;
    }
    QTextStream &out = m_tool.m_out;
    const QLocale locale;
    out << tr("Stage") << u'\t' << tr("Kind") << u'\t' << tr("Probability") << u'\t' << tr("Count") << u'\t'
        << tr("Sum") << u'\t' << tr("Weighted sum") << u'\n';
    for (const StageSummary &stage : std::as_const(*stages)) {
        out << stage.name << u'\t' << enumToText(stage.kind) << u'\t' << stage.probability << u'%' << u'\t'
            << locale.toString(stage.count) << u'\t' << DisplayFormat::money(stage.sum) << u'\t'
            << DisplayFormat::money(stage.weightedSum) << u'\n';
    }
    out.flush();
    return CommandLineTool::Success;
}
