// sencrm_gui_bench: the workspace's list on a big database, as a user meets it, offscreen.
//   sencrm_gui_bench --db FILE [--runs R]
// FILE is a database made by `sencrm_bench --db FILE` (or `sencrm-cli --db FILE demo --leads N`).
// Measures, per run: opening the file as the GUI does (quick_check runs in the background) until the
// lead list is painted,
// jumping to row 900,000 (or the last row) until painted, and sorting by name and by date created until
// painted, and filtering as the user types (each keystroke of a few Vietnamese queries, until the
// filtered list is painted); reports medians and resident memory.

#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadTableModel.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qMin(values.size() - 1, qsizetype(values.size() * fraction))];
}

// Resident memory now, from /proc (Linux), in MB.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppPaths::configureApplication();
    Translations::install(QStringLiteral("vi"));
    const QStringList args = app.arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        std::fprintf(stderr, "usage: sencrm_gui_bench --db FILE [--runs R]\n");
        return 1;
    }
    const QString path = args.at(dbAt + 1);
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt >= 0 ? args.value(runsAt + 1).toInt() : 5;
    QTemporaryDir settingsDir; // never the user's own settings
    QSettings qsettings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    AppSettings settings(qsettings);

    QList<double> openTimes;
    QList<double> jumpTimes;
    QList<double> sortByNameTimes;
    QList<double> sortByCreatedTimes;
    QList<double> keystrokeTimes;
    // What people type into the filter box, one keystroke at a time (names without diacritics, a
    // given name, a phone number's start, a company word).
    const QStringList typed{QStringLiteral("nguyen van an"), QStringLiteral("tran thi"),
                            QStringLiteral("hoa"),           QStringLiteral("0912 345"),
                            QStringLiteral("le minh tuan"),  QStringLiteral("cong ty")};
    double memory = 0;
    int rows = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        options.verifyIntegrity = false; // as app/main.cpp: the window checks in the background
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 2;
        }
        MainWindow window(std::move(opened).value(), settings);
        window.resize(1280, 800);
        window.show();
        window.grab(); // paints the window, list included
        openTimes << double(timer.nsecsElapsed()) / 1e6;

        rows = window.leadModel()->rowCount();
        const int target = qMin(900000, rows - 1);
        timer.restart();
        window.leadView()->scrollTo(window.leadModel()->index(target, 0), QAbstractItemView::PositionAtTop);
        window.grab();
        jumpTimes << double(timer.nsecsElapsed()) / 1e6;

        // Sorting a million leads by tên, then by date created (newest first), until painted.
        timer.restart();
        window.leadView()->sortByColumn(LeadTableModel::NameColumn, Qt::AscendingOrder);
        window.grab();
        sortByNameTimes << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        window.leadView()->sortByColumn(LeadTableModel::CreatedColumn, Qt::DescendingOrder);
        window.grab();
        sortByCreatedTimes << double(timer.nsecsElapsed()) / 1e6;
        window.leadView()->sortByColumn(-1, Qt::AscendingOrder);

        // The filter box as typed; the bar's short pause after typing is not counted, only the work
        // each keystroke causes once it applies.
        for (const QString &query : typed) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                if (query.at(length - 1) == u' ')
                    continue; // a space changes no word
                LeadFilter filter = window.leadFilterBar()->filter();
                filter.text = query.left(length);
                timer.restart();
                window.leadFilterBar()->setFilter(filter);
                window.leadView()->grab(); // the rows that changed, painted
                keystrokeTimes << double(timer.nsecsElapsed()) / 1e6;
            }
        }
        window.leadFilterBar()->setFilter(LeadFilter());
        memory = qMax(memory, residentMegabytes());
    }
    const QJsonObject report{{QStringLiteral("leads"), rows},
                             {QStringLiteral("open_to_first_paint_median_ms"), median(openTimes)},
                             {QStringLiteral("jump_to_row_900000_median_ms"), median(jumpTimes)},
                             {QStringLiteral("sort_by_name_median_ms"), median(sortByNameTimes)},
                             {QStringLiteral("sort_by_created_median_ms"), median(sortByCreatedTimes)},
                             {QStringLiteral("filter_keystroke_median_ms"), median(keystrokeTimes)},
                             {QStringLiteral("filter_keystroke_p95_ms"), percentile(keystrokeTimes, 0.95)},
                             {QStringLiteral("resident_memory_mb"), memory}};
    std::printf("%s", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
