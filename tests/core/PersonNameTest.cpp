#include "text/PersonName.h"

#include "QtCatchPrinters.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <random>

using namespace Qt::StringLiterals;

namespace {

int sign(int v)
{
    return (v > 0) - (v < 0);
}

int memcmpSign(const QByteArray &a, const QByteArray &b)
{
    const int c = std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    if (c != 0)
        return sign(c);
    return sign(int(a.size() > b.size()) - int(a.size() < b.size()));
}

// docs/vietnam.md §3.3: by given name, then family name, then middle name, Vietnamese alphabet.
const QStringList DocumentedOrder = {
    u"Lê Văn An"_s,    u"Nguyễn Văn An"_s,  u"Trần An"_s,       u"Đặng Văn Anh"_s,
    u"Vũ Thị Ánh"_s,   u"Trần Thị Bình"_s,  u"Ngô Bảo Châu"_s,  u"Bùi Thị Dung"_s,
    u"Đỗ Hùng Dũng"_s, u"Hoàng Anh Dũng"_s, u"Phạm Minh Đức"_s, u"Nguyễn Thị Yến"_s,
};

std::vector<PersonName> splitAll(const QStringList &names)
{
    std::vector<PersonName> result;
    for (const QString &n : names)
        result.push_back(PersonName::split(n));
    return result;
}

QStringList fullNames(const std::vector<PersonName> &names)
{
    QStringList result;
    for (const PersonName &n : names)
        result.append(n.fullName());
    return result;
}

} // namespace

TEST_CASE("split takes the first word as family and the last as given name", "[name]")
{
    const PersonName usual = PersonName::split(u"Nguyễn Văn An"_s);
    CHECK(usual.family == u"Nguyễn"_s);
    CHECK(usual.middle == u"Văn"_s);
    CHECK(usual.given == u"An"_s);

    const PersonName noMiddle = PersonName::split(u"Nguyễn Trãi"_s);
    CHECK(noMiddle.family == u"Nguyễn"_s);
    CHECK(noMiddle.middle.isEmpty());
    CHECK(noMiddle.given == u"Trãi"_s);

    const PersonName twoMiddles = PersonName::split(u"Phan Thị Kim Phúc"_s);
    CHECK(twoMiddles.family == u"Phan"_s);
    CHECK(twoMiddles.middle == u"Thị Kim"_s);
    CHECK(twoMiddles.given == u"Phúc"_s);

    const PersonName single = PersonName::split(u"An"_s);
    CHECK(single.family.isEmpty());
    CHECK(single.middle.isEmpty());
    CHECK(single.given == u"An"_s);

    const PersonName spaced = PersonName::split(u"  Trần \t Thị   Bình  "_s);
    CHECK(spaced.family == u"Trần"_s);
    CHECK(spaced.middle == u"Thị"_s);
    CHECK(spaced.given == u"Bình"_s);
    CHECK(spaced.fullName() == u"Trần Thị Bình"_s);

    const PersonName empty = PersonName::split(u"   "_s);
    CHECK(empty.family.isEmpty());
    CHECK(empty.middle.isEmpty());
    CHECK(empty.given.isEmpty());
    CHECK(empty.fullName().isEmpty());

    // Decomposed input is stored composed.
    const PersonName decomposed =
        PersonName::split(u"Đỗ Hùng Dũng"_s.normalized(QString::NormalizationForm_D));
    CHECK(decomposed.given == u"Dũng"_s);
    CHECK(decomposed.given.size() == 4);
}

TEST_CASE("fullName puts the parts back in Vietnamese order", "[name]")
{
    for (const QString &name : DocumentedOrder + QStringList{u"An"_s, u"Phan Thị Kim Phúc"_s})
        CHECK(PersonName::split(name).fullName() == name);
    PersonName manual;
    manual.family = u"Nguyễn Phạm"_s; // a dual family name the user corrected by hand
    manual.given = u"Khánh"_s;
    CHECK(manual.fullName() == u"Nguyễn Phạm Khánh"_s);
}

TEST_CASE("compareByGivenName reproduces the documented order from any shuffle", "[name][sort]")
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::vector<PersonName> names = splitAll(DocumentedOrder);
        std::shuffle(names.begin(), names.end(), std::mt19937(seed));
        std::sort(names.begin(), names.end(), [](const PersonName &a, const PersonName &b) {
            return PersonName::compareByGivenName(a, b) < 0;
        });
        CHECK(fullNames(names) == DocumentedOrder);
    }
}

TEST_CASE("sortKey orders like compareByGivenName", "[name][sort]")
{
    for (unsigned seed = 1; seed <= 5; ++seed) {
        std::vector<PersonName> names = splitAll(DocumentedOrder);
        std::shuffle(names.begin(), names.end(), std::mt19937(seed));
        std::sort(names.begin(), names.end(), [](const PersonName &a, const PersonName &b) {
            return memcmpSign(a.sortKey(), b.sortKey()) < 0;
        });
        CHECK(fullNames(names) == DocumentedOrder);
    }

    // Generated names, with the cases that make byte keys go wrong: a part that is a prefix of another
    // (An/Anh), tone-only and case-only differences, old and new tone placement, decomposed text,
    // empty middle names, single-word names and đ.
    const QStringList families = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s,   u"Hoàng"_s,
                                  u"Huỳnh"_s,  u"Vũ"_s,   u"Võ"_s, u"Đặng"_s,   u"Đỗ"_s,
                                  u"Dương"_s,  u"Ngô"_s,  u"Lý"_s, u"NGUYỄN"_s, u"Âu"_s};
    const QStringList middles = {u""_s,    u""_s,     u"Văn"_s, u"Thị"_s, u"Thị Kim"_s,
                                 u"Hữu"_s, u"Minh"_s, u"Bảo"_s, u"Đức"_s, u"Anh"_s};
    const QStringList givens = {u"An"_s,   u"Anh"_s,  u"Ánh"_s,  u"Ân"_s,   u"Ăn"_s,   u"AN"_s,
                                u"an"_s,   u"Bình"_s, u"Châu"_s, u"Dung"_s, u"Dũng"_s, u"Duy"_s,
                                u"Đức"_s,  u"Đạt"_s,  u"Hoà"_s,  u"Hòa"_s,  u"Hoa"_s,  u"Thuỷ"_s,
                                u"Thủy"_s, u"Yến"_s,  u"Ý"_s,    u"Uyên"_s, u"Ưng"_s,  u"Ơn"_s};
    std::mt19937 rng(2025);
    std::vector<PersonName> names;
    for (int i = 0; i < 300; ++i) {
        PersonName n;
        if (rng() % 10 != 0)
            n.family = families.at(qsizetype(rng() % quint32(families.size())));
        if (!n.family.isEmpty())
            n.middle = middles.at(qsizetype(rng() % quint32(middles.size())));
        n.given = givens.at(qsizetype(rng() % quint32(givens.size())));
        if (rng() % 7 == 0) {
            n.given = n.given.normalized(QString::NormalizationForm_D);
            n.family = n.family.normalized(QString::NormalizationForm_D);
        }
        names.push_back(n);
    }
    std::vector<QByteArray> keys;
    for (const PersonName &n : names)
        keys.push_back(n.sortKey());

    int mismatches = 0;
    int ties = 0;
    for (size_t i = 0; i < names.size(); ++i) {
        for (size_t j = i + 1; j < names.size(); ++j) {
            const int expected = sign(PersonName::compareByGivenName(names[i], names[j]));
            ties += expected == 0 ? 1 : 0;
            if (memcmpSign(keys[i], keys[j]) != expected) {
                ++mismatches;
                UNSCOPED_INFO(names[i].fullName().toStdString()
                              << " vs " << names[j].fullName().toStdString());
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(ties > 0); // identical names, also in different normal forms, were compared
}

TEST_CASE("sortKey is three terminated ICU keys", "[name][sort]")
{
    // ICU keys separate their levels with 0x01 and end with 0x00, so one part's key is hardly ever a
    // strict prefix of another's and the order tests above cannot see a missing terminator; without it
    // a prefix key would run into the next part's bytes. Check the structure itself.
    for (const QString &name : {u"Nguyễn Văn An"_s, u"An"_s, u"Trần Anh"_s, u""_s}) {
        INFO(name.toStdString());
        const QByteArray key = PersonName::split(name).sortKey();
        CHECK(key.count('\0') == 3);
        CHECK(key.endsWith('\0'));
    }
    PersonName onlyGiven;
    onlyGiven.given = u"An"_s;
    PersonName withFamily = onlyGiven;
    withFamily.family = u"Lê"_s;
    const QByteArray a = onlyGiven.sortKey();
    const QByteArray b = withFamily.sortKey();
    const qsizetype givenEnd = a.indexOf('\0');
    REQUIRE(givenEnd > 0);
    CHECK(a.left(givenEnd + 1) == b.left(givenEnd + 1)); // the given name's key comes first, terminated
    CHECK(memcmpSign(a, b) < 0);                         // and an empty family name sorts first
}

TEST_CASE("sorting details of the Vietnamese alphabet", "[name][sort]")
{
    const auto less = [](const QString &a, const QString &b) {
        PersonName x = PersonName::split(a);
        PersonName y = PersonName::split(b);
        return PersonName::compareByGivenName(x, y) < 0 && memcmpSign(x.sortKey(), y.sortKey()) < 0;
    };
    CHECK(less(u"An"_s, u"Anh"_s));             // a prefix sorts first
    CHECK(less(u"Anh"_s, u"Ánh"_s));            // then tone
    CHECK(less(u"Ánh"_s, u"Ăn"_s));             // ă is a letter after a
    CHECK(less(u"Duy"_s, u"Đức"_s));            // đ is a letter after d, not a d with a stroke
    CHECK(less(u"Trần Thị An"_s, u"Lê Anh"_s)); // the given name decides before the family name
    CHECK(less(u"Lê An"_s, u"Lê Văn An"_s));    // an empty middle name sorts first

    const PersonName composed = PersonName::split(u"Nguyễn Thị Yến"_s);
    PersonName decomposed = composed;
    decomposed.given = composed.given.normalized(QString::NormalizationForm_D);
    CHECK(PersonName::compareByGivenName(composed, decomposed) == 0);
    CHECK(composed.sortKey() == decomposed.sortKey());
}

TEST_CASE("fullNameSortKey sorts A–Z by the name as written, family name first", "[name][sort]")
{
    const auto azLess = [](const QString &a, const QString &b) {
        return memcmpSign(PersonName::split(a).fullNameSortKey(), PersonName::split(b).fullNameSortKey()) < 0;
    };
    // A–Z reads the family name first: Đặng before Nguyễn, where the tên order puts An before Bình.
    CHECK(azLess(u"Đặng Văn Bình"_s, u"Nguyễn Văn An"_s));
    CHECK(PersonName::compareByGivenName(PersonName::split(u"Nguyễn Văn An"_s),
                                         PersonName::split(u"Đặng Văn Bình"_s)) < 0);
    CHECK(azLess(u"Dương Văn Z"_s, u"Đặng Văn A"_s)); // đ is a letter after d
    CHECK(azLess(u"Duy An"_s, u"Đàm An"_s));
    CHECK(azLess(u"Lê An"_s, u"Lê Anh"_s));          // a prefix sorts first
    CHECK(azLess(u"Lê Văn A"_s, u"Lễ Văn B"_s));     // letters decide before tones…
    CHECK(azLess(u"Lễ Văn A"_s, u"Lê Văn B"_s));     // …across the whole name, as QCollator compares
    CHECK(azLess(u"Anh Văn An"_s, u"Ánh Văn An"_s)); // and tones only between otherwise equal names

    const PersonName composed = PersonName::split(u"Nguyễn Thị Yến"_s);
    PersonName decomposed = composed;
    decomposed.family = composed.family.normalized(QString::NormalizationForm_D);
    CHECK(composed.fullNameSortKey() == decomposed.fullNameSortKey());
    CHECK(memcmpSign(PersonName().fullNameSortKey(), composed.fullNameSortKey()) < 0); // no name first
}

TEST_CASE("fullNameSortKey orders like QCollator(vi_VN) comparing the full names", "[name][sort]")
{
    const QStringList families = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Lễ"_s, u"Đặng"_s,  u"Dương"_s,
                                  u"Đỗ"_s,     u"Do"_s,   u"Âu"_s, u"Ân"_s, u"NGUYỄN"_s};
    const QStringList middles = {u""_s, u"Văn"_s, u"Thị"_s, u"Thị Kim"_s, u"Hữu"_s, u"Anh"_s};
    const QStringList givens = {u"An"_s,   u"Anh"_s, u"Ánh"_s, u"Ân"_s,  u"AN"_s,  u"an"_s,   u"Bình"_s,
                                u"Dũng"_s, u"Duy"_s, u"Đức"_s, u"Hoà"_s, u"Hòa"_s, u"Thuỷ"_s, u"Ưng"_s};
    std::mt19937 rng(7);
    std::vector<PersonName> names;
    for (int i = 0; i < 250; ++i) {
        PersonName n;
        if (rng() % 10 != 0)
            n.family = families.at(qsizetype(rng() % quint32(families.size())));
        if (!n.family.isEmpty())
            n.middle = middles.at(qsizetype(rng() % quint32(middles.size())));
        n.given = givens.at(qsizetype(rng() % quint32(givens.size())));
        if (rng() % 7 == 0)
            n.family = n.family.normalized(QString::NormalizationForm_D);
        names.push_back(n);
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    int mismatches = 0;
    for (size_t i = 0; i < names.size(); ++i) {
        const QByteArray a = names[i].fullNameSortKey();
        for (size_t j = i + 1; j < names.size(); ++j) {
            const int expected = sign(collator.compare(names[i].fullName(), names[j].fullName()));
            if (memcmpSign(a, names[j].fullNameSortKey()) != expected) {
                ++mismatches;
                UNSCOPED_INFO(names[i].fullName().toStdString()
                              << " vs " << names[j].fullName().toStdString());
            }
        }
    }
    CHECK(mismatches == 0);
}
