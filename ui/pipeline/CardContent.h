#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// What a board card shows, whatever it stands for (a deal on a stage, a lead on a status).
struct CardContent
{
    qint64 id = 0;
    QString title;     // the deal's or lead's name
    QString subtitle;  // the account, or the lead's company
    qint64 amount = 0; // VND; 0 shows nothing
    QString owner;
    QDate closeDate;
    QDateTime enteredColumnAt; // when it came to this stage or status
    QString nextTask;          // the next open task's title, empty when none
    QDateTime nextTaskDue;
    bool rotting = false; // idle in its stage past the stage's rot days, with nothing booked
    qint64 position = 0;  // order key within the column (smaller first, then id)
    qint64 version = 0;   // the stored version the board read, for optimistic moves
    QString searchText;   // folded text the board's filter box matches
};
