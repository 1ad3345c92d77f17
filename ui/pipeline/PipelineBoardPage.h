#pragma once

#include "common/Result.h"
#include "services/BoardFilter.h"
#include "widgets/ServiceCommand.h"

#include <QWidget>

class BoardView;
class Database;
class OpportunityBoardModel;
class QCheckBox;
class QComboBox;
class InlineMessage;
class QUndoStack;
class TextFilterBox;

// The deals of a pipeline as a board (issue #4): which pipeline, the filters a salesperson narrows a
// board by (mine, source, campaign, expected close month, text as you type), and the board itself.
// Moves go through the undo stack; double-click or Enter opens a deal; "+" on an open column adds one.
class PipelineBoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineBoardPage(QWidget *parent = nullptr);
    ~PipelineBoardPage() override;

    // The database and undo stack to work with (not owned), and where later undo/redo failures go;
    // nullptr empties the board. The board is read when first shown (load()).
    void setDatabase(Database *database, QUndoStack *undoStack, ServiceCommand::ErrorHandler onError);
    // Reads the chosen pipeline (the default one at first) unless already read.
    Result<void> load();
    bool isLoaded() const { return m_loaded; }

    BoardView *board() const { return m_board; }
    OpportunityBoardModel *model() const { return m_model; }
    QComboBox *pipelineBox() const { return m_pipeline; }
    QCheckBox *mineBox() const { return m_mine; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *campaignBox() const { return m_campaign; }
    QComboBox *monthBox() const { return m_month; }
    TextFilterBox *textBox() const { return m_text; }
    InlineMessage *messageLabel() const { return m_message; }
    BoardFilter filter() const;

    // Adds a deal named name at the end of the column (an open stage), owned by the user; undoable.
    Result<qint64> createDeal(qint64 stageId, const QString &name);

Q_SIGNALS:
    void openRequested(qint64 dealId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    // The texts of the choices that are words of the UI ("All sources", the months).
    void nameChoices();
    void applyFilter();
    void askToCreate(qint64 stageId);

    Database *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ServiceCommand::ErrorHandler m_onError;
    OpportunityBoardModel *m_model = nullptr;
    bool m_loaded = false;
    BoardView *m_board = nullptr;
    QComboBox *m_pipeline = nullptr;
    QCheckBox *m_mine = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_month = nullptr;
    TextFilterBox *m_text = nullptr;
    InlineMessage *m_message = nullptr;
};
