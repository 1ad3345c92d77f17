#include "settings/PipelineSettingsPage.h"

#include "ShellFixture.h"
#include "services/Lookups.h"
#include "services/OpportunityService.h"
#include "services/PipelineSettingsService.h"
#include "settings/LostReasonsPage.h"
#include "settings/MoveDealsDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/StageTableModel.h"
#include "shell/MainWindow.h"
#include "storage/OpportunityRepository.h"
#include "storage/StageRepository.h"
#include "widgets/InlineMessage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch.hpp>

namespace {

// The default pipeline "Bán hàng": Tiếp cận 10% (14 days), Tư vấn / Khảo sát 25% (14), Gửi báo giá 50%
// (10), Đàm phán 75% (7), Thắng 100% (won), Thua 0% (lost).
struct Settings
{
    ShellFixture shell{0};
    Database &db = shell.temp.db();
    PipelineSettingsPage page{db};
    StageTableModel *model = page.stageModel();
    // What the prompts answer; a test sets them before pressing a button.
    std::optional<QString> nameAnswer;
    bool confirmAnswer = true;
    QStringList asked;

    Settings()
    {
        SettingsPrompts prompts = SettingsPrompts::standard(); // the move chooser stays the real dialog
        prompts.askName = [this](QWidget *, const QString &, const QString &label, const QString &) {
            asked << label;
            return nameAnswer;
        };
        prompts.confirm = [this](QWidget *, const QString &, const QString &question) {
            asked << question;
            return confirmAnswer;
        };
        page.setPrompts(prompts);
        page.resize(720, 480);
        page.show();
    }

    int row(const QString &stageName) const
    {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->stageAt(i).name == stageName)
                return i;
        }
        FAIL("no stage " << stageName.toStdString());
        return -1;
    }
    QModelIndex cell(const QString &stageName, int column) const
    {
        return model->index(row(stageName), column);
    }

    Stage stored(const QString &stageName) const
    {
        Lookups lookups = Lookups::load(db).value();
        Result<Stage> stage = lookups.stageNamed(page.currentPipelineId(), stageName);
        REQUIRE(stage.ok());
        return *stage;
    }

    QStringList storedOrder() const
    {
        QStringList names;
        const Lookups lookups = Lookups::load(db).value();
        for (const Stage &stage : lookups.stages()) {
            if (stage.pipelineId == page.currentPipelineId())
                names << stage.name;
        }
        return names;
    }

    QStringList shownOrder() const
    {
        QStringList names;
        for (int i = 0; i < model->rowCount(); ++i)
            names << model->index(i, StageTableModel::NameColumn).data().toString();
        return names;
    }

    qint64 addDeal(const QString &name, const QString &stageName)
    {
        Opportunity deal;
        deal.name = name;
        deal.pipelineId = page.currentPipelineId();
        deal.stageId = stored(stageName).meta.id;
        deal.amount = 50'000'000;
        Result<Opportunity> created = OpportunityService(db).create(deal);
        REQUIRE(created.ok());
        return created->meta.id;
    }
};

const QStringList defaultStages{QStringLiteral("Tiếp cận"),    QStringLiteral("Tư vấn / Khảo sát"),
                                QStringLiteral("Gửi báo giá"), QStringLiteral("Đàm phán"),
                                QStringLiteral("Thắng"),       QStringLiteral("Thua")};

// Wraps every string of the settings pages in «», so a test can see that they were asked again.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        static const QByteArrayList ours{"StageTableModel", "PipelineSettingsPage", "LostReasonsPage",
                                         "SettingsDialog"};
        if (!ours.contains(QByteArray(context)))
            return {};
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("The stage table shows the chosen pipeline's stages in board order", "[ui][pipeline-settings]")
{
    Settings settings;
    QAbstractItemModelTester tester(settings.model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(settings.page.pipelineBox()->currentText().startsWith(QStringLiteral("Bán hàng")));
    CHECK(settings.shownOrder() == defaultStages);
    const QModelIndex quote =
        settings.cell(QStringLiteral("Gửi báo giá"), StageTableModel::ProbabilityColumn);
    CHECK(quote.data().toString() == QStringLiteral("50%"));
    CHECK(quote.data(Qt::EditRole).toInt() == 50);
    CHECK(settings.cell(QStringLiteral("Thắng"), StageTableModel::KindColumn).data(Qt::EditRole).toInt() ==
          int(StageKind::Won));
    CHECK(settings.cell(QStringLiteral("Thắng"), StageTableModel::RotDaysColumn).data(Qt::EditRole).toInt() ==
          0);
    CHECK(settings.cell(QStringLiteral("Đàm phán"), StageTableModel::DealsColumn).data().toString() ==
          QStringLiteral("0"));
    CHECK_FALSE(settings.cell(QStringLiteral("Đàm phán"), StageTableModel::DealsColumn).flags() &
                Qt::ItemIsEditable);
    CHECK(settings.cell(QStringLiteral("Đàm phán"), StageTableModel::NameColumn).flags() &
          Qt::ItemIsEditable);

    settings.addDeal(QStringLiteral("Bàn ghế văn phòng"), QStringLiteral("Đàm phán"));
    CHECK(
        settings.cell(QStringLiteral("Đàm phán"), StageTableModel::DealsColumn).data(Qt::EditRole).toInt() ==
        1);
}

TEST_CASE("Editing a stage in place writes it through the service at once", "[ui][pipeline-settings]")
{
    Settings settings;
    QAbstractItemModelTester tester(settings.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString quote = QStringLiteral("Gửi báo giá");

    REQUIRE(settings.model->setData(settings.cell(quote, StageTableModel::ProbabilityColumn), 60));
    CHECK(settings.stored(quote).probability == 60);
    REQUIRE(settings.model->setData(settings.cell(quote, StageTableModel::RotDaysColumn), 21));
    CHECK(settings.stored(quote).rotDays == 21);
    CHECK(settings.cell(quote, StageTableModel::RotDaysColumn).data().toString() != QStringLiteral("10"));

    // The name is cleaned (NFC, spaces) by the service, and the table shows what was stored.
    const QString decomposed = QStringLiteral("  Báo giá lần 2 ").normalized(QString::NormalizationForm_D);
    REQUIRE(settings.model->setData(settings.cell(quote, StageTableModel::NameColumn), decomposed));
    const Stage renamed = settings.stored(QStringLiteral("Báo giá lần 2"));
    CHECK(renamed.name == QStringLiteral("Báo giá lần 2"));
    CHECK(renamed.probability == 60);
    CHECK(settings.model->index(2, StageTableModel::NameColumn).data().toString() ==
          QStringLiteral("Báo giá lần 2"));

    // An open stage without deals may become a lost one; the pipeline still has an open stage.
    REQUIRE(settings.model->setData(
        settings.cell(QStringLiteral("Báo giá lần 2"), StageTableModel::KindColumn), int(StageKind::Lost)));
    CHECK(settings.stored(QStringLiteral("Báo giá lần 2")).kind == StageKind::Lost);
    CHECK(settings.page.messageLabel()->isHidden());

    // Several edits in a row: each one read the version the previous one wrote.
    REQUIRE(settings.model->setData(
        settings.cell(QStringLiteral("Báo giá lần 2"), StageTableModel::ProbabilityColumn), 5));
    CHECK(settings.stored(QStringLiteral("Báo giá lần 2")).probability == 5);
}

TEST_CASE("A refused edit shows the service's message and the stored value", "[ui][pipeline-settings]")
{
    Settings settings;
    QAbstractItemModelTester tester(settings.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString advice = QStringLiteral("Tư vấn / Khảo sát");
    const QModelIndex probability = settings.cell(advice, StageTableModel::ProbabilityColumn);

    CHECK_FALSE(settings.model->setData(probability, 150));
    CHECK(settings.stored(advice).probability == 25);
    CHECK(probability.data().toString() == QStringLiteral("25%"));
    CHECK(settings.page.messageLabel()->isVisible());
    CHECK(settings.page.messageLabel()->text() ==
          PipelineSettingsService::tr("The probability must be between 0 and 100."));
    saveScreenshot(settings.page, QStringLiteral("pipeline-settings-refused-vi.png"));

    // A name taken by another stage of the pipeline.
    CHECK_FALSE(settings.model->setData(settings.cell(advice, StageTableModel::NameColumn),
                                        QStringLiteral("đàm phán")));
    CHECK(settings.cell(advice, StageTableModel::NameColumn).data().toString() == advice);
    CHECK(settings.page.messageLabel()->text().contains(QStringLiteral("“đàm phán”")));

    // The only won stage cannot stop being won.
    CHECK_FALSE(settings.model->setData(settings.cell(QStringLiteral("Thắng"), StageTableModel::KindColumn),
                                        int(StageKind::Open)));
    CHECK(settings.stored(QStringLiteral("Thắng")).kind == StageKind::Won);
    CHECK(settings.cell(QStringLiteral("Thắng"), StageTableModel::KindColumn).data(Qt::EditRole).toInt() ==
          int(StageKind::Won));

    // The next edit that goes through clears the message.
    REQUIRE(settings.model->setData(probability, 30));
    CHECK(settings.page.messageLabel()->isHidden());
}

TEST_CASE("Stages move up and down, and the selection moves with them", "[ui][pipeline-settings]")
{
    Settings settings;
    QAbstractItemModelTester tester(settings.model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    settings.page.selectRow(settings.row(QStringLiteral("Tư vấn / Khảo sát")));
    CHECK(settings.page.moveUpButton()->isEnabled());
    settings.page.moveDownButton()->click();
    settings.page.moveDownButton()->click();
    const QStringList expected{QStringLiteral("Tiếp cận"), QStringLiteral("Gửi báo giá"),
                               QStringLiteral("Đàm phán"), QStringLiteral("Tư vấn / Khảo sát"),
                               QStringLiteral("Thắng"),    QStringLiteral("Thua")};
    CHECK(settings.storedOrder() == expected);
    CHECK(settings.shownOrder() == expected);
    CHECK(settings.page.currentRow() == 3);

    settings.page.moveUp();
    CHECK(settings.page.currentRow() == 2);
    CHECK(settings.storedOrder().at(2) == QStringLiteral("Tư vấn / Khảo sát"));

    // The first stage has nowhere to go up to.
    settings.page.selectRow(0);
    CHECK_FALSE(settings.page.moveUpButton()->isEnabled());
    CHECK_FALSE(settings.model->moveStage(0, -1).ok());
    settings.page.selectRow(settings.model->rowCount() - 1);
    CHECK_FALSE(settings.page.moveDownButton()->isEnabled());
}

TEST_CASE("A new stage goes among the open stages, after the selected one", "[ui][pipeline-settings]")
{
    Settings settings;
    settings.page.selectRow(settings.row(QStringLiteral("Tư vấn / Khảo sát")));
    settings.nameAnswer = QStringLiteral("Demo sản phẩm");
    settings.page.addStageButton()->click();
    CHECK(settings.storedOrder().at(2) == QStringLiteral("Demo sản phẩm"));
    const Stage added = settings.stored(QStringLiteral("Demo sản phẩm"));
    CHECK(added.kind == StageKind::Open);
    CHECK(added.probability == 25); // its neighbour's
    CHECK(settings.page.currentRow() == 2);

    // With a closed stage selected it still lands before Won and Lost.
    settings.page.selectRow(settings.row(QStringLiteral("Thua")));
    settings.nameAnswer = QStringLiteral("Ký hợp đồng");
    settings.page.addStage();
    CHECK(settings.storedOrder().indexOf(QStringLiteral("Ký hợp đồng")) == 5);
    CHECK(settings.storedOrder().last() == QStringLiteral("Thua"));

    // A duplicate name is refused and shown; cancelling the prompt writes nothing.
    const int count = settings.model->rowCount();
    settings.nameAnswer = QStringLiteral("demo  san pham");
    settings.page.addStage();
    CHECK(settings.model->rowCount() == count);
    CHECK(settings.page.messageLabel()->text().contains(QStringLiteral("“demo san pham”")));
    settings.nameAnswer.reset();
    settings.page.addStage();
    CHECK(settings.model->rowCount() == count);
}

TEST_CASE("An empty stage is deleted after a plain confirmation", "[ui][pipeline-settings]")
{
    Settings settings;
    QAbstractItemModelTester tester(settings.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 quoteId = settings.stored(QStringLiteral("Gửi báo giá")).meta.id;
    settings.page.selectRow(settings.row(QStringLiteral("Gửi báo giá")));

    settings.confirmAnswer = false;
    settings.page.deleteStageButton()->click();
    CHECK(settings.asked.constLast().contains(QStringLiteral("Gửi báo giá")));
    CHECK(settings.storedOrder().size() == 6);

    settings.confirmAnswer = true;
    settings.page.deleteStage();
    CHECK_FALSE(settings.storedOrder().contains(QStringLiteral("Gửi báo giá")));
    CHECK_FALSE(settings.shownOrder().contains(QStringLiteral("Gửi báo giá")));
    CHECK(StageRepository(settings.db).get(quoteId).value().meta.isDeleted()); // in the trash
    // The stage that took its place is selected, ready for the next key press.
    CHECK(settings.page.currentRow() == 2);
    CHECK(settings.model->stageAt(2).name == QStringLiteral("Đàm phán"));

    // The pipeline's only lost stage stays: the service says why.
    settings.page.selectRow(settings.row(QStringLiteral("Thua")));
    settings.page.deleteStage();
    CHECK(settings.storedOrder().contains(QStringLiteral("Thua")));
    CHECK(settings.page.messageLabel()->isVisible());
    CHECK_FALSE(settings.page.messageLabel()->text().isEmpty());
}

TEST_CASE("Deleting a stage with deals asks where they go and moves them there", "[ui][pipeline-settings]")
{
    Settings settings;
    const qint64 first =
        settings.addDeal(QStringLiteral("Máy lọc nước Hòa Phát"), QStringLiteral("Gửi báo giá"));
    const qint64 second =
        settings.addDeal(QStringLiteral("Bảo trì thang máy"), QStringLiteral("Gửi báo giá"));
    const qint64 negotiateId = settings.stored(QStringLiteral("Đàm phán")).meta.id;
    settings.page.selectRow(settings.row(QStringLiteral("Gửi báo giá")));

    // The real dialog, found once it is up; it offers the other open stages only.
    QStringList offered;
    QString question;
    QTimer::singleShot(0, &settings.page, [&] {
        auto *dialog = qobject_cast<MoveDealsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        for (int i = 0; i < dialog->targetBox()->count(); ++i)
            offered << dialog->targetBox()->itemText(i);
        question = dialog->questionLabel()->text();
        dialog->targetBox()->setCurrentIndex(dialog->targetBox()->findText(QStringLiteral("Đàm phán")));
        saveScreenshot(*dialog, QStringLiteral("move-deals-dialog-vi.png"));
        dialog->accept();
    });
    settings.page.deleteStage();

    CHECK(offered == QStringList{QStringLiteral("Tiếp cận"), QStringLiteral("Tư vấn / Khảo sát"),
                                 QStringLiteral("Đàm phán")});
    CHECK(question.contains(QStringLiteral("“Gửi báo giá”")));
    CHECK(question.contains(QStringLiteral("2")));
    CHECK_FALSE(settings.storedOrder().contains(QStringLiteral("Gửi báo giá")));
    OpportunityRepository deals(settings.db);
    CHECK(deals.get(first).value().stageId == negotiateId);
    CHECK(deals.get(second).value().stageId == negotiateId);
    CHECK(deals.get(first).value().probability == 75);
    CHECK(
        settings.cell(QStringLiteral("Đàm phán"), StageTableModel::DealsColumn).data(Qt::EditRole).toInt() ==
        2);

    // Cancelling the dialog keeps the stage and its deals.
    settings.page.selectRow(settings.row(QStringLiteral("Đàm phán")));
    QTimer::singleShot(0, &settings.page, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            qobject_cast<QDialog *>(dialog)->reject();
    });
    settings.page.deleteStage();
    CHECK(settings.storedOrder().contains(QStringLiteral("Đàm phán")));
    CHECK(deals.get(first).value().stageId == negotiateId);
}

TEST_CASE("A stage whose deals have nowhere of the same kind to go is kept", "[ui][pipeline-settings]")
{
    Settings settings;
    settings.addDeal(QStringLiteral("Rèm cửa khách sạn"), QStringLiteral("Thắng"));
    settings.page.selectRow(settings.row(QStringLiteral("Thắng")));
    settings.page.deleteStage(); // no dialog: there is no other won stage to offer
    CHECK(settings.storedOrder().contains(QStringLiteral("Thắng")));
    CHECK(settings.page.messageLabel()->text().contains(QStringLiteral("Thắng")));
}

TEST_CASE("Pipelines are created and renamed from the page", "[ui][pipeline-settings]")
{
    Settings settings;
    QAbstractItemModelTester tester(settings.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    settings.nameAnswer = QStringLiteral("Dự án B2B");
    settings.page.newPipeline();
    CHECK(settings.page.pipelineBox()->count() == 2);
    CHECK(settings.page.pipelineBox()->currentText() == QStringLiteral("Dự án B2B"));
    CHECK(settings.shownOrder() ==
          QStringList{QStringLiteral("Tiếp cận"), QStringLiteral("Thắng"), QStringLiteral("Thua")});

    settings.nameAnswer = QStringLiteral("Dự án doanh nghiệp");
    settings.page.renamePipeline();
    CHECK(settings.page.pipelineBox()->currentText() == QStringLiteral("Dự án doanh nghiệp"));
    CHECK(Lookups::load(settings.db).value().pipelineNamed(QStringLiteral("du an doanh nghiep")).ok());

    settings.nameAnswer = QStringLiteral("bán hàng");
    settings.page.renamePipeline();
    CHECK(settings.page.messageLabel()->text().contains(QStringLiteral("“bán hàng”")));
    CHECK(settings.page.pipelineBox()->currentText() == QStringLiteral("Dự án doanh nghiệp"));

    // Back to the default pipeline: its stages again.
    settings.page.pipelineBox()->setCurrentIndex(0);
    CHECK(settings.shownOrder() == defaultStages);
    CHECK(settings.page.messageLabel()->isHidden());
}

TEST_CASE("Lost reasons are added, renamed and removed", "[ui][pipeline-settings]")
{
    ShellFixture shell(0);
    LostReasonsPage page(shell.temp.db());
    std::optional<QString> answer;
    bool confirmed = true;
    SettingsPrompts prompts;
    prompts.askName = [&](QWidget *, const QString &, const QString &, const QString &) {
        return answer;
    };
    prompts.confirm = [&](QWidget *, const QString &, const QString &) {
        return confirmed;
    };
    page.setPrompts(prompts);
    const auto storedNames = [&] {
        QStringList names;
        const Lookups lookups = Lookups::load(shell.temp.db()).value();
        for (const LostReason &reason : lookups.lostReasons())
            names << reason.name;
        return names;
    };
    REQUIRE(page.reasonNames() == storedNames());
    CHECK(page.reasonNames().contains(QStringLiteral("Giá cao")));

    answer = QStringLiteral("Thời gian giao hàng quá lâu");
    page.addButton()->click();
    CHECK(storedNames().constLast() == QStringLiteral("Thời gian giao hàng quá lâu"));
    CHECK(page.reasonNames() == storedNames());
    CHECK(page.reasonList()->currentItem()->text() == QStringLiteral("Thời gian giao hàng quá lâu"));

    answer = QStringLiteral("giá  cao");
    page.addReason();
    CHECK(page.messageLabel()->isVisibleTo(&page));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("“giá cao”")));
    CHECK(storedNames().count(QStringLiteral("Giá cao")) == 1);

    REQUIRE(page.selectReason(QStringLiteral("Thời gian giao hàng quá lâu")));
    answer = QStringLiteral("Giao hàng chậm");
    page.renameButton()->click();
    CHECK(storedNames().contains(QStringLiteral("Giao hàng chậm")));
    CHECK_FALSE(storedNames().contains(QStringLiteral("Thời gian giao hàng quá lâu")));
    CHECK(page.reasonList()->currentItem()->text() == QStringLiteral("Giao hàng chậm"));
    CHECK(page.messageLabel()->isHidden());

    confirmed = false;
    page.removeReason();
    CHECK(storedNames().contains(QStringLiteral("Giao hàng chậm")));
    confirmed = true;
    page.removeButton()->click();
    CHECK_FALSE(storedNames().contains(QStringLiteral("Giao hàng chậm")));
    CHECK(page.reasonNames() == storedNames());
}

TEST_CASE("The pipeline settings retranslate when the language changes", "[ui][pipeline-settings]")
{
    Settings settings;
    SettingsDialog dialog(settings.shell.settings, {}, &settings.db);
    const QString header =
        settings.model->headerData(StageTableModel::ProbabilityColumn, Qt::Horizontal).toString();
    const QString kind =
        settings.cell(QStringLiteral("Thắng"), StageTableModel::KindColumn).data().toString();

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(settings.model->headerData(StageTableModel::ProbabilityColumn, Qt::Horizontal).toString() ==
          QStringLiteral("«Probability»"));
    CHECK(settings.cell(QStringLiteral("Thắng"), StageTableModel::KindColumn).data().toString() ==
          QStringLiteral("«Won»"));
    CHECK(settings.page.addStageButton()->text() == QStringLiteral("«&Add stage…»"));
    CHECK(dialog.tabs()->tabText(dialog.tabs()->indexOf(dialog.pipelinePage())) ==
          QStringLiteral("«Pipelines»"));
    CHECK(dialog.lostReasonsPage()->addButton()->text() == QStringLiteral("«&Add…»"));

    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(settings.model->headerData(StageTableModel::ProbabilityColumn, Qt::Horizontal).toString() ==
          header);
    CHECK(settings.cell(QStringLiteral("Thắng"), StageTableModel::KindColumn).data().toString() == kind);
}

TEST_CASE("The settings dialog has the Pipelines and Lost reasons tabs on an open database",
          "[ui][pipeline-settings]")
{
    ShellFixture shell(30);
    std::unique_ptr<MainWindow> window = shell.open();
    SettingsDialog dialog(shell.settings, {}, &window->database(), window.get());
    REQUIRE(dialog.pipelinePage());
    REQUIRE(dialog.lostReasonsPage());
    CHECK(dialog.tabs()->count() == 3);
    dialog.tabs()->setCurrentWidget(dialog.pipelinePage());
    dialog.show();
    dialog.pipelinePage()->selectRow(1);
    saveScreenshot(dialog, QStringLiteral("settings-pipelines-vi.png"));
    QTableView *view = dialog.pipelinePage()->stageView();
    view->edit(view->model()->index(1, StageTableModel::KindColumn));
    saveScreenshot(dialog, QStringLiteral("settings-pipelines-editing-vi.png"));
    dialog.tabs()->setCurrentWidget(dialog.lostReasonsPage());
    saveScreenshot(dialog, QStringLiteral("settings-lost-reasons-vi.png"));

    // Without a database (no file open) there is only the General tab.
    SettingsDialog general(shell.settings, {});
    CHECK(general.tabs()->count() == 1);
    CHECK(general.pipelinePage() == nullptr);
}
