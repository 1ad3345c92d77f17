#pragma once

#include "domain/Pipeline.h"
#include "settings/SettingsPrompts.h"

#include <QList>
#include <QWidget>

class Database;
class QComboBox;
class QGroupBox;
class InlineMessage;
class QLabel;
class QPushButton;
class QTableView;
class StageTableModel;

// Settings → Pipelines (issue #4's stage editor): pick a pipeline, create or rename one, and edit its
// stages in place: name, kind, probability, rot days, order. Every change is written at once through
// PipelineSettingsService (the dialog's Cancel does not undo it, and the page says so); a refusal shows
// the service's message under the table while the table shows what is stored.
class PipelineSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineSettingsPage(Database &database, QWidget *parent = nullptr);

    void setPrompts(SettingsPrompts prompts) { m_prompts = std::move(prompts); }

    QComboBox *pipelineBox() const { return m_pipelineBox; }
    QTableView *stageView() const { return m_stageView; }
    StageTableModel *stageModel() const { return m_stageModel; }
    InlineMessage *messageLabel() const { return m_message; }
    QPushButton *addStageButton() const { return m_addStage; }
    QPushButton *deleteStageButton() const { return m_deleteStage; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }

    qint64 currentPipelineId() const;
    // The selected stage's row, or -1.
    int currentRow() const;
    void selectRow(int row);

    void newPipeline();
    void renamePipeline();
    void addStage();
    void deleteStage();
    void moveUp();
    void moveDown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The default pipeline's item says so, in the current language.
    void labelPipelines();
    void reloadPipelines(qint64 selectId);
    void pipelineChosen();
    void recordsChanged(const QString &entity, const QList<qint64> &ids);
    void moveBy(int delta);
    void updateButtons();

    Database &m_database;
    SettingsPrompts m_prompts = SettingsPrompts::standard();
    QList<Pipeline> m_pipelines;

    QLabel *m_pipelineLabel = nullptr;
    QComboBox *m_pipelineBox = nullptr;
    QPushButton *m_newPipeline = nullptr;
    QPushButton *m_renamePipeline = nullptr;
    QGroupBox *m_stagesGroup = nullptr;
    QTableView *m_stageView = nullptr;
    StageTableModel *m_stageModel = nullptr;
    QPushButton *m_addStage = nullptr;
    QPushButton *m_deleteStage = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    InlineMessage *m_message = nullptr;
    QLabel *m_hint = nullptr;
};
