#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

struct Address;

// The checks every service applies before it writes, and the editors apply to one field as the user
// leaves it, so that both say the same thing: each returns the value as it will be stored, or an
// InvalidInput error naming the field with a message for the user.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    // Empty stays empty (the field is optional); otherwise the phone's key (0912345678, +14155550100).
    static Result<QString> phone(const QString &text, const QString &field);
    // Empty stays empty; otherwise trimmed and lower-cased, and it must look like an address.
    static Result<QString> email(const QString &text, const QString &field = QStringLiteral("email"));
    // Empty stays empty; otherwise 0100233488, 0100233488-001 or a 12-digit personal number.
    static Result<QString> taxCode(const QString &text, const QString &field = QStringLiteral("tax_code"));
    // Empty stays empty; otherwise the official name of one of the 34 provinces.
    static Result<QString> province(const QString &text, const QString &field = QStringLiteral("province"));
    // Whole đồng as people type them ("150.000.000", "150000000", "150.000.000 ₫"); empty is 0. Not
    // a number ("150 triệu", "1,5e6") is an error. The sign is kept: services decide about negatives.
    static Result<qint64> amount(const QString &text, const QString &field = QStringLiteral("amount"));
    // The cleaned text, or message when it is empty.
    static Result<QString> requiredText(const QString &text, const QString &field, const QString &message);

    // Sets text to the rule's value, or passes the rule's error on:
    //   if (Result<void> ok = FieldRules::assign(a.email, FieldRules::email(a.email)); !ok.ok()) …
    static Result<void> assign(QString &text, Result<QString> checked);

    // The first failed check, in order; all of them run (each normalizes its own field):
    //   return FieldRules::firstError({FieldRules::assign(…), References::mustExist(…)});
    static Result<void> firstError(std::initializer_list<Result<void>> checks);

    // VietnameseText::clean on each.
    static void clean(std::initializer_list<QString *> texts);

    // A person's name as a lead and a contact keep it: the full name as written (built from the parts
    // when only they were typed) and its parts (họ, tên đệm, tên). A split the user corrected is kept
    // while it still spells the full name; otherwise the parts are derived from the full name again.
    static void personName(QString &full, QString &family, QString &middle, QString &given);
    // The phones of a person, each a key or empty; the Zalo number defaults to the main mobile, as a
    // Zalo account is tied to one (docs/vietnam.md §7.3). Errors name phone, phone2 or zalo_phone.
    static Result<void> personPhones(QString &phone, QString &phone2, QString &zaloPhone);
    // Every part cleaned, the province checked (the original text is kept as typed).
    static Result<void> address(Address &address);
};
