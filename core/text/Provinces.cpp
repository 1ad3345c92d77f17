#include "text/Provinces.h"

#include "text/VietnameseText.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace {

// QĐ 19/2025/QĐ-TTg order (codes 01 Hà Nội … 96 Cà Mau). The six centrally-run cities carry no "TP"
// except Hồ Chí Minh, whose bare name reads as the person rather than the city.
constexpr auto Units = std::to_array<QStringView>({
    u"Hà Nội",      u"Cao Bằng",  u"Tuyên Quang", u"Điện Biên", u"Lai Châu",  u"Sơn La",    u"Lào Cai",
    u"Thái Nguyên", u"Lạng Sơn",  u"Quảng Ninh",  u"Bắc Ninh",  u"Phú Thọ",   u"Hải Phòng", u"Hưng Yên",
    u"Ninh Bình",   u"Thanh Hóa", u"Nghệ An",     u"Hà Tĩnh",   u"Quảng Trị", u"Huế",       u"Đà Nẵng",
    u"Quảng Ngãi",  u"Gia Lai",   u"Khánh Hòa",   u"Đắk Lắk",   u"Lâm Đồng",  u"Đồng Nai",  u"TP Hồ Chí Minh",
    u"Tây Ninh",    u"Đồng Tháp", u"Vĩnh Long",   u"An Giang",  u"Cần Thơ",   u"Cà Mau",
});
static_assert(Units.size() == 34);

struct Alias
{
    QStringView text;
    QStringView unit;
};

// Resolution 202/2025/QH15 (docs/vietnam.md §5.2): every pre-2025 province that no longer exists,
// with the unit it became part of. Old records and customers' documents keep these names for years.
constexpr auto MergedProvinces = std::to_array<Alias>({
    {u"Hà Giang", u"Tuyên Quang"},      {u"Yên Bái", u"Lào Cai"},
    {u"Bắc Kạn", u"Thái Nguyên"},       {u"Vĩnh Phúc", u"Phú Thọ"},
    {u"Hòa Bình", u"Phú Thọ"},          {u"Bắc Giang", u"Bắc Ninh"},
    {u"Thái Bình", u"Hưng Yên"},        {u"Hải Dương", u"Hải Phòng"},
    {u"Hà Nam", u"Ninh Bình"},          {u"Nam Định", u"Ninh Bình"},
    {u"Quảng Bình", u"Quảng Trị"},      {u"Quảng Nam", u"Đà Nẵng"},
    {u"Kon Tum", u"Quảng Ngãi"},        {u"Bình Định", u"Gia Lai"},
    {u"Phú Yên", u"Đắk Lắk"},           {u"Ninh Thuận", u"Khánh Hòa"},
    {u"Đắk Nông", u"Lâm Đồng"},         {u"Bình Thuận", u"Lâm Đồng"},
    {u"Bình Phước", u"Đồng Nai"},       {u"Long An", u"Tây Ninh"},
    {u"Bình Dương", u"TP Hồ Chí Minh"}, {u"Bà Rịa–Vũng Tàu", u"TP Hồ Chí Minh"},
    {u"Sóc Trăng", u"Cần Thơ"},         {u"Hậu Giang", u"Cần Thơ"},
    {u"Bến Tre", u"Vĩnh Long"},         {u"Trà Vinh", u"Vĩnh Long"},
    {u"Tiền Giang", u"Đồng Tháp"},      {u"Bạc Liêu", u"Cà Mau"},
    {u"Kiên Giang", u"An Giang"},
});
static_assert(MergedProvinces.size() == 29); // 63 before the reform, 34 after

// What people write instead of the official name. "DN" is left out on purpose: Đà Nẵng, Đồng Nai and
// Đắk Nông all claim it.
constexpr auto ShortForms = std::to_array<Alias>({
    {u"HN", u"Hà Nội"},
    {u"Hà Tây", u"Hà Nội"}, // merged into Hà Nội in 2008, still on old ID cards
    {u"Thừa Thiên Huế", u"Huế"},
    {u"TT Huế", u"Huế"},
    {u"HCM", u"TP Hồ Chí Minh"},
    {u"TPHCM", u"TP Hồ Chí Minh"},
    {u"HCMC", u"TP Hồ Chí Minh"},
    {u"Sài Gòn", u"TP Hồ Chí Minh"},
    {u"Vũng Tàu", u"TP Hồ Chí Minh"},
    {u"Bà Rịa", u"TP Hồ Chí Minh"},
    {u"BRVT", u"TP Hồ Chí Minh"},
    {u"Đắc Lắc", u"Đắk Lắk"},
    {u"Đắk Lắc", u"Đắk Lắk"},
    {u"Đắc Lắk", u"Đắk Lắk"},
    {u"Đắc Nông", u"Lâm Đồng"},
    {u"Bắc Cạn", u"Thái Nguyên"},
});

// Folded words joined without spaces, so that "Hà Nội", "HA NOI", "Hanoi" and "ha-noi" meet, and without
// the designators people put in front ("TP.", "Thành phố", "Tỉnh") or behind ("City", "Province").
QString lookupKey(QStringView text)
{
    QStringList words = VietnameseText::foldedTokens(text);
    const auto startsWith = [&words](QStringView first, QStringView second) {
        return words.size() >= 2 && words.at(0) == first && words.at(1) == second;
    };
    if (startsWith(u"thanh", u"pho") || startsWith(u"t", u"p"))
        words.remove(0, 2);
    else if (!words.isEmpty() && (words.first() == u"tp" || words.first() == u"tinh"))
        words.removeFirst();
    if (!words.isEmpty() && (words.last() == u"city" || words.last() == u"province"))
        words.removeLast();
    return words.join(QString());
}

const QHash<QString, qsizetype> &lookupTable()
{
    static const QHash<QString, qsizetype> table = [] {
        QHash<QString, qsizetype> t;
        for (qsizetype i = 0; i < qsizetype(Units.size()); ++i)
            t.insert(lookupKey(Units[std::size_t(i)]), i);
        const auto addAliases = [&t](const auto &aliases) {
            for (const Alias &alias : aliases) {
                const auto it = std::find(Units.begin(), Units.end(), alias.unit);
                Q_ASSERT(it != Units.end());
                t.insert(lookupKey(alias.text), it - Units.begin());
            }
        };
        addAliases(MergedProvinces);
        addAliases(ShortForms);
        return t;
    }();
    return table;
}

qsizetype find(QStringView text)
{
    return lookupTable().value(lookupKey(text), -1);
}

} // namespace

const QStringList &Provinces::all()
{
    static const QStringList names = [] {
        QStringList list;
        list.reserve(qsizetype(Units.size()));
        for (const QStringView name : Units)
            list.append(name.toString());
        return list;
    }();
    return names;
}

QString Provinces::canonical(QStringView input)
{
    qsizetype index = find(input);
    // An address pasted whole ("12 Lê Lợi, Quận 1, TP.HCM, Việt Nam") names its province last.
    if (index < 0 && input.contains(u',')) {
        const QList<QStringView> parts = input.split(u',');
        for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
            const QString key = lookupKey(*it);
            if (key.isEmpty() || key == u"vietnam" || key == u"vn")
                continue;
            index = lookupTable().value(key, -1);
            break;
        }
    }
    return index < 0 ? QString() : all().at(index);
}
