#pragma once

#include "domain/Lead.h"
#include "storage/ListQuery.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

// Periods a list can be narrowed to by creation or last change, in the user's local days.
enum class DatePeriod
{
    Any,
    Today,
    Last7Days,
    Last30Days,
    ThisMonth,
    ThisYear,
};

template <> struct EnumText<DatePeriod>
{
    static constexpr std::array values{
        std::pair{DatePeriod::Any, "any"},         std::pair{DatePeriod::Today, "today"},
        std::pair{DatePeriod::Last7Days, "7d"},    std::pair{DatePeriod::Last30Days, "30d"},
        std::pair{DatePeriod::ThisMonth, "month"}, std::pair{DatePeriod::ThisYear, "year"}};
};

// What the lead list is narrowed to: the filter bar's choices, the text typed in the filter box, and
// what a saved view ("Khách nóng của tôi") remembers. "Mine" is kept as such, not as a user id, so a
// saved view works for whoever opens it.
struct LeadFilter
{
    QString text; // matched like global search: diacritics-insensitive word prefixes, phones in any form
    std::optional<qint64> statusId;
    std::optional<qint64> sourceId;
    std::optional<qint64> campaignId;
    std::optional<qint64> tagId;
    std::optional<qint64> ownerId;
    bool mine = false; // owned by the user working now
    std::optional<QualificationLevel> qualification;
    std::optional<Temperature> temperature;
    QString province;
    DatePeriod created = DatePeriod::Any;
    DatePeriod updated = DatePeriod::Any;
    bool trash = false; // the trash instead of the live leads

    bool operator==(const LeadFilter &other) const = default;
    bool isEmpty() const { return *this == LeadFilter(); }

    // Adds the conditions to query. now places the periods; myUserId resolves "mine" (none: nothing
    // matches, since the user owns nothing yet).
    void applyTo(ListQuery &query, const QDateTime &now, std::optional<qint64> myUserId) const;

    QJsonObject toJson() const;
    static LeadFilter fromJson(const QJsonObject &json);

    // The first moment (UTC) of period as seen at now in local time; invalid for Any.
    static QDateTime periodStart(DatePeriod period, const QDateTime &now);
};
