#pragma once

#include "domain/EnumText.h"
#include "domain/RecordMeta.h"

enum class StageKind
{
    Open,
    Won,
    Lost,
};

template <> struct EnumText<StageKind>
{
    static constexpr std::array values{std::pair{StageKind::Open, "open"}, std::pair{StageKind::Won, "won"},
                                       std::pair{StageKind::Lost, "lost"}};
};

// A column of a pipeline (giai đoạn).
struct Stage
{
    RecordMeta meta;

    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    int probability = 0; // percent
    StageKind kind = StageKind::Open;
    int rotDays = 0; // a deal idle longer than this is marked rotting; 0 = never
};
