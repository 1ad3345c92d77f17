#include "text/Provinces.h"

#include "QtCatchPrinters.h"
#include "text/VietnameseText.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

// What a name looks like typed on a keyboard without a Vietnamese input method.
QString withoutDiacritics(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == QChar(0x0111) ? QChar(u'd') : c == QChar(0x0110) ? QChar(u'D') : c;
    }
    return out;
}

struct Merge
{
    QString old;
    QString now;
};

// docs/vietnam.md §5.2, written out here again so that a slip in the implementation's table shows.
const Merge Merges[] = {
    {u"Hà Giang"_s, u"Tuyên Quang"_s},      {u"Yên Bái"_s, u"Lào Cai"_s},
    {u"Bắc Kạn"_s, u"Thái Nguyên"_s},       {u"Vĩnh Phúc"_s, u"Phú Thọ"_s},
    {u"Hòa Bình"_s, u"Phú Thọ"_s},          {u"Bắc Giang"_s, u"Bắc Ninh"_s},
    {u"Thái Bình"_s, u"Hưng Yên"_s},        {u"Hải Dương"_s, u"Hải Phòng"_s},
    {u"Hà Nam"_s, u"Ninh Bình"_s},          {u"Nam Định"_s, u"Ninh Bình"_s},
    {u"Quảng Bình"_s, u"Quảng Trị"_s},      {u"Quảng Nam"_s, u"Đà Nẵng"_s},
    {u"Kon Tum"_s, u"Quảng Ngãi"_s},        {u"Bình Định"_s, u"Gia Lai"_s},
    {u"Phú Yên"_s, u"Đắk Lắk"_s},           {u"Ninh Thuận"_s, u"Khánh Hòa"_s},
    {u"Đắk Nông"_s, u"Lâm Đồng"_s},         {u"Bình Thuận"_s, u"Lâm Đồng"_s},
    {u"Bình Phước"_s, u"Đồng Nai"_s},       {u"Long An"_s, u"Tây Ninh"_s},
    {u"Bình Dương"_s, u"TP Hồ Chí Minh"_s}, {u"Bà Rịa–Vũng Tàu"_s, u"TP Hồ Chí Minh"_s},
    {u"Sóc Trăng"_s, u"Cần Thơ"_s},         {u"Hậu Giang"_s, u"Cần Thơ"_s},
    {u"Bến Tre"_s, u"Vĩnh Long"_s},         {u"Trà Vinh"_s, u"Vĩnh Long"_s},
    {u"Tiền Giang"_s, u"Đồng Tháp"_s},      {u"Bạc Liêu"_s, u"Cà Mau"_s},
    {u"Kiên Giang"_s, u"An Giang"_s},
};

const QStringList Unchanged = {u"Hà Nội"_s,  u"Huế"_s,      u"Lai Châu"_s,   u"Điện Biên"_s,
                               u"Sơn La"_s,  u"Lạng Sơn"_s, u"Quảng Ninh"_s, u"Thanh Hóa"_s,
                               u"Nghệ An"_s, u"Hà Tĩnh"_s,  u"Cao Bằng"_s};

} // namespace

TEST_CASE("the 34 provincial units", "[provinces]")
{
    const QStringList &all = Provinces::all();
    REQUIRE(all.size() == 34);
    CHECK(QSet<QString>(all.begin(), all.end()).size() == 34);
    CHECK(all.first() == u"Hà Nội"_s);
    CHECK(all.last() == u"Cà Mau"_s);
    for (const QString &city :
         {u"Hà Nội"_s, u"Huế"_s, u"Hải Phòng"_s, u"Đà Nẵng"_s, u"TP Hồ Chí Minh"_s, u"Cần Thơ"_s})
        CHECK(all.contains(city));
    for (const QString &name : Unchanged)
        CHECK(all.contains(name));
    // Every merged-into unit exists, and no merged-away province is still listed.
    for (const Merge &m : Merges) {
        CHECK(all.contains(m.now));
        CHECK_FALSE(all.contains(m.old));
    }
    // 11 unchanged + 23 that absorbed others.
    QSet<QString> absorbing;
    for (const Merge &m : Merges)
        absorbing.insert(m.now);
    CHECK(absorbing.size() == 23);
    CHECK(Unchanged.size() + absorbing.size() == 34);
    for (const QString &name : all)
        CHECK(name == name.normalized(QString::NormalizationForm_C));
}

TEST_CASE("every official name round-trips, with or without diacritics and designators", "[provinces]")
{
    for (const QString &name : Provinces::all()) {
        const QString bare = name.startsWith(u"TP "_s) ? name.mid(3) : name;
        const QString variants[] = {name,
                                    bare,
                                    withoutDiacritics(name),
                                    withoutDiacritics(bare),
                                    name.toUpper(),
                                    bare.toLower(),
                                    u"  "_s + bare + u"  "_s,
                                    u"Tỉnh "_s + bare,
                                    u"Thành phố "_s + bare,
                                    u"TP. "_s + bare,
                                    u"tp."_s + withoutDiacritics(bare),
                                    bare.normalized(QString::NormalizationForm_D),
                                    QString(bare).remove(u' ')};
        for (const QString &v : variants) {
            INFO(v.toStdString());
            CHECK(Provinces::canonical(v) == name);
        }
    }
}

TEST_CASE("every pre-2025 province maps to the unit it joined", "[provinces]")
{
    for (const Merge &m : Merges) {
        for (const QString &v :
             QStringList{m.old, withoutDiacritics(m.old), u"Tỉnh "_s + m.old, m.old.toUpper()}) {
            INFO(v.toStdString());
            CHECK(Provinces::canonical(v) == m.now);
        }
    }
}

TEST_CASE("short and colloquial forms", "[provinces]")
{
    const std::pair<QString, QString> cases[] = {
        {u"HCM"_s, u"TP Hồ Chí Minh"_s},
        {u"hcm"_s, u"TP Hồ Chí Minh"_s},
        {u"TPHCM"_s, u"TP Hồ Chí Minh"_s},
        {u"TP.HCM"_s, u"TP Hồ Chí Minh"_s},
        {u"Tp. HCM"_s, u"TP Hồ Chí Minh"_s},
        {u"T.P. Hồ Chí Minh"_s, u"TP Hồ Chí Minh"_s},
        {u"Sài Gòn"_s, u"TP Hồ Chí Minh"_s},
        {u"Sai Gon"_s, u"TP Hồ Chí Minh"_s},
        {u"saigon"_s, u"TP Hồ Chí Minh"_s},
        {u"Ho Chi Minh City"_s, u"TP Hồ Chí Minh"_s},
        {u"Vũng Tàu"_s, u"TP Hồ Chí Minh"_s},
        {u"Bà Rịa - Vũng Tàu"_s, u"TP Hồ Chí Minh"_s},
        {u"BR-VT"_s, u"TP Hồ Chí Minh"_s},
        {u"HN"_s, u"Hà Nội"_s},
        {u"Ha Noi"_s, u"Hà Nội"_s},
        {u"Hanoi"_s, u"Hà Nội"_s},
        {u"TP Hà Nội"_s, u"Hà Nội"_s},
        {u"Hà Tây"_s, u"Hà Nội"_s},
        {u"hue"_s, u"Huế"_s},
        {u"TP Huế"_s, u"Huế"_s},
        {u"Thừa Thiên Huế"_s, u"Huế"_s},
        {u"Thừa Thiên - Huế"_s, u"Huế"_s},
        {u"TT Huế"_s, u"Huế"_s},
        {u"Da Nang"_s, u"Đà Nẵng"_s},
        {u"Danang"_s, u"Đà Nẵng"_s},
        {u"Thanh Hoá"_s, u"Thanh Hóa"_s},
        {u"Khánh Hoà"_s, u"Khánh Hòa"_s},
        {u"Hoà Bình"_s, u"Phú Thọ"_s},
        {u"Đắc Lắc"_s, u"Đắk Lắk"_s},
        {u"Daklak"_s, u"Đắk Lắk"_s},
        {u"Bắc Cạn"_s, u"Thái Nguyên"_s},
        {u"Kontum"_s, u"Quảng Ngãi"_s},
        {u"Can Tho city"_s, u"Cần Thơ"_s},
        {u"Binh Duong province"_s, u"TP Hồ Chí Minh"_s},
    };
    for (const auto &[input, expected] : cases) {
        INFO(input.toStdString());
        CHECK(Provinces::canonical(input) == expected);
    }
}

TEST_CASE("an address names its province in its last part", "[provinces]")
{
    CHECK(Provinces::canonical(u"12 Lê Lợi, Quận 1, TP.HCM") == u"TP Hồ Chí Minh"_s);
    CHECK(Provinces::canonical(u"KCN VSIP, Thuận An, Bình Dương, Việt Nam") == u"TP Hồ Chí Minh"_s);
    CHECK(Provinces::canonical(u"Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội, VN") == u"Hà Nội"_s);
    // Only the last part counts: an earlier one is a street or a commune named after a place.
    CHECK(Provinces::canonical(u"Đường Hà Nội, Quận 9") == QString());
    CHECK(Provinces::canonical(u"12 Lê Lợi, Quận 1") == QString());
}

TEST_CASE("what is not a province", "[provinces]")
{
    for (const QString &v : {u""_s, u"   "_s, u"DN"_s, u"dn"_s, u"Paris"_s, u"Quận 1"_s, u"TP"_s, u"Tỉnh"_s,
                             u"Việt Nam"_s, u"Nam"_s, u"Bình"_s, u"Hà"_s}) {
        INFO(v.toStdString());
        CHECK(Provinces::canonical(v) == QString());
    }
}
