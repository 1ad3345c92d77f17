#include "shell/MainWindow.h"

#include "ShellFixture.h"
#include "TempDatabase.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "leads/LeadPanel.h"
#include "leads/LeadTableModel.h"
#include "services/DemoDataGenerator.h"
#include "storage/LeadRepository.h"
#include "widgets/RecordListPage.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>

#include <catch2/catch.hpp>

namespace {

std::unique_ptr<Database> databaseWithLeads(TempDatabase &temp, qint64 leads)
{
    REQUIRE(DemoDataGenerator(temp.db(), 5).generate(DemoDataGenerator::proportionalTo(leads)).ok());
    return temp.openAnother(QStringLiteral("tester"));
}

} // namespace

TEST_CASE("The main window opens a database and lists its leads in Vietnamese", "[ui]")
{
    REQUIRE(Translations::install(QStringLiteral("vi")));
    TempDatabase temp;
    QSettings qsettings(temp.dirPath() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    AppSettings settings(qsettings);
    MainWindow window(databaseWithLeads(temp, 300), settings);
    window.resize(1200, 700);
    window.show();

    LeadTableModel *model = window.leadModel();
    CHECK(model->rowCount() == 300);
    CHECK(window.leadView()->model() == model);
    CHECK(model->headerData(LeadTableModel::NameColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Họ và tên"));
    CHECK(model->headerData(LeadTableModel::PhoneColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Điện thoại"));
    CHECK(window.leadCountLabel()->text() == QStringLiteral("300 khách hàng tiềm năng"));
    CHECK(window.menuBar()->actions().constFirst()->text() == QStringLiteral("&Tệp"));
    CHECK_FALSE(window.windowIcon().pixmap(32, 32).isNull()); // the lotus, from :/icons

    // Newest first, phones formatted for reading, dates as dd/MM/yyyy.
    const QString phone = model->index(0, LeadTableModel::PhoneColumn).data().toString();
    if (!phone.isEmpty())
        CHECK(phone.contains(u' '));
    const QString created = model->index(0, LeadTableModel::CreatedColumn).data().toString();
    CHECK(QDate::fromString(created, QStringLiteral("dd/MM/yyyy")).isValid());
    CHECK(model->leadId(0) > model->leadId(1));
    // The first lead opens beside the list.
    REQUIRE(window.page(MainWindow::Leads)->stepRecord(1));
    CHECK(window.leadPanel()->leadId() == model->leadId(0));
    saveScreenshot(window, QStringLiteral("main-window-vi.png"));
}

TEST_CASE("The lead model pages rows in on demand and keeps the model contract", "[ui]")
{
    TempDatabase temp;
    std::unique_ptr<Database> database = databaseWithLeads(temp, 1000);
    LeadTableModel model(*database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 1000);
    CHECK(model.columnCount() == LeadTableModel::ColumnCount);
    // Rows far apart come from different pages and are still the right leads.
    LeadRepository leads(*database);
    for (int row : {0, 199, 200, 777, 999}) {
        INFO(row);
        Result<Lead> stored = leads.get(model.leadId(row));
        REQUIRE(stored.ok());
        CHECK(model.index(row, LeadTableModel::NameColumn).data().toString() == stored->fullName);
        CHECK(model.index(row, LeadTableModel::EmailColumn).data().toString() == stored->email);
    }
    CHECK(model.leadId(999) < model.leadId(0));
    CHECK_FALSE(model.index(0, LeadTableModel::StatusColumn).data().toString().isEmpty());
}
