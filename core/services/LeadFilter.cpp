#include "services/LeadFilter.h"

#include "services/SearchService.h"
#include "storage/SqlValue.h"

namespace {

QJsonValue idValue(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue();
}

std::optional<qint64> idFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

template <typename E> std::optional<E> enumFrom(const QJsonValue &value)
{
    return value.isString() ? enumFromText<E>(value.toString()) : std::nullopt;
}

template <typename E> QJsonValue enumValue(const std::optional<E> &value)
{
    return value ? QJsonValue(enumToText(*value)) : QJsonValue();
}

} // namespace

QDateTime LeadFilter::periodStart(DatePeriod period, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    QDate first;
    switch (period) {
    case DatePeriod::Any:
        return {};
    case DatePeriod::Today:
        first = today;
        break;
    case DatePeriod::Last7Days:
        first = today.addDays(-6);
        break;
    case DatePeriod::Last30Days:
        first = today.addDays(-29);
        break;
    case DatePeriod::ThisMonth:
        first = QDate(today.year(), today.month(), 1);
        break;
    case DatePeriod::ThisYear:
        first = QDate(today.year(), 1, 1);
        break;
    }
    return first.startOfDay().toUTC();
}

void LeadFilter::applyTo(ListQuery &query, const QDateTime &now, std::optional<qint64> myUserId) const
{
    query.trash = trash ? TrashFilter::Trash : TrashFilter::Live;
    if (const QString match = SearchService::matchExpression(text); !match.isEmpty())
        query.where(QStringLiteral("search_text"), FilterOp::Matches, match);
    const auto equal = [&query](const char *column, const std::optional<qint64> &id) {
        if (id)
            query.where(QString::fromLatin1(column), FilterOp::Equal, *id);
    };
    equal("status_id", statusId);
    equal("source_id", sourceId);
    equal("campaign_id", campaignId);
    if (tagId)
        query.where(QStringLiteral("id"), FilterOp::Tagged, *tagId);
    if (mine)
        query.where(QStringLiteral("owner_id"), FilterOp::Equal,
                    myUserId ? QVariant(*myUserId) : QVariant(-1));
    else
        equal("owner_id", ownerId);
    if (qualification)
        query.where(QStringLiteral("qualification"), FilterOp::Equal, enumToText(*qualification));
    if (temperature)
        query.where(QStringLiteral("temperature"), FilterOp::Equal, enumToText(*temperature));
    if (!province.isEmpty())
        query.where(QStringLiteral("province"), FilterOp::Equal, province);
    // Timestamps are stored as UTC ISO text, which sorts like time: a text comparison is exact.
    if (const QDateTime start = periodStart(created, now); start.isValid())
        query.where(QStringLiteral("created_at"), FilterOp::GreaterOrEqual, SqlValue::timestamp(start));
    if (const QDateTime start = periodStart(updated, now); start.isValid())
        query.where(QStringLiteral("updated_at"), FilterOp::GreaterOrEqual, SqlValue::timestamp(start));
}

QJsonObject LeadFilter::toJson() const
{
    QJsonObject json;
    const auto put = [&json](const char *key, const QJsonValue &value) {
        if (!value.isNull() && !value.isUndefined())
            json.insert(QLatin1StringView(key), value);
    };
    put("text", text.isEmpty() ? QJsonValue() : QJsonValue(text));
    put("status", idValue(statusId));
    put("source", idValue(sourceId));
    put("campaign", idValue(campaignId));
    put("tag", idValue(tagId));
    put("owner", idValue(ownerId));
    put("mine", mine ? QJsonValue(true) : QJsonValue());
    put("qualification", enumValue(qualification));
    put("temperature", enumValue(temperature));
    put("province", province.isEmpty() ? QJsonValue() : QJsonValue(province));
    put("created", created == DatePeriod::Any ? QJsonValue() : enumValue(std::optional(created)));
    put("updated", updated == DatePeriod::Any ? QJsonValue() : enumValue(std::optional(updated)));
    put("trash", trash ? QJsonValue(true) : QJsonValue());
    return json;
}

LeadFilter LeadFilter::fromJson(const QJsonObject &json)
{
    LeadFilter filter;
    filter.text = json.value(QLatin1StringView("text")).toString();
    filter.statusId = idFrom(json.value(QLatin1StringView("status")));
    filter.sourceId = idFrom(json.value(QLatin1StringView("source")));
    filter.campaignId = idFrom(json.value(QLatin1StringView("campaign")));
    filter.tagId = idFrom(json.value(QLatin1StringView("tag")));
    filter.ownerId = idFrom(json.value(QLatin1StringView("owner")));
    filter.mine = json.value(QLatin1StringView("mine")).toBool();
    filter.qualification = enumFrom<QualificationLevel>(json.value(QLatin1StringView("qualification")));
    filter.temperature = enumFrom<Temperature>(json.value(QLatin1StringView("temperature")));
    filter.province = json.value(QLatin1StringView("province")).toString();
    filter.created = enumFrom<DatePeriod>(json.value(QLatin1StringView("created"))).value_or(DatePeriod::Any);
    filter.updated = enumFrom<DatePeriod>(json.value(QLatin1StringView("updated"))).value_or(DatePeriod::Any);
    filter.trash = json.value(QLatin1StringView("trash")).toBool();
    return filter;
}
