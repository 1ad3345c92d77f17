#pragma once

#include "domain/EnumText.h"
#include "domain/RecordMeta.h"
#include "domain/Related.h"

enum class ActivityKind
{
    Call,
    Email,
    Meeting,
    Note,
    Sms,
    Zalo,
};

template <> struct EnumText<ActivityKind>
{
    static constexpr std::array values{
        std::pair{ActivityKind::Call, "call"},       std::pair{ActivityKind::Email, "email"},
        std::pair{ActivityKind::Meeting, "meeting"}, std::pair{ActivityKind::Note, "note"},
        std::pair{ActivityKind::Sms, "sms"},         std::pair{ActivityKind::Zalo, "zalo"}};
};

// Something that happened (hoạt động): a call, email, meeting, note, SMS or Zalo message.
struct Activity
{
    RecordMeta meta;

    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    QString outcome;
    QDateTime occurredAt;
    int durationMinutes = 0;
    Related related;
    std::optional<qint64> ownerId;
};
