#pragma once

#include "domain/Stage.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;

// Asked before deleting a stage that holds deals: which stage of the same pipeline and kind takes them.
// The choice is only returned; the caller deletes through PipelineSettingsService.
class MoveDealsDialog : public QDialog
{
    Q_OBJECT

public:
    // targets: the stages the deals may go to (same pipeline, same kind), in board order; not empty.
    MoveDealsDialog(const QString &stageName, int dealCount, const QList<Stage> &targets,
                    QWidget *parent = nullptr);

    QComboBox *targetBox() const { return m_target; }
    QLabel *questionLabel() const { return m_question; }
    qint64 targetStageId() const;

private:
    QLabel *m_question = nullptr;
    QComboBox *m_target = nullptr;
};
