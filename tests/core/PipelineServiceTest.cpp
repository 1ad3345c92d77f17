#include "services/PipelineService.h"

#include "RowCount.h"
#include "TempDatabase.h"
#include "services/AccountService.h"
#include "services/Lookups.h"
#include "services/OpportunityService.h"
#include "services/PipelineSettingsService.h"
#include "services/TaskService.h"
#include "storage/ChangeFeed.h"
#include "storage/ChangeLog.h"
#include "storage/OpportunityRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

// The default pipeline "Bán hàng": Tiếp cận 10%, Tư vấn / Khảo sát 25%, Gửi báo giá 50%, Đàm phán 75%,
// Thắng 100% (won), Thua 0% (lost).
struct Board
{
    TempDatabase temp;
    Lookups lookups = Lookups::load(temp.db()).value();
    qint64 pipelineId = lookups.defaultPipeline()->meta.id;
    PipelineService service{temp.db()};

    Stage stage(const QString &name) const { return lookups.stageNamed(pipelineId, name).value(); }
    qint64 stageId(const QString &name) const { return stage(name).meta.id; }
    qint64 reasonId(const QString &name) const { return lookups.lostReasonNamed(name).value().meta.id; }

    qint64 addDeal(const QString &name, const QString &stageName, qint64 amount = 100'000'000)
    {
        Opportunity deal;
        deal.name = name;
        deal.pipelineId = pipelineId;
        deal.stageId = stageId(stageName);
        deal.amount = amount;
        if (stage(stageName).kind == StageKind::Lost)
            deal.lostReasonId = reasonId(QStringLiteral("Giá cao"));
        Result<Opportunity> created = OpportunityService(temp.db()).create(deal);
        REQUIRE(created.ok());
        return created->meta.id;
    }

    QList<BoardCard> cards()
    {
        Result<QList<BoardCard>> all = service.cards(pipelineId);
        REQUIRE(all.ok());
        return *all;
    }

    // The ids of one column, top to bottom.
    QList<qint64> column(const QString &stageName)
    {
        QList<qint64> ids;
        for (const BoardCard &card : cards()) {
            if (card.stageId == stageId(stageName))
                ids << card.id;
        }
        return ids;
    }

    Opportunity deal(qint64 id) { return OpportunityRepository(temp.db()).get(id).value(); }

    MoveResult move(const QList<qint64> &ids, const QString &stageName, int index = -1,
                    std::optional<qint64> lostReason = {})
    {
        MoveRequest request;
        request.dealIds = ids;
        request.stageId = stageId(stageName);
        request.targetIndex = index;
        request.lostReasonId = lostReason;
        Result<MoveResult> moved = service.move(request);
        if (!moved.ok())
            FAIL(moved.error().message.toStdString());
        return *moved;
    }

    // Old files and demo data number a stage's deals 0, 1, 2, …: no room between neighbours.
    void makeDense(const QList<qint64> &ids)
    {
        QSqlQuery query(temp.db().connection());
        REQUIRE(query.prepare(QStringLiteral("UPDATE opportunities SET position = ? WHERE id = ?")));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            query.bindValue(0, int(i));
            query.bindValue(1, ids[i]);
            REQUIRE(query.exec());
        }
    }

    QMap<qint64, qint64> storedPositions()
    {
        QMap<qint64, qint64> positions;
        QSqlQuery query(temp.db().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT id, position FROM opportunities")));
        while (query.next())
            positions.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        return positions;
    }

    QMap<qint64, int> versions()
    {
        QMap<qint64, int> all;
        for (const BoardCard &card : cards())
            all.insert(card.id, card.version);
        return all;
    }
};

const QString approach = QStringLiteral("Tiếp cận");
const QString consult = QStringLiteral("Tư vấn / Khảo sát");
const QString quote = QStringLiteral("Gửi báo giá");
const QString negotiate = QStringLiteral("Đàm phán");
const QString won = QStringLiteral("Thắng");
const QString lost = QStringLiteral("Thua");

} // namespace

TEST_CASE("The board lists live deals by stage order, then order in the stage, then id", "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), quote);
    const qint64 b = board.addDeal(QStringLiteral("B"), approach);
    const qint64 c = board.addDeal(QStringLiteral("C"), quote);
    const qint64 d = board.addDeal(QStringLiteral("D"), approach);
    const qint64 trashed = board.addDeal(QStringLiteral("E"), approach);
    REQUIRE(OpportunityService(board.temp.db()).moveToTrash(trashed).ok());

    // New deals go to the end of their column.
    CHECK(board.column(approach) == QList<qint64>{b, d});
    CHECK(board.column(quote) == QList<qint64>{a, c});
    QList<qint64> all;
    for (const BoardCard &card : board.cards())
        all << card.id;
    CHECK(all == QList<qint64>{b, d, a, c});

    // Equal keys are ordered by id.
    board.makeDense({c, a});
    CHECK(board.column(quote) == QList<qint64>{c, a});
    QSqlQuery query(board.temp.db().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE opportunities SET position = 7")));
    CHECK(board.column(quote) == QList<qint64>{a, c});
}

TEST_CASE("A card carries its account, next open task and version; rotting needs idle days and no "
          "future task",
          "[pipeline]")
{
    Board board;
    Account account;
    account.name = QStringLiteral("Công ty TNHH Sen Vàng");
    const qint64 accountId = AccountService(board.temp.db()).create(account).value().meta.id;
    Opportunity deal;
    deal.name = QStringLiteral("Trang bị 50 máy tính");
    deal.pipelineId = board.pipelineId;
    deal.stageId = board.stageId(negotiate);
    deal.accountId = accountId;
    deal.amount = 750'000'000;
    const qint64 id = OpportunityService(board.temp.db()).create(deal).value().meta.id;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    TaskService tasks(board.temp.db());
    const auto addTask = [&](const QString &title, const QDateTime &due, bool done = false) {
        Task task;
        task.title = title;
        task.dueAt = due;
        task.related.opportunityId = id;
        Task created = tasks.create(task).value();
        if (done)
            REQUIRE(tasks.setDone(created.meta.id, true).ok());
        return created.meta.id;
    };
    addTask(QStringLiteral("Gọi lại"), now.addDays(-3), true); // done: not next
    addTask(QStringLiteral("Gửi hợp đồng"), now.addDays(2));
    addTask(QStringLiteral("Gặp giám đốc"), now.addDays(-1));
    const qint64 trashedTask = addTask(QStringLiteral("Đã xoá"), now.addDays(-5));
    REQUIRE(tasks.moveToTrash(trashedTask).ok());

    BoardCard card = board.cards().constFirst();
    CHECK(card.id == id);
    CHECK(card.name == QStringLiteral("Trang bị 50 máy tính"));
    CHECK(card.accountName == QStringLiteral("Công ty TNHH Sen Vàng"));
    CHECK(card.amount == 750'000'000);
    CHECK(card.stageId == board.stageId(negotiate));
    CHECK(card.version == board.deal(id).meta.version);
    CHECK(card.nextTaskTitle == QStringLiteral("Gặp giám đốc")); // the earliest due open task, overdue
    CHECK(card.nextTaskDue.isValid());
    CHECK(card.lastTaskDue > now);

    const int rotDays = board.stage(negotiate).rotDays; // 7
    REQUIRE(rotDays == 7);
    card.stageEnteredAt = now.addDays(-8);
    CHECK(PipelineService::daysInStage(card, now) == 8);
    CHECK_FALSE(PipelineService::isRotting(card, rotDays, now)); // a task is booked after now
    card.lastTaskDue = now.addDays(-1);
    CHECK(PipelineService::isRotting(card, rotDays, now));
    card.lastTaskDue = QDateTime();
    CHECK(PipelineService::isRotting(card, rotDays, now));
    card.stageEnteredAt = now.addDays(-7);
    CHECK_FALSE(PipelineService::isRotting(card, rotDays, now)); // not longer than the rot days
    card.stageEnteredAt = now.addDays(-400);
    CHECK_FALSE(PipelineService::isRotting(card, 0, now)); // 0: never rots
}

TEST_CASE("A move lands at the index among the cards not moved, and writes only the moved deal", "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), approach);
    const qint64 b = board.addDeal(QStringLiteral("B"), approach);
    const qint64 c = board.addDeal(QStringLiteral("C"), approach);
    const qint64 x = board.addDeal(QStringLiteral("X"), consult);
    const QMap<qint64, qint64> positions = board.storedPositions();
    const QMap<qint64, int> versions = board.versions();

    MoveResult moved = board.move({x}, approach, 1);
    CHECK(board.column(approach) == QList<qint64>{a, x, b, c});
    CHECK(board.column(consult).isEmpty());
    CHECK_FALSE(moved.renumbered);
    CHECK(moved.deals.size() == 1);
    CHECK(moved.deals[0].before.stageId == board.stageId(consult));
    CHECK(moved.deals[0].before.rank == 0);
    CHECK(moved.deals[0].after.rank == 1);
    CHECK(moved.deals[0].version == versions[x] + 1);
    const QMap<qint64, qint64> after = board.storedPositions();
    for (qint64 other : {a, b, c}) {
        CHECK(after[other] == positions[other]);
        CHECK(board.deal(other).meta.version == versions[other]);
    }

    // Within the column: the index counts the cards that stay, so 2 is after B.
    board.move({a}, approach, 2);
    CHECK(board.column(approach) == QList<qint64>{x, b, a, c});
    board.move({c}, approach, 0);
    CHECK(board.column(approach) == QList<qint64>{c, x, b, a});
    // -1 and past the end put it last.
    board.move({c}, approach, -1);
    CHECK(board.column(approach) == QList<qint64>{x, b, a, c});
    board.move({x}, approach, 99);
    CHECK(board.column(approach) == QList<qint64>{b, a, c, x});

    // A filtered board names the card to drop before instead.
    MoveRequest request;
    request.dealIds = {x};
    request.stageId = board.stageId(approach);
    request.beforeDealId = a;
    REQUIRE(board.service.move(request).ok());
    CHECK(board.column(approach) == QList<qint64>{b, x, a, c});
}

TEST_CASE("Several deals move as one block in their board order", "[pipeline]")
{
    Board board;
    const qint64 a1 = board.addDeal(QStringLiteral("A1"), approach);
    const qint64 a2 = board.addDeal(QStringLiteral("A2"), approach);
    const qint64 a3 = board.addDeal(QStringLiteral("A3"), approach);
    const qint64 c1 = board.addDeal(QStringLiteral("C1"), consult);
    const qint64 q1 = board.addDeal(QStringLiteral("Q1"), quote);
    const qint64 q2 = board.addDeal(QStringLiteral("Q2"), quote);

    // Selected in another order (and one twice): they keep the order they had on the board.
    const MoveResult moved = board.move({q1, a3, c1, a1, q1}, quote, 1);
    CHECK(board.column(quote) == QList<qint64>{q2, a1, a3, c1, q1});
    CHECK(board.column(approach) == QList<qint64>{a2});
    CHECK(board.column(consult).isEmpty());
    REQUIRE(moved.deals.size() == 4);
    CHECK(moved.deals[0].id == a1);
    CHECK(moved.deals[3].id == q1);
    CHECK(moved.deals[3].before.rank == 0);
    CHECK(moved.deals[3].after.rank == 4);

    // Undo puts every card back exactly, in both columns it came from and the one it stayed in.
    Result<MoveResult> undone = board.service.undo(moved);
    REQUIRE(undone.ok());
    CHECK(board.column(approach) == QList<qint64>{a1, a2, a3});
    CHECK(board.column(consult) == QList<qint64>{c1});
    CHECK(board.column(quote) == QList<qint64>{q1, q2});
    Result<MoveResult> redone = board.service.redo(*undone);
    REQUIRE(redone.ok());
    CHECK(board.column(quote) == QList<qint64>{q2, a1, a3, c1, q1});
    CHECK(board.column(approach) == QList<qint64>{a2});
}

TEST_CASE("A stage with no room between neighbours is renumbered, keeping its order", "[pipeline]")
{
    Board board;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << board.addDeal(QStringLiteral("D%1").arg(i), quote);
    const qint64 mover = board.addDeal(QStringLiteral("M"), approach);
    board.makeDense(ids); // 0, 1, 2, 3, 4 as demo data has them
    const QMap<qint64, int> versions = board.versions();

    const MoveResult moved = board.move({mover}, quote, 2);
    CHECK(moved.renumbered);
    CHECK(board.column(quote) == QList<qint64>{ids[0], ids[1], mover, ids[2], ids[3], ids[4]});
    // Gapped again, and the order change did not touch the others' versions.
    const QMap<qint64, qint64> positions = board.storedPositions();
    for (qint64 id : ids)
        CHECK(board.deal(id).meta.version == versions[id]);
    CHECK(positions[ids[1]] - positions[ids[0]] >= PipelineService::positionStep);
    // The renumbering is in change_log, for replay.
    CHECK(rowCount(board.temp.db(), QStringLiteral("change_log WHERE op = 'reorder'")) >= 4);

    // Now there is room: the next move writes only the moved deal.
    const MoveResult again = board.move({ids[4]}, quote, 1);
    CHECK_FALSE(again.renumbered);
    const QMap<qint64, qint64> after = board.storedPositions();
    for (qint64 id : {ids[0], ids[1], ids[2], ids[3], mover})
        CHECK(after[id] == positions[id]);
    CHECK(board.column(quote) == QList<qint64>{ids[0], ids[4], ids[1], mover, ids[2], ids[3]});

    // Many drops on the same spot use up the gap and renumber again, the order always right.
    QList<qint64> expected = board.column(quote);
    bool renumberedAgain = false;
    for (int i = 0; i < 14; ++i) {
        const qint64 last = expected.takeLast();
        expected.insert(1, last);
        renumberedAgain = board.move({last}, quote, 1).renumbered || renumberedAgain;
        REQUIRE(board.column(quote) == expected);
    }
    CHECK(renumberedAgain);
}

TEST_CASE("Undo restores stage, order, stored position and times exactly, even after a renumbering",
          "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), quote);
    const qint64 b = board.addDeal(QStringLiteral("B"), quote);
    const qint64 c = board.addDeal(QStringLiteral("C"), quote);
    const qint64 x = board.addDeal(QStringLiteral("X"), negotiate);
    const Opportunity before = board.deal(b);

    MoveResult moved = board.move({b}, won);
    Result<MoveResult> undone = board.service.undo(moved);
    REQUIRE(undone.ok());
    const Opportunity back = board.deal(b);
    CHECK(board.column(quote) == QList<qint64>{a, b, c});
    CHECK(back.stageId == before.stageId);
    CHECK(back.position == before.position);
    CHECK(back.stageEnteredAt == before.stageEnteredAt);
    CHECK_FALSE(back.closedAt.isValid());
    CHECK(back.probability == before.probability);
    CHECK(back.meta.version == undone->deals[0].version);

    // A reorder in the same column that renumbers it: undo still puts B back between A and C.
    board.makeDense({a, b, c, x});
    QSqlQuery query(board.temp.db().connection());
    REQUIRE(query.exec(QStringLiteral("UPDATE opportunities SET stage_id = %1 WHERE id = %2")
                           .arg(board.stageId(quote))
                           .arg(x)));
    REQUIRE(board.column(quote) == QList<qint64>{a, b, c, x});
    moved = board.move({b}, quote, 2); // a, c, b, x: no room between c (2) and x (3)
    CHECK(moved.renumbered);
    CHECK(board.column(quote) == QList<qint64>{a, c, b, x});
    undone = board.service.undo(moved);
    REQUIRE(undone.ok());
    CHECK(board.column(quote) == QList<qint64>{a, b, c, x});
    Result<MoveResult> redone = board.service.redo(*undone);
    REQUIRE(redone.ok());
    CHECK(board.column(quote) == QList<qint64>{a, c, b, x});
    undone = board.service.undo(*redone);
    REQUIRE(undone.ok());
    CHECK(board.column(quote) == QList<qint64>{a, b, c, x});
}

TEST_CASE("Won, lost and open stages set and clear the closing time, lost reason and probability",
          "[pipeline]")
{
    Board board;
    const qint64 id = board.addDeal(QStringLiteral("Hợp đồng bảo trì"), consult);
    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);

    board.move({id}, won);
    Opportunity deal = board.deal(id);
    CHECK(deal.closedAt >= start);
    CHECK(deal.stageEnteredAt >= start);
    CHECK(deal.probability == 100);
    CHECK_FALSE(deal.lostReasonId);

    MoveRequest request;
    request.dealIds = {id};
    request.stageId = board.stageId(lost);
    request.lostReasonId = board.reasonId(QStringLiteral("Chọn đối thủ"));
    request.lostReasonNote = QStringLiteral("  Đối thủ giảm giá 10% ");
    REQUIRE(board.service.move(request).ok());
    deal = board.deal(id);
    CHECK(deal.stageId == board.stageId(lost));
    CHECK(deal.lostReasonId == board.reasonId(QStringLiteral("Chọn đối thủ")));
    CHECK(deal.lostReasonNote == QStringLiteral("Đối thủ giảm giá 10%"));
    CHECK(deal.probability == 0);
    CHECK(deal.closedAt.isValid());

    // Reordering within the lost stage needs no reason and keeps the one it has.
    board.addDeal(QStringLiteral("Khác"), lost);
    board.move({id}, lost, -1);
    CHECK(board.deal(id).lostReasonId == board.reasonId(QStringLiteral("Chọn đối thủ")));

    // Reopened: no closing time, no lost reason, the stage's probability.
    const MoveResult reopened = board.move({id}, negotiate);
    deal = board.deal(id);
    CHECK_FALSE(deal.closedAt.isValid());
    CHECK_FALSE(deal.lostReasonId);
    CHECK(deal.lostReasonNote.isEmpty());
    CHECK(deal.probability == 75);
    // …and undo gives the lost deal its reason and note back.
    REQUIRE(board.service.undo(reopened).ok());
    deal = board.deal(id);
    CHECK(deal.lostReasonId == board.reasonId(QStringLiteral("Chọn đối thủ")));
    CHECK(deal.lostReasonNote == QStringLiteral("Đối thủ giảm giá 10%"));
    CHECK(deal.closedAt.isValid());
}

TEST_CASE("A move to a lost stage without a reason is refused and writes nothing", "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), quote);
    const qint64 b = board.addDeal(QStringLiteral("B"), quote);
    const QMap<qint64, qint64> positions = board.storedPositions();
    const QMap<qint64, int> versions = board.versions();
    const qint64 logged = rowCount(board.temp.db(), QStringLiteral("change_log"));

    MoveRequest request;
    request.dealIds = {a, b};
    request.stageId = board.stageId(lost);
    Result<MoveResult> refused = board.service.move(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("lost_reason_id"));
    CHECK(refused.error().message.contains(QStringLiteral("Thua")));

    request.lostReasonId = 9999; // not a lost reason
    refused = board.service.move(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("lost_reason_id"));

    CHECK(board.storedPositions() == positions);
    CHECK(board.versions() == versions);
    CHECK(board.column(quote) == QList<qint64>{a, b});
    CHECK(rowCount(board.temp.db(), QStringLiteral("change_log")) == logged);
}

TEST_CASE("A deal changed since the board loaded it is a conflict; so is undoing a move edited since",
          "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), approach);
    const qint64 b = board.addDeal(QStringLiteral("B"), approach);
    const QMap<qint64, int> loaded = board.versions();

    // Someone else edits B after the board loaded it.
    OpportunityService deals(board.temp.db());
    Opportunity edited = board.deal(b);
    edited.amount = 1;
    REQUIRE(deals.update(edited).ok());

    MoveRequest request;
    request.dealIds = {a, b};
    request.stageId = board.stageId(quote);
    request.expectedVersions = loaded;
    Result<MoveResult> refused = board.service.move(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(board.column(approach) == QList<qint64>{a, b}); // A did not move either
    CHECK(board.deal(a).meta.version == loaded[a]);

    request.expectedVersions = board.versions();
    Result<MoveResult> moved = board.service.move(request);
    REQUIRE(moved.ok());
    edited = board.deal(a);
    edited.name = QStringLiteral("A đã sửa");
    REQUIRE(deals.update(edited).ok());
    Result<MoveResult> undone = board.service.undo(*moved);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().code == ErrorCode::Conflict);
    CHECK(board.column(quote) == QList<qint64>{a, b}); // B was not put back alone
}

TEST_CASE("Every moved deal is written to change_log and announced", "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), approach);
    const qint64 b = board.addDeal(QStringLiteral("B"), approach);
    QSignalSpy announced(&board.temp.db().changes(), &ChangeFeed::recordsChanged);

    QThread::msleep(5); // so the time in stage visibly restarts (timestamps are in milliseconds)
    board.move({a, b}, quote);
    for (qint64 id : {a, b}) {
        const QList<ChangeLogEntry> entries =
            ChangeLog(board.temp.db()).entriesFor(QStringLiteral("opportunity"), id).value();
        REQUIRE(entries.size() == 2); // create, move
        const ChangeLogEntry &entry = entries.constLast();
        CHECK(entry.op == QStringLiteral("update"));
        CHECK(entry.userName == QStringLiteral("tester"));
        const QJsonArray stage = entry.changes.value(QStringLiteral("stage_id")).toArray();
        CHECK(stage.at(0).toInteger() == board.stageId(approach));
        CHECK(stage.at(1).toInteger() == board.stageId(quote));
        CHECK(entry.changes.contains(QStringLiteral("stage_entered_at")));
        CHECK(entry.changes.contains(QStringLiteral("probability")));
    }
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0).at(0).toString() == QStringLiteral("opportunity"));
    CHECK(announced.at(0).at(1).value<QList<qint64>>() == QList<qint64>{a, b});
}

TEST_CASE("Column totals are exact SQL aggregates and follow every move", "[pipeline]")
{
    Board board;
    const qint64 a = board.addDeal(QStringLiteral("A"), consult, 1'000'002); // 25%: 250,000.5
    board.addDeal(QStringLiteral("B"), consult, 2);                          // 25%: 0.5
    const qint64 c = board.addDeal(QStringLiteral("C"), negotiate, 200'000'000);
    const qint64 gone = board.addDeal(QStringLiteral("D"), negotiate, 999'000'000);
    REQUIRE(OpportunityService(board.temp.db()).moveToTrash(gone).ok());

    const auto summaryOf = [&](const QString &name) {
        const QList<StageSummary> all = board.service.summary(board.pipelineId).value();
        for (const StageSummary &stage : all) {
            if (stage.name == name)
                return stage;
        }
        FAIL("no stage");
        return StageSummary();
    };
    const QList<StageSummary> all = board.service.summary(board.pipelineId).value();
    REQUIRE(all.size() == 6);
    CHECK(all[0].name == approach);
    CHECK(all[4].kind == StageKind::Won);
    CHECK(all[5].kind == StageKind::Lost);
    CHECK(all[0].count == 0);
    CHECK(all[0].sum == 0);

    StageSummary stage = summaryOf(consult);
    CHECK(stage.count == 2);
    CHECK(stage.sum == 1'000'004);
    CHECK(stage.weightedSum == 250'001); // rounded once per stage; per deal it would be 250,001 + 1
    stage = summaryOf(negotiate);
    CHECK(stage.count == 1);
    CHECK(stage.sum == 200'000'000);
    CHECK(stage.weightedSum == 150'000'000);

    board.move({a}, negotiate, 0);
    CHECK(summaryOf(consult).count == 1);
    CHECK(summaryOf(consult).sum == 2);
    CHECK(summaryOf(consult).weightedSum == 1); // 0.5 rounds up
    CHECK(summaryOf(negotiate).count == 2);
    CHECK(summaryOf(negotiate).sum == 201'000'002);
    CHECK(summaryOf(negotiate).weightedSum == 150'750'002); // 150,750,001.5 → up
    board.move({a, c}, won);
    CHECK(summaryOf(won).count == 2);
    CHECK(summaryOf(won).weightedSum == 201'000'002);
    CHECK(summaryOf(negotiate).count == 0);
}

TEST_CASE("The editor follows the board's rules: end of column, lost reason, closing time",
          "[pipeline][opportunity-service]")
{
    Board board;
    OpportunityService deals(board.temp.db());
    const qint64 a = board.addDeal(QStringLiteral("A"), approach);
    const qint64 b = board.addDeal(QStringLiteral("B"), consult);
    const qint64 c = board.addDeal(QStringLiteral("C"), consult);

    Opportunity edited = board.deal(a);
    edited.stageId = board.stageId(consult);
    REQUIRE(deals.update(edited).ok());
    CHECK(board.column(consult) == QList<qint64>{b, c, a});

    edited = board.deal(a);
    edited.stageId = board.stageId(lost);
    Result<Opportunity> refused = deals.update(edited);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("lost_reason_id"));
    edited.lostReasonId = board.reasonId(QStringLiteral("Giá cao"));
    Result<Opportunity> saved = deals.update(edited);
    REQUIRE(saved.ok());
    CHECK(saved->closedAt.isValid());

    // A deal created in a won stage is closed; a lost reason outside a lost stage is not kept.
    Opportunity fresh;
    fresh.name = QStringLiteral("Đã chốt");
    fresh.pipelineId = board.pipelineId;
    fresh.stageId = board.stageId(won);
    fresh.lostReasonId = board.reasonId(QStringLiteral("Giá cao"));
    Result<Opportunity> created = deals.create(fresh);
    REQUIRE(created.ok());
    CHECK(created->closedAt.isValid());
    CHECK_FALSE(created->lostReasonId);
}

TEST_CASE("Deleting a stage moves its deals to a stage of the same kind; outcomes stay", "[pipeline]")
{
    Board board;
    PipelineSettingsService settings(board.temp.db());
    const qint64 q1 = board.addDeal(QStringLiteral("Q1"), quote);
    const qint64 q2 = board.addDeal(QStringLiteral("Q2"), quote);
    const qint64 n1 = board.addDeal(QStringLiteral("N1"), negotiate);
    board.makeDense({q2, q1}); // their order is Q2, Q1

    Result<int> refused = settings.deleteStage(board.stageId(quote));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("move_to"));
    refused = settings.deleteStage(board.stageId(quote), board.stageId(won));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("move_to"));
    CHECK(board.column(quote) == QList<qint64>{q2, q1});

    const qint64 logged = rowCount(board.temp.db(), QStringLiteral("change_log"));
    Result<int> moved = settings.deleteStage(board.stageId(quote), board.stageId(negotiate));
    REQUIRE(moved.ok());
    CHECK(*moved == 2);
    CHECK(board.column(negotiate) == QList<qint64>{n1, q2, q1});
    CHECK(board.deal(q1).probability == 75);
    CHECK(rowCount(board.temp.db(), QStringLiteral("change_log")) == logged + 3); // 2 deals + stage
    const Lookups fresh = Lookups::load(board.temp.db()).value();
    CHECK_FALSE(fresh.stageNamed(board.pipelineId, quote).ok());

    // The only won stage and the only lost stage stay; so does the last open one.
    Result<int> lastWon = settings.deleteStage(board.stageId(won));
    REQUIRE_FALSE(lastWon.ok());
    CHECK(lastWon.error().field == QStringLiteral("kind"));
    CHECK_FALSE(settings.deleteStage(board.stageId(lost)).ok());
    Stage changed = board.stage(approach);
    REQUIRE(settings.deleteStage(board.stageId(consult)).ok());
    REQUIRE(settings.deleteStage(board.stageId(approach)).ok());
    changed = fresh.stageNamed(board.pipelineId, negotiate).value();
    changed.kind = StageKind::Won;
    CHECK_FALSE(settings.updateStage(changed).ok()); // holds deals, and the last open stage
}

TEST_CASE("Stages and pipelines are created, edited and reordered with checked values", "[pipeline]")
{
    Board board;
    PipelineSettingsService settings(board.temp.db());

    Result<Pipeline> projects = settings.createPipeline(QStringLiteral("  Dự án  "));
    REQUIRE(projects.ok());
    CHECK(projects->name == QStringLiteral("Dự án"));
    CHECK_FALSE(settings.createPipeline(QStringLiteral("du an")).ok()); // same name, folded
    CHECK_FALSE(settings.createPipeline(QStringLiteral(" ")).ok());
    const QList<StageSummary> seeded = board.service.summary(projects->meta.id).value();
    REQUIRE(seeded.size() == 3);
    CHECK(seeded[1].kind == StageKind::Won);
    CHECK(seeded[2].kind == StageKind::Lost);
    Result<Pipeline> renamed = settings.renamePipeline(projects->meta.id, QStringLiteral("Dự án lớn"));
    REQUIRE(renamed.ok());
    CHECK(renamed->name == QStringLiteral("Dự án lớn"));
    CHECK(settings.renamePipeline(projects->meta.id, QStringLiteral("X"), projects->meta.version)
              .error()
              .code == ErrorCode::Conflict);

    Stage stage;
    stage.pipelineId = projects->meta.id;
    stage.name = QStringLiteral("Khảo sát");
    stage.probability = 30;
    stage.rotDays = 10;
    Result<Stage> created = settings.createStage(stage);
    REQUIRE(created.ok());
    stage.probability = 101;
    stage.name = QStringLiteral("Khác");
    CHECK(settings.createStage(stage).error().field == QStringLiteral("probability"));
    stage.probability = 10;
    stage.rotDays = -1;
    CHECK(settings.createStage(stage).error().field == QStringLiteral("rot_days"));
    stage.rotDays = 0;
    stage.name = QStringLiteral("khao sat");
    CHECK(settings.createStage(stage).error().field == QStringLiteral("name"));

    Stage edited = *created;
    edited.name = QStringLiteral("Khảo sát hiện trạng");
    edited.probability = 40;
    edited.kind = StageKind::Won; // empty, and the pipeline keeps its open stage: allowed
    Result<Stage> saved = settings.updateStage(edited);
    REQUIRE(saved.ok());
    CHECK(saved->probability == 40);

    const auto stageIds = [&] {
        QList<qint64> ids;
        const QList<StageSummary> stages = board.service.summary(projects->meta.id).value();
        for (const StageSummary &s : stages)
            ids << s.stageId;
        return ids;
    };
    QList<qint64> order = stageIds();
    std::reverse(order.begin(), order.end());
    REQUIRE(settings.reorderStages(projects->meta.id, order).ok());
    CHECK(stageIds() == order);
    CHECK_FALSE(settings.reorderStages(projects->meta.id, order.mid(1)).ok());

    Result<LostReason> reason = settings.addLostReason(QStringLiteral("Dự án bị hoãn"));
    REQUIRE(reason.ok());
    CHECK_FALSE(settings.addLostReason(QStringLiteral("du an bi hoan")).ok());
    REQUIRE(settings.renameLostReason(reason->meta.id, QStringLiteral("Dự án tạm dừng")).ok());
    REQUIRE(settings.removeLostReason(reason->meta.id).ok());
    CHECK_FALSE(
        Lookups::load(board.temp.db()).value().lostReasonNamed(QStringLiteral("Dự án tạm dừng")).ok());
}

TEST_CASE("Pipelines, stages and lost reasons are found by name without diacritics", "[pipeline][lookups]")
{
    Board board;
    const Lookups &lookups = board.lookups;
    CHECK(lookups.pipelineNamed(QStringLiteral("ban hang"))->meta.id == board.pipelineId);
    CHECK(lookups.pipelineNamed(QStringLiteral("BÁN HÀNG"))->meta.id == board.pipelineId);
    CHECK(lookups.pipelineNamed(QStringLiteral("Dự án")).error().field == QStringLiteral("pipeline"));
    CHECK(lookups.stageNamed(board.pipelineId, QStringLiteral("dam phan"))->name ==
          QStringLiteral("Đàm phán"));
    CHECK(lookups.stageNamed(board.pipelineId, QStringLiteral("tu van"))->name == consult); // unique prefix
    CHECK(lookups.stageNamed(board.pipelineId, QStringLiteral("th")).error().field ==
          QStringLiteral("stage")); // Thắng or Thua
    CHECK_FALSE(lookups.stageNamed(board.pipelineId + 1, QStringLiteral("Thua")).ok());
    CHECK(lookups.lostReasonNamed(QStringLiteral("gia cao"))->name == QStringLiteral("Giá cao"));
    const Result<LostReason> unknown = lookups.lostReasonNamed(QStringLiteral("Thời tiết"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("Giá cao"))); // lists the known ones
}
