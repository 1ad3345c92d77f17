#pragma once

#include <QString>
#include <QStringView>

enum class PhoneKind
{
    Invalid,
    Mobile,
    FixedLine,
    TollFree,    // 1800
    PremiumRate, // 1900
    Foreign,     // a valid number outside Vietnam
};

struct ParsedPhone
{
    QString key; // the one form we store and match on; empty when the input is not a valid number
    PhoneKind kind = PhoneKind::Invalid;
    bool remapped = false; // an old 11-digit mobile (2018) or old area code (2017) was converted

    bool isValid() const { return !key.isEmpty(); }
};

// Phone numbers as Vietnamese people write them (docs/vietnam.md §4). The key is the national form with
// its leading 0 for Vietnamese numbers (0912345678, 02438251234) and E.164 for foreign ones (+14155550100).
// A table-driven fast path handles Vietnamese numbers (bulk import and demo data need ~1 µs, not the
// ~7 µs libphonenumber costs); anything it cannot classify goes to libphonenumber, which tests also use
// as the oracle for the fast path.
class PhoneNumbers
{
public:
    // Accepts +84/84/0084/0 prefixes, "(+84) 0912…", spaces, dots, dashes, parentheses, the "p:" prefix of
    // Facebook Lead Ads exports, a dropped leading 0 (Excel), old 11-digit mobiles and old area codes.
    static ParsedPhone parse(QStringView input);
    static QString key(QStringView input) { return parse(input).key; }

    // The same question answered by libphonenumber alone (after the 2017/2018 remaps); the oracle in tests.
    static ParsedPhone parseWithLibphonenumber(QStringView input);

    // "+84912345678" for a key; empty for an empty key.
    static QString e164(const QString &key);
    // "0912 345 678": libphonenumber's national format, for display.
    static QString display(const QString &key);

    // The digit strings a search index stores for a key, so that a number typed as 0912…, 912… or
    // 84912… finds it by prefix: "0912345678 912345678 84912345678".
    static QString searchTokens(const QString &key);

    // True when the text reads as a phone number being typed (digits with +, spaces, dots, dashes,
    // parentheses; at least 3 digits), so search should treat it as one.
    static bool looksLikePhone(QStringView text);

    // The digits of a number typed so far in any format, converted to the key's national form as far as
    // it can be ("+84 91234" → "091234", "0162 345" → "0162345" unchanged until complete).
    static QString partialKey(QStringView text);
};
