#include "services/FieldRules.h"

#include "domain/Address.h"
#include "text/EmailAddress.h"
#include "text/PersonName.h"
#include "text/PhoneNumbers.h"
#include "text/Provinces.h"
#include "text/TaxCode.h"
#include "text/VietnameseText.h"

Result<QString> FieldRules::phone(const QString &text, const QString &field)
{
    const QString cleaned = VietnameseText::clean(text);
    if (cleaned.isEmpty())
        return cleaned;
    const ParsedPhone parsed = PhoneNumbers::parse(cleaned);
    if (!parsed.isValid())
        return Error::invalid(field, tr("The phone number “%1” is not valid.").arg(cleaned));
    return parsed.key;
}

Result<QString> FieldRules::email(const QString &text, const QString &field)
{
    const QString cleaned = VietnameseText::clean(text);
    if (cleaned.isEmpty())
        return cleaned;
    const QString normalized = EmailAddress::normalize(cleaned);
    if (!EmailAddress::isValid(normalized))
        return Error::invalid(field, tr("The email address “%1” is not valid.").arg(cleaned));
    return normalized;
}

Result<qint64> FieldRules::amount(const QString &text, const QString &field)
{
    QString digits = VietnameseText::clean(text);
    if (digits.isEmpty())
        return qint64(0);
    digits.remove(QChar(0x20AB)).remove(u'đ').remove(QStringLiteral("VND"), Qt::CaseInsensitive);
    digits.remove(u'.').remove(u',').remove(u' ').remove(QChar(0x00A0));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return Error::invalid(
            field, tr("“%1” is not an amount in đồng; type it like 1.500.000.").arg(text.trimmed()));
    return value;
}

Result<QString> FieldRules::taxCode(const QString &text, const QString &field)
{
    const QString cleaned = VietnameseText::clean(text);
    const TaxCodeCheck checked = TaxCode::check(cleaned);
    switch (checked.status) {
    case TaxCodeStatus::Valid:
        return checked.normalized;
    case TaxCodeStatus::Empty:
        return QString();
    case TaxCodeStatus::BadCheckDigit:
        return Error::invalid(field, tr("The tax code “%1” has a wrong check digit.").arg(cleaned));
    case TaxCodeStatus::BadFormat:
    case TaxCodeStatus::BadSequence:
        break;
    }
    return Error::invalid(field,
                          tr("The tax code “%1” is not valid: it must have 10 digits, 10-3 digits for a "
                             "branch, or 12 digits for an individual.")
                              .arg(cleaned));
}

Result<QString> FieldRules::province(const QString &text, const QString &field)
{
    const QString cleaned = VietnameseText::clean(text);
    if (cleaned.isEmpty())
        return cleaned;
    const QString canonical = Provinces::canonical(cleaned);
    if (canonical.isEmpty())
        return Error::invalid(field, tr("“%1” is not one of the 34 provinces and cities.").arg(cleaned));
    return canonical;
}

Result<QString> FieldRules::requiredText(const QString &text, const QString &field, const QString &message)
{
    const QString cleaned = VietnameseText::clean(text);
    if (cleaned.isEmpty())
        return Error::invalid(field, message);
    return cleaned;
}

Result<void> FieldRules::assign(QString &text, Result<QString> checked)
{
    if (!checked.ok())
        return checked.error();
    text = std::move(checked).value();
    return {};
}

Result<void> FieldRules::firstError(std::initializer_list<Result<void>> checks)
{
    for (const Result<void> &check : checks) {
        if (!check.ok())
            return check;
    }
    return {};
}

void FieldRules::clean(std::initializer_list<QString *> texts)
{
    for (QString *text : texts)
        *text = VietnameseText::clean(*text);
}

void FieldRules::personName(QString &full, QString &family, QString &middle, QString &given)
{
    clean({&full, &family, &middle, &given});
    if (full.isEmpty())
        full = PersonName{family, middle, given}.fullName();
    if (full.isEmpty())
        return;
    // Keep a split the user corrected (it still spells the full name); derive it again when the name changed.
    if (PersonName{family, middle, given}.fullName() != full) {
        const PersonName parts = PersonName::split(full);
        family = parts.family;
        middle = parts.middle;
        given = parts.given;
    }
}

Result<void> FieldRules::personPhones(QString &phone, QString &phone2, QString &zaloPhone)
{
    if (Result<void> ok =
            firstError({assign(phone, FieldRules::phone(phone, QStringLiteral("phone"))),
                        assign(phone2, FieldRules::phone(phone2, QStringLiteral("phone2"))),
                        assign(zaloPhone, FieldRules::phone(zaloPhone, QStringLiteral("zalo_phone")))});
        !ok.ok())
        return ok;
    if (zaloPhone.isEmpty() && PhoneNumbers::parse(phone).kind == PhoneKind::Mobile)
        zaloPhone = phone;
    return {};
}

Result<void> FieldRules::address(Address &address)
{
    clean({&address.street, &address.commune, &address.original});
    return assign(address.province, province(address.province));
}
