#include "text/PhoneNumbers.h"

#include "QtCatchPrinters.h"

#include <catch2/catch.hpp>
#include <map>
#include <phonenumbers/phonenumberutil.h>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace Catch {
template <> struct StringMaker<PhoneKind>
{
    static std::string convert(PhoneKind kind)
    {
        switch (kind) {
        case PhoneKind::Invalid:
            return "Invalid";
        case PhoneKind::Mobile:
            return "Mobile";
        case PhoneKind::FixedLine:
            return "FixedLine";
        case PhoneKind::TollFree:
            return "TollFree";
        case PhoneKind::PremiumRate:
            return "PremiumRate";
        case PhoneKind::Foreign:
            return "Foreign";
        }
        return "?";
    }
};
} // namespace Catch

namespace {

struct Expectation
{
    QString input;
    QString key;
    PhoneKind kind;
    bool remapped;
};

// libphonenumber's own opinion of a key, without any of our cleaning or remapping.
struct OracleAnswer
{
    bool valid = false;
    QString e164;
    PhoneKind kind = PhoneKind::Invalid;
};

OracleAnswer askLibphonenumber(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    OracleAnswer answer;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util.IsValidNumber(number))
        return answer;
    answer.valid = true;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    answer.e164 = QString::fromStdString(formatted);
    if (number.country_code() != 84) {
        answer.kind = PhoneKind::Foreign;
        return answer;
    }
    switch (util.GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
        answer.kind = PhoneKind::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
        answer.kind = PhoneKind::FixedLine;
        break;
    case PhoneNumberUtil::TOLL_FREE:
        answer.kind = PhoneKind::TollFree;
        break;
    case PhoneNumberUtil::PREMIUM_RATE:
        answer.kind = PhoneKind::PremiumRate;
        break;
    default:
        answer.kind = PhoneKind::FixedLine; // VoIP, UAN: what PhoneNumbers maps them to as well
        break;
    }
    return answer;
}

QString digitsOf(quint32 value, int count)
{
    return QString::number(value).rightJustified(count, u'0').right(count);
}

} // namespace

TEST_CASE("parse reads the formats Vietnamese people write", "[phone]")
{
    const Expectation cases[] = {
        // Mobiles (docs/vietnam.md §4.1)
        {u"0912 345 678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"0912.345.678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"0912-345-678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"+84 912 345 678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"84912345678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"(+84) 0912345678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"+84 (0) 912 345 678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"0084912345678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"912345678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"p:+84912345678"_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"  0912 345 678  "_s, u"0912345678"_s, PhoneKind::Mobile, false},
        {u"０９１２３４５６７８"_s, u"0912345678"_s, PhoneKind::Mobile, false}, // full-width digits
        {u"849123456"_s, u"0849123456"_s, PhoneKind::Mobile, false}, // Excel dropped the 0 of 084…
        {u"0323456789"_s, u"0323456789"_s, PhoneKind::Mobile, false},
        {u"0896 123 456"_s, u"0896123456"_s, PhoneKind::Mobile, false},
        // 2018: old 11-digit mobiles
        {u"0162 345 6789"_s, u"0323456789"_s, PhoneKind::Mobile, true},
        {u"+84 162 345 6789"_s, u"0323456789"_s, PhoneKind::Mobile, true},
        {u"841623456789"_s, u"0323456789"_s, PhoneKind::Mobile, true},
        {u"1623456789"_s, u"0323456789"_s, PhoneKind::Mobile, true},
        {u"0169 9333 999"_s, u"0399333999"_s, PhoneKind::Mobile, true},
        {u"0120 123 4567"_s, u"0701234567"_s, PhoneKind::Mobile, true},
        {u"0199 123 4567"_s, u"0591234567"_s, PhoneKind::Mobile, true},
        // Landlines and the 2017 area codes
        {u"024 3825 1234"_s, u"02438251234"_s, PhoneKind::FixedLine, false},
        {u"+84 24 3825 1234"_s, u"02438251234"_s, PhoneKind::FixedLine, false},
        {u"2438251234"_s, u"02438251234"_s, PhoneKind::FixedLine, false},
        {u"0203 3825 123"_s, u"02033825123"_s, PhoneKind::FixedLine, false},
        {u"028 3822 1234"_s, u"02838221234"_s, PhoneKind::FixedLine, false},
        {u"04 3825 1234"_s, u"02438251234"_s, PhoneKind::FixedLine, true},
        {u"0650 382 1234"_s, u"02743821234"_s, PhoneKind::FixedLine, true},
        {u"025 3870 123"_s, u"02053870123"_s, PhoneKind::FixedLine, true},
        {u"061 3822 123"_s, u"02513822123"_s, PhoneKind::FixedLine, true},
        {u"0511 382 1234"_s, u"02363821234"_s, PhoneKind::FixedLine, true},
        // 0240 was Bắc Giang's code before 2017; 024 + 0… is not a Hà Nội number today.
        {u"0240 385 1234"_s, u"02043851234"_s, PhoneKind::FixedLine, true},
        // The collision pitfall: old landlines that are valid mobiles today stay mobiles.
        {u"037 3851 234"_s, u"0373851234"_s, PhoneKind::Mobile, false},
        {u"056 3822 123"_s, u"0563822123"_s, PhoneKind::Mobile, false},
        {u"08 3825 1234"_s, u"0838251234"_s, PhoneKind::Mobile, false},
        {u"079 3822 123"_s, u"0793822123"_s, PhoneKind::Mobile, false},
        // 067 was Đồng Tháp's code, but 0672… is a VoIP range today, so it is not converted either.
        {u"067 212 3456"_s, u"0672123456"_s, PhoneKind::FixedLine, false},
        // 08 + 8 digits outside today's 08x mobile ranges is an old TP.HCM number.
        {u"08 9012 3456"_s, u"02890123456"_s, PhoneKind::FixedLine, true},
        // Service numbers have no 0 in their national form.
        {u"1800 1234"_s, u"18001234"_s, PhoneKind::TollFree, false},
        {u"1800 123 456"_s, u"1800123456"_s, PhoneKind::TollFree, false},
        {u"1900 1234"_s, u"19001234"_s, PhoneKind::PremiumRate, false},
        {u"1900 54 54 38"_s, u"1900545438"_s, PhoneKind::PremiumRate, false},
        {u"+84 1800 1234"_s, u"18001234"_s, PhoneKind::TollFree, false},
        // Foreign numbers keep E.164.
        {u"+1 415 555 0100"_s, u"+14155550100"_s, PhoneKind::Foreign, false},
        {u"+44 20 7946 0958"_s, u"+442079460958"_s, PhoneKind::Foreign, false},
        {u"0044 20 7946 0958"_s, u"+442079460958"_s, PhoneKind::Foreign, false},
        {u"p:+14155550100"_s, u"+14155550100"_s, PhoneKind::Foreign, false},
        // Not numbers
        {u"abc"_s, QString(), PhoneKind::Invalid, false},
        {u"123"_s, QString(), PhoneKind::Invalid, false},
        {u""_s, QString(), PhoneKind::Invalid, false},
        {u"   "_s, QString(), PhoneKind::Invalid, false},
        {u"+"_s, QString(), PhoneKind::Invalid, false},
        {u"0912 345 67"_s, QString(), PhoneKind::Invalid, false},  // too short
        {u"09123456789"_s, QString(), PhoneKind::Invalid, false},  // too long
        {u"0512 345 678"_s, QString(), PhoneKind::Invalid, false}, // 051 is no mobile range
        {u"02401234"_s, QString(), PhoneKind::Invalid, false},
    };
    for (const Expectation &e : cases) {
        INFO("input: " << e.input.toStdString());
        const ParsedPhone parsed = PhoneNumbers::parse(e.input);
        CHECK(parsed.key == e.key);
        CHECK(parsed.kind == e.kind);
        CHECK(parsed.remapped == e.remapped);
        CHECK(parsed.isValid() == !e.key.isEmpty());
        CHECK(PhoneNumbers::key(e.input) == e.key);
        // Both parsers share cleaning and remaps, so on these inputs they must say the same.
        const ParsedPhone oracle = PhoneNumbers::parseWithLibphonenumber(e.input);
        CHECK(oracle.key == parsed.key);
        CHECK(oracle.kind == parsed.kind);
        CHECK(oracle.remapped == parsed.remapped);
        // Vietnamese mobiles, landlines and 8/10-digit service numbers never need libphonenumber.
        const bool common = e.kind == PhoneKind::Mobile || e.kind == PhoneKind::FixedLine ||
                            e.kind == PhoneKind::TollFree || e.kind == PhoneKind::PremiumRate;
        if (common && !e.key.startsWith(u"0672"))
            CHECK(PhoneNumbers::parseFast(e.input).key == e.key);
        if (!common)
            CHECK_FALSE(PhoneNumbers::parseFast(e.input).isValid());
    }
}

TEST_CASE("every row of the 2018 mobile and 2017 area-code tables", "[phone]")
{
    // docs/vietnam.md §4.2 and §4.3, copied here rather than shared with the implementation: both
    // parsers use the same remap tables, so only an independent copy catches a wrong row.
    const std::pair<const char *, const char *> mobiles[] = {
        {"0120", "070"}, {"0121", "079"}, {"0122", "077"}, {"0126", "076"}, {"0128", "078"}, {"0123", "083"},
        {"0124", "084"}, {"0125", "085"}, {"0127", "081"}, {"0129", "082"}, {"0162", "032"}, {"0163", "033"},
        {"0164", "034"}, {"0165", "035"}, {"0166", "036"}, {"0167", "037"}, {"0168", "038"}, {"0169", "039"},
        {"0186", "056"}, {"0188", "058"}, {"0199", "059"}};
    for (const auto &[from, to] : mobiles) {
        const QString input = QString::fromLatin1(from) + u"9333999"_s;
        INFO(input.toStdString());
        const ParsedPhone parsed = PhoneNumbers::parseFast(input);
        CHECK(parsed.key == QString::fromLatin1(to) + u"9333999"_s);
        CHECK(parsed.kind == PhoneKind::Mobile);
        CHECK(parsed.remapped);
    }

    const std::pair<const char *, const char *> areaCodes[] = {
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
        {"074", "0294"},  {"076", "0296"},  {"077", "0297"},  {"079", "0299"}};
    REQUIRE(std::size(areaCodes) == 59); // 63 provinces, 4 of which kept their codes
    // Old codes that became mobile ranges: such a 10-digit number is a mobile today (§4.3 pitfall).
    const std::set<std::string> nowMobile = {"033", "036", "037", "038", "039", "030", "031", "056",
                                             "058", "059", "070", "076", "077", "079", "08"};
    for (const auto &[from, to] : areaCodes) {
        const QString oldCode = QString::fromLatin1(from);
        const QString subscriber = oldCode.size() == 2 ? u"38251234"_s : u"1234567"_s;
        const QString input = oldCode + subscriber;
        INFO(input.toStdString());
        const ParsedPhone parsed = PhoneNumbers::parseFast(input);
        if (nowMobile.count(from)) {
            CHECK(parsed.key == input);
            CHECK(parsed.kind == PhoneKind::Mobile);
            CHECK_FALSE(parsed.remapped);
        } else {
            CHECK(parsed.key == QString::fromLatin1(to) + subscriber);
            CHECK(parsed.kind == PhoneKind::FixedLine);
            CHECK(parsed.remapped);
        }
        // The current form of every province's number is a landline the fast path knows.
        const ParsedPhone current = PhoneNumbers::parseFast(QString(QString::fromLatin1(to) + subscriber));
        CHECK(current.kind == PhoneKind::FixedLine);
        CHECK_FALSE(current.remapped);
    }
    for (const char *unchanged : {"0210", "0211", "0218", "0219"}) // Phú Thọ, Vĩnh Phúc, Hòa Bình, Hà Giang
        CHECK(PhoneNumbers::parseFast(QString(QString::fromLatin1(unchanged) + u"3822123"_s)).kind ==
              PhoneKind::FixedLine);
}

TEST_CASE("a key parses to itself", "[phone]")
{
    const QString keys[] = {u"0912345678"_s, u"0323456789"_s, u"02438251234"_s, u"02033825123"_s,
                            u"18001234"_s,   u"1900545438"_s, u"+14155550100"_s};
    for (const QString &key : keys) {
        INFO(key.toStdString());
        CHECK(PhoneNumbers::key(key) == key);
        CHECK(PhoneNumbers::key(PhoneNumbers::e164(key)) == key);
        CHECK(PhoneNumbers::key(PhoneNumbers::display(key)) == key);
    }
}

TEST_CASE("the fast path agrees with libphonenumber (oracle)", "[phone][oracle]")
{
    // Every 3-digit national prefix (valid or not, so the boundaries of each range are probed), every
    // area code of the 2017 plan with each first subscriber digit, every old mobile and old area code,
    // service numbers; each with random subscriber digits and written in several ways.
    std::mt19937 rng(84); // std::mt19937's sequence is fixed by the standard: the same numbers every run
    std::vector<QString> nationals;
    for (int prefix = 0; prefix < 100; ++prefix) {
        for (int i = 0; i < 12; ++i) {
            const QString p = u'0' + digitsOf(quint32(prefix), 2);
            nationals.push_back(p + digitsOf(rng(), 7)); // 10 digits: mobile shape
            nationals.push_back(p + digitsOf(rng(), 8)); // 11 digits: landline shape
            if (i < 3)
                nationals.push_back(p + digitsOf(rng(), 6 + int(rng() % 4))); // odd lengths
        }
    }
    const char *const areaCodes[] = {"0203", "0204", "0205", "0206", "0207", "0208", "0209", "0210", "0211",
                                     "0212", "0213", "0214", "0215", "0216", "0218", "0219", "0220", "0221",
                                     "0222", "0225", "0226", "0227", "0228", "0229", "0232", "0233", "0234",
                                     "0235", "0236", "0237", "0238", "0239", "0251", "0252", "0254", "0255",
                                     "0256", "0257", "0258", "0259", "0260", "0261", "0262", "0263", "0269",
                                     "0270", "0271", "0272", "0273", "0274", "0275", "0276", "0277", "0290",
                                     "0291", "0292", "0293", "0294", "0296", "0297", "0299"};
    for (const char *code : areaCodes) {
        for (int i = 0; i < 6; ++i)
            nationals.push_back(QString::fromLatin1(code) + digitsOf(rng(), 7));
    }
    for (const char *code : {"024", "028"}) {
        for (int first = 0; first < 10; ++first) {
            for (int i = 0; i < 4; ++i)
                nationals.push_back(QString::fromLatin1(code) + QString::number(first) + digitsOf(rng(), 7));
        }
    }
    const char *const oldCodes[] = {
        "04",   "08",   "033",  "0240", "025",  "026",  "027",  "0280", "0281", "022", "0231", "020",
        "0230", "029",  "0320", "0321", "0241", "031",  "0351", "036",  "0350", "030", "052",  "053",
        "054",  "0510", "0511", "037",  "038",  "039",  "061",  "062",  "064",  "055", "056",  "057",
        "058",  "068",  "060",  "0501", "0500", "063",  "059",  "070",  "0651", "072", "073",  "0650",
        "075",  "066",  "067",  "0780", "0781", "0710", "0711", "074",  "076",  "077", "079"};
    for (const char *code : oldCodes) {
        const QString c = QString::fromLatin1(code);
        const int subscriberDigits = c.size() == 2 ? 8 : 7;
        for (int i = 0; i < 8; ++i)
            nationals.push_back(c + digitsOf(rng(), subscriberDigits));
    }
    for (int prefix = 100; prefix < 200; ++prefix) { // every 01xx, old mobiles among them
        for (int i = 0; i < 3; ++i)
            nationals.push_back(u'0' + QString::number(prefix) + digitsOf(rng(), 7));
    }
    for (const char *service : {"1800", "1900", "1201", "1228", "1999"}) {
        for (int length = 2; length <= 7; ++length)
            nationals.push_back(QString::fromLatin1(service) + digitsOf(rng(), length));
    }

    // The ways the same national number reaches us.
    const auto formats = [](const QString &n) {
        const QString withoutZero = n.startsWith(u'0') ? n.mid(1) : n;
        QString spaced = n;
        for (qsizetype i = spaced.size() - 3; i > 2; i -= 3)
            spaced.insert(i, u' ');
        QString dotted = spaced;
        dotted.replace(u' ', u'.');
        return std::vector<QString>{n,
                                    spaced,
                                    dotted,
                                    u"+84 "_s + withoutZero,
                                    u"84"_s + withoutZero,
                                    u"0084"_s + withoutZero,
                                    u"(+84) "_s + n,
                                    u"p:+84"_s + withoutZero,
                                    withoutZero};
    };

    int checked = 0;
    int valid = 0;
    int acceptedByFastPath = 0;
    int remapped = 0;
    std::map<PhoneKind, int> byKind;
    std::vector<std::string> disagreements;
    for (const QString &national : nationals) {
        for (const QString &input : formats(national)) {
            ++checked;
            const ParsedPhone fast = PhoneNumbers::parseFast(input);
            const ParsedPhone lib = PhoneNumbers::parseWithLibphonenumber(input);
            const ParsedPhone combined = PhoneNumbers::parse(input);
            // parse() is the fast path where it answers and libphonenumber elsewhere, so it must always
            // equal the oracle; the fast path must equal it wherever it accepts a number.
            if (combined.key != lib.key || combined.kind != lib.kind || combined.remapped != lib.remapped) {
                disagreements.push_back(input.toStdString() + " parse=" + combined.key.toStdString() +
                                        " lib=" + lib.key.toStdString());
                continue;
            }
            if (fast.isValid() &&
                (fast.key != lib.key || fast.kind != lib.kind || fast.remapped != lib.remapped)) {
                disagreements.push_back(input.toStdString() + " fast=" + fast.key.toStdString() +
                                        " lib=" + lib.key.toStdString());
                continue;
            }
            if (!combined.isValid())
                continue;
            ++valid;
            acceptedByFastPath += fast.isValid() ? 1 : 0;
            remapped += combined.remapped ? 1 : 0;
            ++byKind[combined.kind];
            // Independently of our pipeline: libphonenumber must accept the key's E.164 form with the
            // same number and the same kind.
            const OracleAnswer answer = askLibphonenumber(PhoneNumbers::e164(combined.key));
            if (!answer.valid || answer.e164 != PhoneNumbers::e164(combined.key) ||
                answer.kind != combined.kind) {
                disagreements.push_back(input.toStdString() + " key=" + combined.key.toStdString() +
                                        " oracle=" + answer.e164.toStdString());
            }
        }
    }
    INFO("checked " << checked << ", valid " << valid << ", by the fast path " << acceptedByFastPath
                    << ", remapped " << remapped);
    for (const std::string &d : disagreements)
        UNSCOPED_INFO(d);
    CHECK(disagreements.empty());
    // The generator must actually reach every kind, or the oracle proves nothing about it.
    CHECK(checked > 20000);
    CHECK(byKind[PhoneKind::Mobile] > 3000);
    CHECK(byKind[PhoneKind::FixedLine] > 2000);
    CHECK(byKind[PhoneKind::TollFree] > 10);
    CHECK(byKind[PhoneKind::PremiumRate] > 10);
    CHECK(remapped > 1000);
    // Bulk work relies on the fast path: nearly every valid Vietnamese number must be its answer.
    CHECK(acceptedByFastPath > valid * 9 / 10);
}

TEST_CASE("e164, display and search tokens", "[phone]")
{
    CHECK(PhoneNumbers::e164(u"0912345678"_s) == u"+84912345678"_s);
    CHECK(PhoneNumbers::e164(u"02438251234"_s) == u"+842438251234"_s);
    CHECK(PhoneNumbers::e164(u"18001234"_s) == u"+8418001234"_s);
    CHECK(PhoneNumbers::e164(u"+14155550100"_s) == u"+14155550100"_s);
    CHECK(PhoneNumbers::e164(QString()).isEmpty());

    CHECK(PhoneNumbers::display(u"0912345678"_s) == u"0912 345 678"_s);
    CHECK(PhoneNumbers::display(u"0323456789"_s) == u"0323 456 789"_s);
    CHECK(PhoneNumbers::display(u"0896123456"_s) == u"0896 123 456"_s);
    CHECK(PhoneNumbers::display(u"02438251234"_s) == u"024 3825 1234"_s);
    CHECK(PhoneNumbers::display(u"02033825123"_s) == u"0203 3825 123"_s);
    CHECK(PhoneNumbers::display(u"18001234"_s) == u"1800 1234"_s);
    CHECK(PhoneNumbers::display(u"+14155550100"_s) == u"+1 415-555-0100"_s);
    CHECK(PhoneNumbers::display(QString()).isEmpty());

    CHECK(PhoneNumbers::searchToken(u"0912345678"_s) == u"0912345678"_s);
    CHECK(PhoneNumbers::searchToken(u"02438251234"_s) == u"02438251234"_s);
    CHECK(PhoneNumbers::searchToken(u"+14155550100"_s) == u"14155550100"_s);
    CHECK(PhoneNumbers::searchToken(QString()).isEmpty());
}

TEST_CASE("looksLikePhone", "[phone][search]")
{
    for (const QString &yes :
         {u"0912"_s, u"+84 91"_s, u"0912.345"_s, u"(+84) 91"_s, u"091-234"_s, u" 912 "_s, u"1800 1234"_s}) {
        INFO(yes.toStdString());
        CHECK(PhoneNumbers::looksLikePhone(yes));
    }
    for (const QString &no : {u"nguyen"_s, u"12"_s, u"an 0912"_s, u""_s, u"0912abc"_s, u"+"_s, u"84+91"_s,
                              u"+ +84 91"_s, u"Nguyễn 0912"_s}) {
        INFO(no.toStdString());
        CHECK_FALSE(PhoneNumbers::looksLikePhone(no));
    }
}

TEST_CASE("partialKey turns a number being typed into the key's form", "[phone][search]")
{
    CHECK(PhoneNumbers::partialKey(u"+84 91234") == u"091234"_s);
    CHECK(PhoneNumbers::partialKey(u"0084 91") == u"091"_s);
    CHECK(PhoneNumbers::partialKey(u"(+84) 09") == u"09"_s);
    CHECK(PhoneNumbers::partialKey(u"84 912") == u"0912"_s);
    CHECK(PhoneNumbers::partialKey(u"0912.345") == u"0912345"_s);
    CHECK(PhoneNumbers::partialKey(u"0162 345") == u"0162345"_s);         // unchanged until complete
    CHECK(PhoneNumbers::partialKey(u"0162 345 6789") == u"0323456789"_s); // complete: remapped
    CHECK(PhoneNumbers::partialKey(u"04 3825 1234") == u"02438251234"_s);
    CHECK(PhoneNumbers::partialKey(u"912 34") == u"91234"_s);          // no prefix: left as typed
    CHECK(PhoneNumbers::partialKey(u"912345678") == u"912345678"_s);   // 9 digits: still as typed
    CHECK(PhoneNumbers::partialKey(u"1623456789") == u"0323456789"_s); // 10 digits: a whole number
    CHECK(PhoneNumbers::partialKey(u"1800 12") == u"180012"_s);
    CHECK(PhoneNumbers::partialKey(u"+84 1800 12") == u"180012"_s);
    CHECK(PhoneNumbers::partialKey(u"+1 415") == u"1415"_s);
    CHECK(PhoneNumbers::partialKey(u"+1 415 555 0100") == u"14155550100"_s);
    CHECK(PhoneNumbers::partialKey(u"001 415") == u"1415"_s);
    CHECK(PhoneNumbers::partialKey(u"+84") == u"84"_s);
    CHECK(PhoneNumbers::partialKey(u"0084 ") == u"84"_s);
    CHECK(PhoneNumbers::partialKey(u"841623456789") == u"0323456789"_s);
    CHECK(PhoneNumbers::partialKey(u"849123456") == u"09123456"_s); // read as +84 while typing
    CHECK(PhoneNumbers::partialKey(u"") == QString());
}
