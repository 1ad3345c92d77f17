#include "services/LeadFields.h"

#include "services/FieldRules.h"
#include "services/Lookups.h"
#include "text/PhoneNumbers.h"

#include <QJsonValue>
#include <QLocale>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue phoneJson(const QString &key)
{
    return textOrNull(PhoneNumbers::e164(key));
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Plain text fields, by their JSON name.
QString *textField(Lead &lead, const QString &field)
{
    static const QHash<QString, QString Lead::*> direct{
        {QStringLiteral("full_name"), &Lead::fullName},
        {QStringLiteral("family_name"), &Lead::familyName},
        {QStringLiteral("middle_name"), &Lead::middleName},
        {QStringLiteral("given_name"), &Lead::givenName},
        {QStringLiteral("salutation"), &Lead::salutation},
        {QStringLiteral("phone"), &Lead::phone},
        {QStringLiteral("phone2"), &Lead::phone2},
        {QStringLiteral("zalo_phone"), &Lead::zaloPhone},
        {QStringLiteral("email"), &Lead::email},
        {QStringLiteral("company"), &Lead::company},
        {QStringLiteral("job_title"), &Lead::jobTitle},
        {QStringLiteral("tax_code"), &Lead::taxCode},
        {QStringLiteral("bant_need"), &Lead::bantNeed},
        {QStringLiteral("bant_fit"), &Lead::bantFit},
        {QStringLiteral("bant_authority"), &Lead::bantAuthority},
        {QStringLiteral("notes"), &Lead::notes},
    };
    static const QHash<QString, QString Address::*> address{
        {QStringLiteral("street"), &Address::street},
        {QStringLiteral("commune"), &Address::commune},
        {QStringLiteral("province"), &Address::province},
        {QStringLiteral("address_original"), &Address::original},
    };
    if (auto it = direct.constFind(field); it != direct.constEnd())
        return &(lead.*(*it));
    if (auto it = address.constFind(field); it != address.constEnd())
        return &(lead.address.*(*it));
    return nullptr;
}

} // namespace

QStringList LeadFields::editableFields()
{
    return {QStringLiteral("full_name"),      QStringLiteral("family_name"),
            QStringLiteral("middle_name"),    QStringLiteral("given_name"),
            QStringLiteral("salutation"),     QStringLiteral("phone"),
            QStringLiteral("phone2"),         QStringLiteral("zalo_phone"),
            QStringLiteral("email"),          QStringLiteral("company"),
            QStringLiteral("job_title"),      QStringLiteral("tax_code"),
            QStringLiteral("street"),         QStringLiteral("commune"),
            QStringLiteral("province"),       QStringLiteral("address_original"),
            QStringLiteral("source"),         QStringLiteral("status"),
            QStringLiteral("owner"),          QStringLiteral("qualification"),
            QStringLiteral("temperature"),    QStringLiteral("bant_need"),
            QStringLiteral("bant_fit"),       QStringLiteral("bant_budget"),
            QStringLiteral("bant_authority"), QStringLiteral("bant_timeline"),
            QStringLiteral("score"),          QStringLiteral("notes")};
}

QJsonObject LeadFields::toJson(const Lead &lead, const Lookups &lookups)
{
    QJsonObject json{
        {QStringLiteral("id"), lead.meta.id},
        {QStringLiteral("uuid"), lead.meta.uuid},
        {QStringLiteral("version"), lead.meta.version},
        {QStringLiteral("full_name"), lead.fullName},
        {QStringLiteral("family_name"), textOrNull(lead.familyName)},
        {QStringLiteral("middle_name"), textOrNull(lead.middleName)},
        {QStringLiteral("given_name"), textOrNull(lead.givenName)},
        {QStringLiteral("salutation"), textOrNull(lead.salutation)},
        {QStringLiteral("phone"), phoneJson(lead.phone)},
        {QStringLiteral("phone2"), phoneJson(lead.phone2)},
        {QStringLiteral("zalo_phone"), phoneJson(lead.zaloPhone)},
        {QStringLiteral("email"), textOrNull(lead.email)},
        {QStringLiteral("company"), textOrNull(lead.company)},
        {QStringLiteral("job_title"), textOrNull(lead.jobTitle)},
        {QStringLiteral("tax_code"), textOrNull(lead.taxCode)},
        {QStringLiteral("street"), textOrNull(lead.address.street)},
        {QStringLiteral("commune"), textOrNull(lead.address.commune)},
        {QStringLiteral("province"), textOrNull(lead.address.province)},
        {QStringLiteral("address_original"), textOrNull(lead.address.original)},
        {QStringLiteral("source"), textOrNull(lookups.sourceName(lead.sourceId))},
        {QStringLiteral("status"), textOrNull(lookups.statusName(lead.statusId))},
        {QStringLiteral("owner"), textOrNull(lookups.userName(lead.ownerId))},
        {QStringLiteral("qualification"), enumToText(lead.qualification)},
        {QStringLiteral("temperature"), enumToText(lead.temperature)},
        {QStringLiteral("bant_need"), textOrNull(lead.bantNeed)},
        {QStringLiteral("bant_fit"), textOrNull(lead.bantFit)},
        {QStringLiteral("bant_budget"),
         lead.bantBudget ? QJsonValue(*lead.bantBudget) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("bant_authority"), textOrNull(lead.bantAuthority)},
        {QStringLiteral("bant_timeline"), lead.bantTimeline.isValid()
                                              ? QJsonValue(lead.bantTimeline.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("score"), lead.score},
        {QStringLiteral("notes"), textOrNull(lead.notes)},
        {QStringLiteral("created_at"), timeJson(lead.meta.createdAt)},
        {QStringLiteral("created_by"), textOrNull(lead.meta.createdBy)},
        {QStringLiteral("updated_at"), timeJson(lead.meta.updatedAt)},
        {QStringLiteral("updated_by"), textOrNull(lead.meta.updatedBy)},
        {QStringLiteral("deleted_at"), timeJson(lead.meta.deletedAt)},
        {QStringLiteral("converted_at"), timeJson(lead.convertedAt)},
    };
    return json;
}

Result<void> LeadFields::set(Lead &lead, const QString &rawField, const QString &value,
                             const Lookups &lookups)
{
    QString field = rawField;
    field.replace(u'-', u'_');
    if (QString *text = textField(lead, field)) {
        *text = value;
        return {};
    }
    // The lists are set by name; an empty value clears the reference.
    auto setReference = [&](std::optional<qint64> &id, auto lookup) -> Result<void> {
        if (value.isEmpty()) {
            id.reset();
            return {};
        }
        auto found = lookup(value);
        if (!found.ok())
            return found.error();
        id = found->meta.id;
        return {};
    };
    if (field == QLatin1String("status"))
        return setReference(lead.statusId, [&](const QString &name) { return lookups.statusNamed(name); });
    if (field == QLatin1String("source"))
        return setReference(lead.sourceId, [&](const QString &name) { return lookups.sourceNamed(name); });
    if (field == QLatin1String("owner"))
        return setReference(lead.ownerId, [&](const QString &name) { return lookups.userNamed(name); });
    if (field == QLatin1String("qualification")) {
        const auto level = enumFromText<QualificationLevel>(value);
        if (!level)
            return Error::invalid(
                field, tr("The qualification must be none, mql, sql or pql, not “%1”.").arg(value));
        lead.qualification = *level;
        return {};
    }
    if (field == QLatin1String("temperature")) {
        const auto temperature = enumFromText<Temperature>(value);
        if (!temperature)
            return Error::invalid(field,
                                  tr("The temperature must be cold, warm or hot, not “%1”.").arg(value));
        lead.temperature = *temperature;
        return {};
    }
    if (field == QLatin1String("score")) {
        bool ok = false;
        const int score = value.trimmed().toInt(&ok);
        if (!ok)
            return Error::invalid(field,
                                  tr("The score must be a whole number from 0 to 100, not “%1”.").arg(value));
        lead.score = score;
        return {};
    }
    if (field == QLatin1String("bant_budget")) {
        if (value.trimmed().isEmpty()) {
            lead.bantBudget.reset();
            return {};
        }
        const Result<qint64> amount = FieldRules::amount(value, field);
        if (!amount.ok())
            return Error::invalid(field, tr("The budget must be an amount in đồng, not “%1”.").arg(value));
        lead.bantBudget = *amount;
        return {};
    }
    if (field == QLatin1String("bant_timeline")) {
        if (value.trimmed().isEmpty()) {
            lead.bantTimeline = QDate();
            return {};
        }
        QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!date.isValid())
            date = QDate::fromString(value.trimmed(), QStringLiteral("dd/MM/yyyy"));
        if (!date.isValid())
            return Error::invalid(field, tr("The date must be written dd/mm/yyyy, not “%1”.").arg(value));
        lead.bantTimeline = date;
        return {};
    }
    return Error::invalid(field, tr("Unknown lead field “%1”. Fields: %2.")
                                     .arg(rawField, editableFields().join(QStringLiteral(", "))));
}
