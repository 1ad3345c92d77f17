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
    // The table-driven path alone: invalid wherever parse() would have to ask libphonenumber. For tests
    // and benchmarks, which must know which path answered.
    static ParsedPhone parseFast(QStringView input);

    // "+84912345678" for a key; empty for an empty key.
    static QString e164(const QString &key);
    // For display: mobiles grouped 4-3-3 ("0912 345 678", also for the 09x ranges libphonenumber 8.12
    // writes "091 234 56 78"); other Vietnamese numbers in libphonenumber's national format
    // ("024 3825 1234", "1800 1234"); foreign numbers in its international format ("+1 415-555-0100").
    static QString display(const QString &key);

    // The one word a search index stores for a key: the key itself, or the digits of a foreign +E.164
    // key. Search turns what is typed (+84 912…, 912…, 0084…) into this form with partialKey(), so one
    // word per number is enough.
    static QString searchToken(const QString &key);

    // True when the text reads as a phone number being typed (digits with +, spaces, dots, dashes,
    // parentheses; at least 3 digits), so search should treat it as one.
    static bool looksLikePhone(QStringView text);

    // The digits of a number typed so far in any format, converted to the key's national form as far as
    // it can be ("+84 91234" → "091234", "0084 91" → "091", "0162 345" → "0162345" unchanged until
    // complete, then "0323456789"). Rules:
    // - 9 digits or fewer, no "+" and not starting with 0 or 84: left as typed ("912 34" → "91234"); it
    //   may be the middle of a number or a number missing its 0 (search tries both);
    // - +84, 0084, or a bare 84 followed by more digits: the country code becomes the national 0 (a bare
    //   "84 9…" is read as +84, not as an 084 number missing its 0); 1800/1900 numbers get no 0; with
    //   nothing after the country code yet the result is "84", which prefixes every Vietnamese token;
    // - another country (+1…, 001…): the digits after + or 00, the way searchToken() stores them;
    // - once the digits form a complete valid number, its key ("1623456789" → "0323456789").
    static QString partialKey(QStringView text);
};
