#include "settings/SettingsPrompts.h"

#include "settings/MoveDealsDialog.h"

#include <QInputDialog>
#include <QMessageBox>

SettingsPrompts SettingsPrompts::standard()
{
    SettingsPrompts prompts;
    prompts.askName = [](QWidget *parent, const QString &title, const QString &label,
                         const QString &text) -> std::optional<QString> {
        bool accepted = false;
        const QString name = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &accepted);
        if (!accepted)
            return std::nullopt;
        return name;
    };
    prompts.confirm = [](QWidget *parent, const QString &title, const QString &question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    prompts.chooseMoveTarget = [](QWidget *parent, const Stage &stage, int dealCount,
                                  const QList<Stage> &targets) -> std::optional<qint64> {
        MoveDealsDialog dialog(stage.name, dealCount, targets, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.targetStageId();
    };
    return prompts;
}
