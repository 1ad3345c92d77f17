#pragma once

#include "domain/Stage.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

// How the settings pages ask the user something: a name, a yes/no, where the deals of a deleted stage
// go. The standard answers come from QInputDialog, QMessageBox and MoveDealsDialog; tests put their own
// answers in, so they drive the pages without chasing modal windows.
struct SettingsPrompts
{
    // Empty when the user cancelled.
    std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &label,
                                         const QString &text)>
        askName;
    std::function<bool(QWidget *parent, const QString &title, const QString &question)> confirm;
    // stage holds dealCount live deals; targets are the stages they may go to. Empty when cancelled.
    std::function<std::optional<qint64>(QWidget *parent, const Stage &stage, int dealCount,
                                        const QList<Stage> &targets)>
        chooseMoveTarget;

    static SettingsPrompts standard();
};
