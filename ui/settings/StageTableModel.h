#pragma once

#include "common/Result.h"
#include "domain/Stage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// The stages of one pipeline in board order, edited in place (name, kind, probability, rot days).
// setData writes at once through PipelineSettingsService, the only writer; the rows follow what is
// stored, refreshed from ChangeFeed, so a refused edit simply leaves the stored value on screen.
class StageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ProbabilityColumn,
        RotDaysColumn,
        DealsColumn, // live deals in the stage; read-only, it tells what deleting would move
        ColumnCount
    };

    explicit StageTableModel(Database &database, QObject *parent = nullptr);

    void setPipeline(qint64 pipelineId);
    qint64 pipelineId() const { return m_pipelineId; }
    const QList<Stage> &stages() const { return m_stages; }
    const Stage &stageAt(int row) const { return m_stages.at(row); }
    int dealCount(int row) const;
    int rowOf(qint64 stageId) const;

    // Moves the stage at row by delta places (-1: up, +1: down) in one reorder through the service.
    Result<void> moveStage(int row, int delta);
    // Re-reads the pipeline's stages and deal counts, keeping views' selections on the same stages.
    void refresh();
    void retranslate();

    static QString kindName(StageKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole values: the name (text), the kind (int of StageKind), the probability and the rot days
    // (ints). Returns false and emits errorOccurred when the service refuses.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A translated message for the user: a refused edit or a failed read.
    void errorOccurred(const QString &message);

private:
    void recordsChanged(const QString &entity, const QList<qint64> &ids);

    Database &m_database;
    qint64 m_pipelineId = 0;
    QList<Stage> m_stages;
    QHash<qint64, int> m_dealCounts;
};
