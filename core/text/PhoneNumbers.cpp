#include "text/PhoneNumbers.h"

#include <array>
#include <phonenumbers/phonenumberutil.h>
#include <string>
#include <string_view>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// --- Tables -------------------------------------------------------------------------------------------

// Mobile ranges as prefixes of the 9-digit national significant number (the number without its 0).
// They mirror libphonenumber 8.12's VN metadata exactly, not just "03x/05x/07x/08x/09x": 051, 053,
// 054, 057, 071–075 and 080 are not mobile, and some ranges (052, 055, 089, 099) are open only in
// part. Any difference would make the fast path disagree with the oracle.
constexpr auto MobilePrefixes = std::to_array<std::string_view>({
    "3",   "56",  "58",  "59",  "70",  "76",  "77",  "78",  "79",  "81",  "82",  "83",  "84",  "85",  "86",
    "87",  "88",  "90",  "91",  "92",  "93",  "94",  "95",  "96",  "97",  "98",  "522", "523", "528", "559",
    "896", "897", "898", "899", "990", "991", "993", "994", "995", "996", "997", "998", "999",
});

// Landline ranges as prefixes of the 10-digit national significant number: the area codes of the 2017
// plan (docs/vietnam.md §4.3) without their 0. Hà Nội (24) and TP.HCM (28) have 8-digit subscriber
// numbers, and only some first digits are in use; 240/241 and 280/281 were Bắc Giang, Bắc Ninh, Thái
// Nguyên and Bắc Kạn before 2017, so they must stay invalid for the remap below to see them.
constexpr auto FixedLinePrefixes = std::to_array<std::string_view>({
    "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215", "216", "218",
    "219", "220", "221", "222", "225", "226", "227", "228", "229", "232", "233", "234", "235", "236", "237",
    "238", "239", "242", "243", "244", "245", "246", "247", "248", "251", "252", "254", "255", "256", "257",
    "258", "259", "260", "261", "262", "263", "269", "270", "271", "272", "273", "274", "275", "276", "277",
    "282", "283", "284", "285", "286", "287", "289", "290", "291", "292", "293", "294", "296", "297", "299",
});

struct Remap
{
    std::string_view from;
    std::string_view to;
};

// Quyết định 798/QĐ-BTTTT (2018): only the network code changes; the last 7 digits stay.
constexpr auto OldMobilePrefixes = std::to_array<Remap>({
    {"0120", "070"}, {"0121", "079"}, {"0122", "077"}, {"0126", "076"}, {"0128", "078"}, {"0123", "083"},
    {"0124", "084"}, {"0125", "085"}, {"0127", "081"}, {"0129", "082"}, {"0162", "032"}, {"0163", "033"},
    {"0164", "034"}, {"0165", "035"}, {"0166", "036"}, {"0167", "037"}, {"0168", "038"}, {"0169", "039"},
    {"0186", "056"}, {"0188", "058"}, {"0199", "059"},
});

// Quyết định 2036/QĐ-BTTTT (2017). A 2- or 3-digit old code made a 10-digit number, a 4-digit one an
// 11-digit number; the subscriber part did not change.
constexpr auto OldAreaCodes = std::to_array<Remap>({
    {"04", "024"},    {"08", "028"},    {"033", "0203"},  {"0240", "0204"}, {"025", "0205"},
    {"026", "0206"},  {"027", "0207"},  {"0280", "0208"}, {"0281", "0209"}, {"022", "0212"},
    {"0231", "0213"}, {"020", "0214"},  {"0230", "0215"}, {"029", "0216"},  {"0320", "0220"},
    {"0321", "0221"}, {"0241", "0222"}, {"031", "0225"},  {"0351", "0226"}, {"036", "0227"},
    {"0350", "0228"}, {"030", "0229"},  {"052", "0232"},  {"053", "0233"},  {"054", "0234"},
    {"0510", "0235"}, {"0511", "0236"}, {"037", "0237"},  {"038", "0238"},  {"039", "0239"},
    {"061", "0251"},  {"062", "0252"},  {"064", "0254"},  {"055", "0255"},  {"056", "0256"},
    {"057", "0257"},  {"058", "0258"},  {"068", "0259"},  {"060", "0260"},  {"0501", "0261"},
    {"0500", "0262"}, {"063", "0263"},  {"059", "0269"},  {"070", "0270"},  {"0651", "0271"},
    {"072", "0272"},  {"073", "0273"},  {"0650", "0274"}, {"075", "0275"},  {"066", "0276"},
    {"067", "0277"},  {"0780", "0290"}, {"0781", "0291"}, {"0710", "0292"}, {"0711", "0293"},
    {"074", "0294"},  {"076", "0296"},  {"077", "0297"},  {"079", "0299"},
});

template <std::size_t N>
constexpr std::array<bool, 1000> prefixTable(const std::array<std::string_view, N> &prefixes)
{
    std::array<bool, 1000> table{};
    for (const std::string_view p : prefixes) {
        int low = 0;
        for (const char c : p)
            low = low * 10 + (c - '0');
        int span = 1;
        for (std::size_t i = p.size(); i < 3; ++i) {
            low *= 10;
            span *= 10;
        }
        for (int i = low; i < low + span; ++i)
            table[static_cast<std::size_t>(i)] = true;
    }
    return table;
}

constexpr std::array<bool, 1000> MobileTable = prefixTable(MobilePrefixes);
constexpr std::array<bool, 1000> FixedLineTable = prefixTable(FixedLinePrefixes);

// --- Digits ---------------------------------------------------------------------------------------------

// E.164 allows 15 digits; "0084" plus a national number with its 0 reaches 15 as well.
constexpr int MaxDigits = 17;

// Digits as ASCII in a fixed buffer, so the fast path allocates only the key it returns.
struct Digits
{
    std::array<char, MaxDigits + 4> data{};
    int size = 0;

    std::string_view view(int from = 0) const
    {
        return {data.data() + from, static_cast<std::size_t>(size - from)};
    }
    bool startsWith(std::string_view p) const { return view().substr(0, p.size()) == p; }
    void append(std::string_view s)
    {
        for (const char c : s)
            data[static_cast<std::size_t>(size++)] = c;
    }
    int prefixNumber(int from, int count) const
    {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (data[static_cast<std::size_t>(i)] - '0');
        return n;
    }
    QString toQString() const { return QString::fromLatin1(data.data(), size); }
};

enum class Cleaned
{
    Digits,  // only digits, separators and a leading +
    Empty,   // nothing at all
    Unusual, // letters, extensions, several numbers: libphonenumber's own extraction decides
};

// Facebook Lead Ads exports write phone fields as "p:+84912345678" so that spreadsheets keep the +.
QStringView stripLeadAdsPrefix(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.size() >= 2 && (text.at(0) == u'p' || text.at(0) == u'P') && text.at(1) == u':')
        text = text.mid(2).trimmed();
    return text;
}

Cleaned cleanDigits(QStringView text, Digits &digits, bool &plus)
{
    plus = false;
    if (text.isEmpty())
        return Cleaned::Empty;
    for (const QChar c : text) {
        int value = -1;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - u'0';
        else if (c.isDigit()) // full-width and other decimal digits pasted from IMEs
            value = c.digitValue();
        if (value >= 0) {
            if (digits.size == MaxDigits)
                return Cleaned::Unusual;
            digits.data[static_cast<std::size_t>(digits.size++)] = static_cast<char>('0' + value);
        } else if (c == u'+') {
            if (plus || digits.size > 0)
                return Cleaned::Unusual;
            plus = true;
        } else if (!(c.isSpace() || c == u'.' || c == u'(' || c == u')' ||
                     c.category() == QChar::Punctuation_Dash)) {
            return Cleaned::Unusual;
        }
    }
    return digits.size > 0 ? Cleaned::Digits : Cleaned::Unusual;
}

bool isServicePrefix(std::string_view digits)
{
    return digits.substr(0, 4) == "1800" || digits.substr(0, 4) == "1900";
}

// The national form of what followed +84/0084/84: "0912…" stays, "912…" gains its 0, and 1800/1900
// numbers have no 0 in their national form.
void nationalFromSubscriber(std::string_view rest, Digits &national)
{
    if (!rest.starts_with('0') && !isServicePrefix(rest))
        national.append("0");
    national.append(rest);
}

enum class Route
{
    National, // a Vietnamese national number candidate, in `national`
    Other,    // foreign, or a shape only libphonenumber can read
};

Route interpret(const Digits &d, bool plus, Digits &national)
{
    if (plus) {
        if (!d.startsWith("84"))
            return Route::Other;
        nationalFromSubscriber(d.view(2), national);
        return Route::National;
    }
    if (d.startsWith("0084")) {
        nationalFromSubscriber(d.view(4), national);
        return Route::National;
    }
    if (d.startsWith("00"))
        return Route::Other; // the international prefix of another country
    if (d.startsWith("0") || isServicePrefix(d.view())) {
        national.append(d.view());
        return Route::National;
    }
    // No national number without its 0 has 11 digits or more, so such a number starting with 84
    // is international; shorter ones (849123456) are national numbers whose 0 Excel dropped.
    if (d.startsWith("84") && d.size >= 11 && d.size <= 13) {
        nationalFromSubscriber(d.view(2), national);
        return Route::National;
    }
    if (d.size == 9 || d.size == 10) { // Excel dropped the 0 of a mobile (9) or a landline (10)
        national.append("0");
        national.append(d.view());
        return Route::National;
    }
    return Route::Other;
}

// --- Validation -------------------------------------------------------------------------------------------

enum class Verdict
{
    Valid,
    Invalid,
    Unknown, // the fast path cannot tell: libphonenumber must answer
};

struct Classified
{
    Verdict verdict = Verdict::Invalid;
    PhoneKind kind = PhoneKind::Invalid;
    QString key;
};

using Validator = Classified (*)(const Digits &national);

Classified fastValidate(const Digits &n)
{
    if (n.startsWith("0")) {
        const std::string_view nsn = n.view(1);
        // Only these shapes are valid today besides mobiles and landlines (VoIP 672…, service
        // numbers written with a 0); they must not look "invalid", or the remaps below would fire.
        if (nsn.starts_with("672") || isServicePrefix(nsn))
            return {Verdict::Unknown, PhoneKind::Invalid, {}};
        if (n.size == 10)
            return MobileTable[static_cast<std::size_t>(n.prefixNumber(1, 3))]
                       ? Classified{Verdict::Valid, PhoneKind::Mobile, n.toQString()}
                       : Classified{};
        if (n.size == 11)
            return FixedLineTable[static_cast<std::size_t>(n.prefixNumber(1, 3))]
                       ? Classified{Verdict::Valid, PhoneKind::FixedLine, n.toQString()}
                       : Classified{};
        return {Verdict::Unknown, PhoneKind::Invalid, {}};
    }
    if (isServicePrefix(n.view()) && (n.size == 8 || n.size == 10)) {
        const PhoneKind kind = n.startsWith("1800") ? PhoneKind::TollFree : PhoneKind::PremiumRate;
        return {Verdict::Valid, kind, n.toQString()};
    }
    return {Verdict::Unknown, PhoneKind::Invalid, {}};
}

PhoneKind kindFromLibphonenumber(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return PhoneKind::Mobile;
    case PhoneNumberUtil::TOLL_FREE:
        return PhoneKind::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return PhoneKind::PremiumRate;
    case PhoneNumberUtil::UNKNOWN:
        return PhoneKind::Invalid;
    default:
        // VoIP (672…), UAN (1900 short codes, 80…) and the like: reachable numbers that are not
        // mobiles; our kinds are for display and dedupe, so they count as fixed lines.
        return PhoneKind::FixedLine;
    }
}

ParsedPhone fromLibphonenumber(const PhoneNumber &number)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    if (!util.IsValidNumber(number))
        return {};
    std::string formatted;
    ParsedPhone result;
    if (number.country_code() == 84) {
        result.kind = kindFromLibphonenumber(util.GetNumberType(number));
        if (result.kind == PhoneKind::Invalid)
            return {};
        // The national format carries the 0 exactly where Vietnamese write it (mobiles and
        // landlines), and none for 1800/1900 numbers.
        util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
        for (const char c : formatted) {
            if (c >= '0' && c <= '9')
                result.key += QLatin1Char(c);
        }
    } else {
        result.kind = PhoneKind::Foreign;
        util.Format(number, PhoneNumberUtil::E164, &formatted);
        result.key = QString::fromStdString(formatted);
    }
    return result;
}

Classified libValidate(const Digits &n)
{
    PhoneNumber number;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    if (util.Parse(std::string(n.view()), "VN", &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        number.country_code() != 84)
        return {};
    ParsedPhone parsed = fromLibphonenumber(number);
    if (!parsed.isValid())
        return {};
    return {Verdict::Valid, parsed.kind, std::move(parsed.key)};
}

ParsedPhone libParseAnything(const std::string &text)
{
    PhoneNumber number;
    if (PhoneNumberUtil::GetInstance()->Parse(text, "VN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    return fromLibphonenumber(number);
}

bool applyRemap(const Digits &national, const Remap &remap, std::size_t expectedSize, Digits &out)
{
    if (static_cast<std::size_t>(national.size) != expectedSize || !national.startsWith(remap.from))
        return false;
    out.append(remap.to);
    out.append(national.view(static_cast<int>(remap.from.size())));
    return true;
}

// Old numbers are converted only when they are invalid today: the 2017 codes 03x/05x/07x/08x were
// handed to mobiles, so an old landline such as 037 3851 234 is now a valid mobile and stays one.
bool remapOld(const Digits &national, Digits &out)
{
    for (const Remap &r : OldMobilePrefixes) {
        if (applyRemap(national, r, 11, out))
            return true;
    }
    for (const Remap &r : OldAreaCodes) {
        const std::size_t expected = r.from.size() == 4 ? 11 : 10;
        if (applyRemap(national, r, expected, out))
            return true;
    }
    return false;
}

struct Resolution
{
    ParsedPhone phone;
    bool decided = true; // false: the fast path gives the question to libphonenumber
};

Resolution resolveNational(const Digits &national, Validator validate)
{
    const Classified direct = validate(national);
    if (direct.verdict == Verdict::Valid)
        return {{direct.key, direct.kind, false}, true};
    if (direct.verdict == Verdict::Unknown)
        return {{}, false};
    Digits remapped;
    if (remapOld(national, remapped)) {
        const Classified converted = validate(remapped);
        if (converted.verdict == Verdict::Valid)
            return {{converted.key, converted.kind, true}, true};
        if (converted.verdict == Verdict::Unknown)
            return {{}, false};
    }
    return {{}, true};
}

// The shared pipeline: cleaning, prefixes and remaps are identical for both validators, so the two
// public parsers can differ only in what they call valid.
Resolution resolve(QStringView input, Validator validate)
{
    const QStringView text = stripLeadAdsPrefix(input);
    Digits digits;
    bool plus = false;
    switch (cleanDigits(text, digits, plus)) {
    case Cleaned::Empty:
        return {{}, true};
    case Cleaned::Unusual:
        return {{}, false};
    case Cleaned::Digits:
        break;
    }
    Digits national;
    if (interpret(digits, plus, national) == Route::National) {
        Resolution r = resolveNational(national, validate);
        if (r.phone.isValid() || !r.decided)
            return r;
    }
    return {{}, false};
}

} // namespace

ParsedPhone PhoneNumbers::parse(QStringView input)
{
    Resolution r = resolve(input, &fastValidate);
    if (r.decided)
        return std::move(r.phone);
    return parseWithLibphonenumber(input);
}

ParsedPhone PhoneNumbers::parseFast(QStringView input)
{
    Resolution r = resolve(input, &fastValidate);
    return r.decided ? std::move(r.phone) : ParsedPhone{};
}

ParsedPhone PhoneNumbers::parseWithLibphonenumber(QStringView input)
{
    Resolution r = resolve(input, &libValidate);
    if (r.decided || r.phone.isValid())
        return std::move(r.phone);
    // Foreign numbers, odd lengths, text around the number: libphonenumber reads the text as it is,
    // with Vietnam as the default region.
    const QStringView text = stripLeadAdsPrefix(input);
    Digits digits;
    bool plus = false;
    if (cleanDigits(text, digits, plus) == Cleaned::Digits)
        return libParseAnything((plus ? std::string("+") : std::string()) + std::string(digits.view()));
    return libParseAnything(text.toString().toStdString());
}

QString PhoneNumbers::e164(const QString &key)
{
    if (key.isEmpty() || key.startsWith(u'+'))
        return key;
    if (key.startsWith(u'0'))
        return QStringLiteral("+84") + QStringView(key).mid(1);
    return QStringLiteral("+84") + key;
}

QString PhoneNumbers::display(const QString &key)
{
    if (key.isEmpty())
        return {};
    // libphonenumber 8.12 groups the older mobile ranges 2-3-2-2 ("091 234 56 78") but the newer ones
    // 4-3-3 ("0323 456 789"); carriers and customers write every mobile 4-3-3, so one grouping for all.
    if (key.size() == 10 && key.startsWith(u'0')) {
        const QStringView k(key);
        return k.left(4) + u' ' + k.mid(4, 3) + u' ' + k.mid(7);
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(key.toStdString(), key.startsWith(u'+') ? "ZZ" : "VN", &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return key;
    std::string formatted;
    util.Format(number,
                number.country_code() == 84 ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumbers::searchToken(const QString &key)
{
    return key.startsWith(u'+') ? key.mid(1) : key;
}

bool PhoneNumbers::looksLikePhone(QStringView text)
{
    const QStringView t = text.trimmed();
    int digits = 0;
    bool seenPlus = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit()) {
            ++digits;
        } else if (c == u'+') {
            // Only as the international prefix: first, or right after the "(" of "(+84)".
            const bool leading = i == 0 || (i == 1 && t.at(0) == u'(');
            if (seenPlus || !leading)
                return false;
            seenPlus = true;
        } else if (!(c.isSpace() || c == u'.' || c == u'(' || c == u')' ||
                     c.category() == QChar::Punctuation_Dash)) {
            return false;
        }
    }
    return digits >= 3;
}

QString PhoneNumbers::partialKey(QStringView text)
{
    QString digits;
    bool plus = false;
    for (const QChar c : stripLeadAdsPrefix(text)) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c == u'+' && digits.isEmpty())
            plus = true;
    }
    // Short digit strings with no prefix are kept: "912 34" is as likely the middle of a number as
    // its start; search also tries it with the 0 in front.
    if (!plus && digits.size() <= 9 && !digits.startsWith(u'0') && !digits.startsWith(u"84"))
        return digits;

    const auto foreign = [](const QString &international) -> QString {
        const ParsedPhone complete = parse(QString(u'+' + international));
        return complete.kind == PhoneKind::Foreign ? complete.key.mid(1) : international;
    };
    // What follows the country code gains the national 0, except where it is (or may still become) a
    // 1800/1900 number. With nothing after it yet, "84" itself prefixes every Vietnamese search token.
    const auto afterCountryCode = [](QStringView rest) -> QString {
        const auto service = [rest](QStringView prefix) {
            return rest.startsWith(prefix) || prefix.startsWith(rest);
        };
        if (rest.isEmpty())
            return QStringLiteral("84");
        if (rest.startsWith(u'0') || service(u"1800") || service(u"1900"))
            return rest.toString();
        return QStringLiteral("0") + rest;
    };

    QString national;
    if (plus && !digits.startsWith(u"84"))
        return foreign(digits);
    if (plus)
        national = afterCountryCode(QStringView(digits).mid(2));
    else if (digits.startsWith(u"0084"))
        national = afterCountryCode(QStringView(digits).mid(4));
    else if (digits.startsWith(u"00"))
        return foreign(digits.mid(2));
    else if (digits.startsWith(u"84") && digits.size() > 2)
        // Typed as a search, "84 9…" is +84 far more often than an 084 number missing its 0.
        national = afterCountryCode(QStringView(digits).mid(2));
    else
        national = digits;
    // Once the number is complete, its key: an old 0162… mobile becomes 032… only at this point.
    const ParsedPhone complete = parse(national);
    return complete.isValid() && complete.kind != PhoneKind::Foreign ? complete.key : national;
}
