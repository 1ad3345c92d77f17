#pragma once

#include "domain/EnumText.h"
#include "domain/RecordMeta.h"

enum class LeadStatusKind
{
    Open,
    Qualified,
    Converted,
    Disqualified,
};

template <> struct EnumText<LeadStatusKind>
{
    static constexpr std::array values{std::pair{LeadStatusKind::Open, "open"},
                                       std::pair{LeadStatusKind::Qualified, "qualified"},
                                       std::pair{LeadStatusKind::Converted, "converted"},
                                       std::pair{LeadStatusKind::Disqualified, "disqualified"}};
};

// One step of the editable lead status chain (Mới → Đã tìm hiểu → … → Chốt).
struct LeadStatus
{
    RecordMeta meta;

    QString name;
    int position = 0;
    LeadStatusKind kind = LeadStatusKind::Open;
    QString color; // #rrggbb for the board and lists
};
