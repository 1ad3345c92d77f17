#include "ShellFixture.h"
#include "pipeline/BoardColumnWidget.h"
#include "pipeline/BoardView.h"
#include "pipeline/CardDelegate.h"
#include "pipeline/OpportunityBoardModel.h"
#include "pipeline/PipelineBoardPage.h"
#include "services/Lookups.h"
#include "services/OpportunityService.h"
#include "services/PipelineService.h"
#include "services/TaskService.h"
#include "shell/MainWindow.h"
#include "widgets/RecordPanel.h"
#include "widgets/TextFilterBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

// A pipeline's first two open stages, a lost stage, and deals made before the window opens.
struct Board
{
    ShellFixture shell{0};
    Lookups lookups;
    Stage first, second, lost;
    qint64 a = 0, b = 0, c = 0, d = 0;
    std::unique_ptr<MainWindow> window;
    PipelineBoardPage *page = nullptr;
    OpportunityBoardModel *model = nullptr;

    Board()
    {
        lookups = Lookups::load(shell.temp.db()).value();
        QList<Stage> stages;
        for (const Stage &stage : lookups.stages()) {
            if (stage.pipelineId == lookups.defaultPipeline()->meta.id)
                stages << stage;
        }
        std::sort(stages.begin(), stages.end(),
                  [](const Stage &x, const Stage &y) { return x.position < y.position; });
        first = stages.at(0);
        second = stages.at(1);
        for (const Stage &stage : stages) {
            if (stage.kind == StageKind::Lost)
                lost = stage;
        }
        REQUIRE(first.kind == StageKind::Open);
        REQUIRE(second.kind == StageKind::Open);
        a = deal(QStringLiteral("Bàn ghế Sen Vàng"), first, 100'000'000);
        b = deal(QStringLiteral("Máy lọc nước Hoà Bình"), first, 20'000'001);
        c = deal(QStringLiteral("Phần mềm kế toán Đông Á"), first, 3'000'000);
        d = deal(QStringLiteral("Điều hoà Minh Châu"), second, 55'000'000);
        window = shell.open();
        window->showList(MainWindow::Opportunities);
        window->showPipelineBoard(true);
        page = window->boardPage();
        REQUIRE(page->isLoaded());
        model = page->model();
    }

    qint64 deal(const QString &name, const Stage &stage, qint64 amount)
    {
        Opportunity opportunity;
        opportunity.name = name;
        opportunity.pipelineId = stage.pipelineId;
        opportunity.stageId = stage.meta.id;
        opportunity.amount = amount;
        Result<Opportunity> created = OpportunityService(shell.temp.db()).create(opportunity);
        REQUIRE(created.ok());
        return created->meta.id;
    }

    QList<qint64> shownIn(const Stage &stage) const
    {
        QList<qint64> ids;
        const QModelIndex column = model->columnIndex(model->columnRow(stage.meta.id));
        for (int row = 0; row < model->rowCount(column); ++row)
            ids << model->index(row, 0, column).data(BoardModel::IdRole).toLongLong();
        return ids;
    }

    // The order the database keeps, which a fresh read of the board shows.
    QList<qint64> storedIn(const Stage &stage)
    {
        QList<qint64> ids;
        // Held in a local: value() of a temporary Result would leave the loop reading freed memory.
        const QList<BoardCard> cards = PipelineService(shell.temp.db()).cards(stage.pipelineId).value();
        for (const BoardCard &card : cards) {
            if (card.stageId == stage.meta.id)
                ids << card.id;
        }
        return ids;
    }

    // The column headers agree with the service's SQL totals for every stage.
    void checkTotals()
    {
        const QList<StageSummary> stages = PipelineService(shell.temp.db()).summary(first.pipelineId).value();
        for (const StageSummary &stage : stages) {
            const QModelIndex column = model->columnIndex(model->columnRow(stage.stageId));
            CAPTURE(stage.name);
            CHECK(column.data(BoardModel::CountRole).toLongLong() == stage.count);
            CHECK(column.data(BoardModel::SumRole).toLongLong() == stage.sum);
            CHECK(column.data(BoardModel::WeightedSumRole).toLongLong() == stage.weightedSum);
        }
    }

    bool drop(const QList<qint64> &ids, const Stage &stage, int row)
    {
        QModelIndexList indexes;
        for (qint64 id : ids)
            indexes << model->cardIndex(id);
        std::unique_ptr<QMimeData> data(model->mimeData(indexes));
        return model->dropMimeData(data.get(), Qt::MoveAction, row, 0,
                                   model->columnIndex(model->columnRow(stage.meta.id)));
    }
};

} // namespace

TEST_CASE("A drag carries the cards' ids; a drop moves them as a block, and undo puts them back in order",
          "[ui][board]")
{
    Board board;
    QAbstractItemModelTester tester(board.model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(board.shownIn(board.first) == QList<qint64>{board.a, board.b, board.c});
    board.checkTotals();

    // Picked in any order, the ids travel in board order.
    std::unique_ptr<QMimeData> data(
        board.model->mimeData({board.model->cardIndex(board.c), board.model->cardIndex(board.a)}));
    CHECK(BoardModel::idsFromMimeData(data.get()) == QList<qint64>{board.a, board.c});

    REQUIRE(board.drop({board.a, board.c}, board.second, 0));
    CHECK(board.shownIn(board.second) == QList<qint64>{board.a, board.c, board.d});
    CHECK(board.storedIn(board.second) == QList<qint64>{board.a, board.c, board.d});
    CHECK(board.shownIn(board.first) == QList<qint64>{board.b});
    board.checkTotals();

    board.window->undoAction()->trigger();
    CHECK(board.shownIn(board.first) == QList<qint64>{board.a, board.b, board.c});
    CHECK(board.storedIn(board.first) == QList<qint64>{board.a, board.b, board.c});
    CHECK(board.shownIn(board.second) == QList<qint64>{board.d});
    board.checkTotals();
    board.window->redoAction()->trigger();
    CHECK(board.shownIn(board.second) == QList<qint64>{board.a, board.c, board.d});
    board.checkTotals();
}

TEST_CASE("Cards keep their order within a column when reordered", "[ui][board]")
{
    Board board;
    // c to the top, then a to the bottom (row past the end).
    REQUIRE(board.drop({board.c}, board.first, 0));
    CHECK(board.shownIn(board.first) == QList<qint64>{board.c, board.a, board.b});
    REQUIRE(board.drop({board.a}, board.first, 3));
    CHECK(board.shownIn(board.first) == QList<qint64>{board.c, board.b, board.a});
    CHECK(board.storedIn(board.first) == QList<qint64>{board.c, board.b, board.a});
    board.window->undoAction()->trigger();
    CHECK(board.storedIn(board.first) == QList<qint64>{board.c, board.a, board.b});
    CHECK(board.shownIn(board.first) == QList<qint64>{board.c, board.a, board.b});
}

TEST_CASE("A drop on a lost stage asks why; without a reason nothing moves", "[ui][board]")
{
    Board board;
    int asked = 0;
    std::optional<LostReasonChoice> answer;
    board.model->setLostReasonAsker([&](const QString &stageName, int deals) {
        ++asked;
        CHECK(stageName == board.lost.name);
        CHECK(deals == 1);
        return answer;
    });
    REQUIRE(board.drop({board.b}, board.lost, -1));
    QTRY_COMPARE(asked, 1); // asked once the drop is over
    CHECK(board.shownIn(board.first).contains(board.b));
    CHECK(OpportunityService(board.shell.temp.db()).get(board.b)->stageId == board.first.meta.id);

    REQUIRE_FALSE(board.lookups.lostReasons().isEmpty());
    answer = LostReasonChoice{board.lookups.lostReasons().constFirst().meta.id,
                              QStringLiteral("Giá cao hơn đối thủ")};
    REQUIRE(board.drop({board.b}, board.lost, -1));
    QTRY_COMPARE(asked, 2);
    CHECK(board.shownIn(board.lost) == QList<qint64>{board.b});
    const Opportunity lost = OpportunityService(board.shell.temp.db()).get(board.b).value();
    CHECK(lost.lostReasonId == answer->reasonId);
    CHECK(lost.lostReasonNote == QStringLiteral("Giá cao hơn đối thủ"));
    CHECK(lost.closedAt.isValid());
    board.checkTotals();
    board.window->undoAction()->trigger();
    CHECK(board.shownIn(board.first) == QList<qint64>{board.a, board.b, board.c});
    CHECK_FALSE(OpportunityService(board.shell.temp.db()).get(board.b)->lostReasonId.has_value());
}

TEST_CASE("The board works from the keyboard and the context menu", "[ui][board]")
{
    Board board;
    BoardView *view = board.page->board();
    REQUIRE(view->selectCard(board.b));
    CHECK(view->selectedCardIds() == QList<qint64>{board.b});
    view->nextColumnAction()->trigger();
    CHECK(board.shownIn(board.second) == QList<qint64>{board.d, board.b});
    // Still selected where it went: Ctrl+Shift+Left takes it back.
    CHECK(view->selectedCardIds() == QList<qint64>{board.b});
    CHECK(view->previousColumnAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    CHECK(view->nextColumnAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    view->previousColumnAction()->trigger();
    CHECK(board.shownIn(board.first).contains(board.b));

    REQUIRE(view->selectCard(board.a));
    QMenu *menu = view->contextMenuForSelection();
    QMenu *moveTo = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            moveTo = action->menu();
    }
    REQUIRE(moveTo);
    CHECK(moveTo->actions().size() == board.model->rowCount());
    moveTo->actions().at(board.model->columnRow(board.second.meta.id))->trigger();
    CHECK(board.shownIn(board.second).contains(board.a));

    // Enter opens the deal beside the board.
    REQUIRE(view->selectCard(board.c));
    view->openAction()->trigger();
    CHECK(board.window->recordPanel(MainWindow::Opportunities)->recordId() == board.c);
}

TEST_CASE("Filters narrow the board; cards show what a salesperson scans for", "[ui][board]")
{
    Board board;
    board.page->textBox()->setText(QStringLiteral("hoa binh"));
    board.page->textBox()->applyNow();
    CHECK(board.shownIn(board.first) == QList<qint64>{board.b});
    CHECK(board.shownIn(board.second).isEmpty());
    // A drop on a filtered board lands before the card it was dropped on, among all the stage's deals.
    board.page->textBox()->setText(QString());
    board.page->textBox()->applyNow();
    CHECK(board.shownIn(board.first).size() == 3);
    board.page->mineBox()->setChecked(true); // the deals were made by no one in particular
    CHECK(board.shownIn(board.first).isEmpty());
    board.page->mineBox()->setChecked(false);

    const QModelIndex card = board.model->cardIndex(board.b);
    const QStringList lines = CardDelegate::lines(card, QDateTime::currentDateTimeUtc());
    CHECK(lines.at(0) == QStringLiteral("Máy lọc nước Hoà Bình"));
    CHECK(lines.at(2).startsWith(QStringLiteral("20.000.001")));
    CHECK(lines.at(3).contains(QStringLiteral("0 ngày")));

    BoardColumnWidget *column = board.page->board()->column(board.model->columnRow(board.first.meta.id));
    CHECK(column->headerText() == QStringLiteral("%1 (3)").arg(board.first.name));
    CHECK(column->totalsText().startsWith(QStringLiteral("123.000.001")));
    column->setCollapsed(true);
    CHECK_FALSE(column->cards()->isVisible());
    saveScreenshot(*board.window, QStringLiteral("pipeline-board-vi.png"));
}

TEST_CASE("A deal made in a column lands at its end, and undo takes it away", "[ui][board]")
{
    Board board;
    Result<qint64> made =
        board.page->createDeal(board.second.meta.id, QStringLiteral("Hợp đồng bảo trì Phú Mỹ"));
    REQUIRE(made.ok());
    CHECK(board.shownIn(board.second) == QList<qint64>{board.d, *made});
    CHECK(board.page->board()->selectedCardIds() == QList<qint64>{*made});
    board.window->undoAction()->trigger();
    CHECK(board.shownIn(board.second) == QList<qint64>{board.d});
}

TEST_CASE("A real drag with the mouse moves a card to another column", "[ui][board]")
{
    Board board;
    BoardView *view = board.page->board();
    QListView *source = view->cardsOf(board.model->columnRow(board.first.meta.id));
    QListView *target = view->cardsOf(board.model->columnRow(board.second.meta.id));
    QApplication::processEvents();
    const QRect cardRect = source->visualRect(board.model->cardIndex(board.a));
    const QPoint from = cardRect.center();
    // Below the last card of the target column: the block lands at its end.
    const QPoint to = target->visualRect(board.model->cardIndex(board.d)).bottomLeft() + QPoint(20, 30);

    // QDrag::exec runs its own event loop; the moves and the release reach it from a timer.
    QTimer::singleShot(50, target, [target, to] {
        QTest::mouseMove(target->viewport(), to - QPoint(0, 10));
        QTest::mouseMove(target->viewport(), to);
        QTest::mouseRelease(target->viewport(), Qt::LeftButton, {}, to);
    });
    QTest::mousePress(source->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(source->viewport(), from + QPoint(0, 5));
    QTest::mouseMove(source->viewport(), from + QPoint(QApplication::startDragDistance() + 20, 20));
    QTRY_VERIFY(board.shownIn(board.second).contains(board.a));
    CHECK(board.shownIn(board.second) == QList<qint64>{board.d, board.a});
    CHECK(board.storedIn(board.second) == QList<qint64>{board.d, board.a});
}
