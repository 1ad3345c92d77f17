#include "opportunities/OpportunityPanel.h"

#include "FormInput.h"
#include "ShellFixture.h"
#include "activities/TimelineView.h"
#include "opportunities/OpportunityEditor.h"
#include "services/ActivityService.h"
#include "services/Lookups.h"
#include "services/OpportunityService.h"
#include "shell/MainWindow.h"
#include "storage/OpportunityRepository.h"
#include "widgets/RecordListPage.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace {

OpportunityPanel *opportunityPanel(MainWindow &window)
{
    auto *panel = qobject_cast<OpportunityPanel *>(window.recordPanel(MainWindow::Opportunities));
    REQUIRE(panel);
    return panel;
}

QString fieldText(OpportunityEditor *editor, const QString &field)
{
    auto *edit = qobject_cast<QLineEdit *>(editor->fieldWidget(field));
    REQUIRE(edit);
    return edit->text();
}

} // namespace

TEST_CASE("A new opportunity is created with its amount in whole dong and its close date",
          "[ui][opportunity-panel]")
{
    ShellFixture shell(0);
    auto window = shell.open();
    const qint64 before = OpportunityRepository(shell.temp.db()).count().value();
    window->newRecord(MainWindow::Opportunities);
    OpportunityPanel *panel = opportunityPanel(*window);
    OpportunityEditor *editor = panel->editor();
    // A new deal starts in the default pipeline's first stage, with that stage's probability.
    const Lookups lookups = Lookups::load(shell.temp.db()).value();
    auto *stage = qobject_cast<QComboBox *>(editor->fieldWidget(QStringLiteral("stage_id")));
    const Stage *first = lookups.stage(stage->currentData().toLongLong());
    REQUIRE(first);
    CHECK(first->pipelineId == lookups.defaultPipeline()->meta.id);
    CHECK(qobject_cast<QSpinBox *>(editor->fieldWidget(QStringLiteral("probability")))->value() ==
          first->probability);

    typeInto(editor, QStringLiteral("name"), QStringLiteral("Nội thất văn phòng Sen Vàng"));
    typeInto(editor, QStringLiteral("amount"), QStringLiteral("150000000"));
    // Once left, the amount reads the Vietnamese way.
    CHECK(fieldText(editor, QStringLiteral("amount")) == QStringLiteral("150.000.000"));
    typeInto(editor, QStringLiteral("expected_close_date"), QStringLiteral("30/06/2026"));
    REQUIRE(panel->save());

    const qint64 id = panel->recordId();
    Result<Opportunity> stored = OpportunityService(shell.temp.db()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->amount == 150'000'000);
    CHECK(stored->expectedCloseDate == QDate(2026, 6, 30));
    CHECK(stored->stageId == first->meta.id);
    CHECK(window->page(MainWindow::Opportunities)->currentId() == id);
    CHECK(fieldText(editor, QStringLiteral("amount")) == QStringLiteral("150.000.000"));
    CHECK(fieldText(editor, QStringLiteral("expected_close_date")) == QStringLiteral("30/06/2026"));
    saveScreenshot(*window, QStringLiteral("opportunity-panel-vi.png"));

    window->undoAction()->trigger();
    CHECK(OpportunityRepository(shell.temp.db()).count().value() == before);
    window->redoAction()->trigger();
    CHECK(OpportunityRepository(shell.temp.db()).count().value() == before + 1);
}

TEST_CASE("An amount that is not a number or is negative, and a wrong date, are said under the field",
          "[ui][opportunity-panel]")
{
    ShellFixture shell(0);
    auto window = shell.open();
    window->newRecord(MainWindow::Opportunities);
    OpportunityPanel *panel = opportunityPanel(*window);
    OpportunityEditor *editor = panel->editor();
    typeInto(editor, QStringLiteral("name"), QStringLiteral("Thiết kế website"));
    typeInto(editor, QStringLiteral("amount"), QStringLiteral("150 triệu"));
    CHECK(editor->errorText(QStringLiteral("amount")) ==
          QStringLiteral("“150 triệu” không phải là số tiền bằng đồng; hãy nhập như 1.500.000."));
    typeInto(editor, QStringLiteral("amount"), QStringLiteral("-5.000"));
    CHECK(editor->errorText(QStringLiteral("amount")) ==
          QStringLiteral("Giá trị cơ hội không được là số âm."));
    typeInto(editor, QStringLiteral("expected_close_date"), QStringLiteral("31/02/2026"));
    CHECK_FALSE(editor->errorText(QStringLiteral("expected_close_date")).isEmpty());
    CHECK_FALSE(panel->save());
    // Save says everything at once: the date and the amount.
    CHECK_FALSE(editor->errorText(QStringLiteral("expected_close_date")).isEmpty());
    CHECK_FALSE(editor->errorText(QStringLiteral("amount")).isEmpty());
    CHECK(OpportunityRepository(shell.temp.db()).count().value() == 0);
    saveScreenshot(*window, QStringLiteral("opportunity-panel-errors-vi.png"));
    typeInto(editor, QStringLiteral("amount"), QStringLiteral("5.000.000 ₫"));
    typeInto(editor, QStringLiteral("expected_close_date"), QString());
    CHECK(editor->errorText(QStringLiteral("amount")).isEmpty());
    REQUIRE(panel->save());
    CHECK(OpportunityService(shell.temp.db()).get(panel->recordId())->amount == 5'000'000);
}

TEST_CASE("The stages offered follow the pipeline chosen", "[ui][opportunity-panel]")
{
    ShellFixture shell(0);
    auto window = shell.open();
    window->newRecord(MainWindow::Opportunities);
    OpportunityEditor *editor = opportunityPanel(*window)->editor();
    const Lookups lookups = Lookups::load(shell.temp.db()).value();
    auto *pipeline = qobject_cast<QComboBox *>(editor->fieldWidget(QStringLiteral("pipeline_id")));
    auto *stage = qobject_cast<QComboBox *>(editor->fieldWidget(QStringLiteral("stage_id")));
    for (int index = 0; index < pipeline->count(); ++index) {
        pipeline->setCurrentIndex(index);
        const qint64 chosen = pipeline->currentData().toLongLong();
        qsizetype stages = 0;
        for (const Stage &each : lookups.stages())
            stages += each.pipelineId == chosen ? 1 : 0;
        CHECK(stage->count() == stages);
        for (int row = 0; row < stage->count(); ++row)
            CHECK(lookups.stage(stage->itemData(row).toLongLong())->pipelineId == chosen);
    }
}

TEST_CASE("Editing an opportunity is undone and redone, a colleague's save first is a conflict, and its "
          "activities are its own",
          "[ui][opportunity-panel]")
{
    ShellFixture shell;
    auto window = shell.open();
    window->showList(MainWindow::Opportunities);
    RecordListPage *page = window->page(MainWindow::Opportunities);
    REQUIRE(page->stepRecord(1));
    const qint64 id = page->currentId();
    OpportunityPanel *panel = opportunityPanel(*window);
    REQUIRE(panel->recordId() == id);
    const qint64 oldAmount = OpportunityService(shell.temp.db()).get(id)->amount;

    typeInto(panel->editor(), QStringLiteral("amount"), QStringLiteral("1.234.567"));
    REQUIRE(panel->save());
    CHECK(OpportunityService(shell.temp.db()).get(id)->amount == 1'234'567);
    window->undoAction()->trigger();
    CHECK(OpportunityService(shell.temp.db()).get(id)->amount == oldAmount);
    CHECK(fieldText(panel->editor(), QStringLiteral("amount")) == QLocale().toString(oldAmount));
    window->redoAction()->trigger();
    CHECK(OpportunityService(shell.temp.db()).get(id)->amount == 1'234'567);

    typeInto(panel->editor(), QStringLiteral("name"), QStringLiteral("Bản của tôi"));
    std::unique_ptr<Database> colleague = shell.temp.openAnother(QStringLiteral("dong.nghiep"));
    Opportunity theirs = OpportunityService(*colleague).get(id).value();
    theirs.notes = QStringLiteral("Khách xin giảm giá");
    REQUIRE(OpportunityService(*colleague).update(theirs).ok());
    CHECK_FALSE(panel->save());
    CHECK_FALSE(panel->editor()->errorText(QString()).isEmpty());
    CHECK(fieldText(panel->editor(), QStringLiteral("name")) == QStringLiteral("Bản của tôi"));

    Activity meeting;
    meeting.kind = ActivityKind::Meeting;
    meeting.subject = QStringLiteral("Trình bày báo giá");
    meeting.occurredAt = QDateTime::currentDateTimeUtc();
    Result<qint64> logged = panel->timeline()->log(meeting);
    REQUIRE(logged.ok());
    CHECK(ActivityService(shell.temp.db()).get(*logged)->related.opportunityId == id);
}
