#include "text/VietnameseText.h"

#include "QtCatchPrinters.h"

#include <catch2/catch.hpp>
#include <random>

using namespace Qt::StringLiterals;

namespace {

// The definition from docs/vietnam.md §3.2, written out independently of the table-driven code so that
// the two can be compared.
QString referenceFold(const QString &in)
{
    const QString nfd = in.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) {
            out += u'd';
            continue;
        }
        out += c;
    }
    return out.toCaseFolded().simplified();
}

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

} // namespace

TEST_CASE("fold gives the documented search keys", "[text][fold]")
{
    CHECK(VietnameseText::fold(u"Nguyễn Văn Đức") == u"nguyen van duc"_s);
    CHECK(VietnameseText::fold(u"Nguyễn Văn Dũng") == u"nguyen van dung"_s);
    CHECK(VietnameseText::fold(u"ĐẶNG THỊ ĐÀO") == u"dang thi dao"_s);
    CHECK(VietnameseText::fold(u"Phạm Thùy Dương") == u"pham thuy duong"_s);
    CHECK(VietnameseText::fold(u"Công ty TNHH Sen Việt") == u"cong ty tnhh sen viet"_s);
    CHECK(VietnameseText::fold(u"") == QString());
    CHECK(VietnameseText::fold(u"Hello World 123") == u"hello world 123"_s);
}

TEST_CASE("fold unifies spellings that differ even after NFC", "[text][fold]")
{
    // Old and new tone placement are different code points in NFC; only the folded key matches them.
    REQUIRE(u"Hoà"_s.normalized(QString::NormalizationForm_C) !=
            u"Hòa"_s.normalized(QString::NormalizationForm_C));
    CHECK(VietnameseText::fold(u"Hoà") == u"hoa"_s);
    CHECK(VietnameseText::fold(u"Hòa") == u"hoa"_s);
    CHECK(VietnameseText::fold(u"Thuỷ") == VietnameseText::fold(u"Thủy"));
    // Text typed on macOS or pasted from PDFs arrives decomposed.
    CHECK(VietnameseText::fold(nfd(u"Nguyễn Thị Ánh"_s)) == u"nguyen thi anh"_s);
    CHECK(VietnameseText::fold(u"đ Đ") == u"d d"_s);
}

TEST_CASE("fold simplifies whitespace of every kind", "[text][fold]")
{
    CHECK(VietnameseText::fold(u"  Nguyễn\t\tVăn \n Đức  ") == u"nguyen van duc"_s);
    CHECK(VietnameseText::fold(u"Lê\u00A0Lợi") == u"le loi"_s);       // no-break space
    CHECK(VietnameseText::fold(u"Lê\u2003\u3000Lợi") == u"le loi"_s); // em space, ideographic space
    CHECK(VietnameseText::fold(u"   ") == QString());
    // A lone combining mark between spaces must not leave a double space behind.
    CHECK(VietnameseText::fold(u"a \u0301 b") == u"a b"_s);
}

TEST_CASE("fold handles text outside the fast table like the reference", "[text][fold]")
{
    const QString samples[] = {
        u"Công ty 株式会社 Sen"_s,  // CJK
        u"Kim 김민준"_s,            // Hangul decomposes algorithmically
        u"Straße İstanbul ŉ"_s,     // special case foldings
        u"Ẹ̀ 😀 Đỗ"_s,                // supplementary plane
        u"ΆΣΟΣ Ёлка"_s,             // Greek and Cyrillic with marks
        QString(QChar(0)) + u"x"_s, // NUL is not whitespace
    };
    for (const QString &s : samples) {
        INFO(s.toStdString());
        CHECK(VietnameseText::fold(s) == referenceFold(s));
    }
}

TEST_CASE("fold agrees with the reference for every BMP code point", "[text][fold]")
{
    // Each character between letters and around spaces, so that dropping, collapsing and case folding
    // are all exercised at the table boundary and beyond it.
    int mismatches = 0;
    for (char32_t cp = 0; cp <= 0xFFFF; ++cp) {
        const QChar c(static_cast<char16_t>(cp));
        const QString s = u"Ab"_s + c + u" x "_s + c + c + u"Đ"_s;
        const QString folded = VietnameseText::fold(s);
        const QString expected = referenceFold(s);
        if (folded != expected && ++mismatches <= 10) {
            INFO("code point " << std::hex << unsigned(cp));
            CHECK(folded == expected);
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("fold agrees with the reference on random mixed text", "[text][fold]")
{
    const QString alphabet = u"aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
                             u"pqrstuùúủũụưừứửữựvxyỳýỷỹỵAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÊỀẾỂỄỆÔỒỐỔỖỘƠỜỚỞỠỢƯỪỨỬỮỰ"
                             u"0123456789 \t\n\u00A0.,-()'@"
                             u"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B"
                             u"ßİŉΣσςЁё株김"_s;
    std::mt19937 rng(20250701);
    for (int i = 0; i < 5000; ++i) {
        QString s;
        const int length = int(rng() % 40);
        for (int j = 0; j < length; ++j)
            s += alphabet.at(qsizetype(rng() % quint32(alphabet.size())));
        if (rng() % 4 == 0)
            s = nfd(s);
        INFO(s.toStdString());
        REQUIRE(VietnameseText::fold(s) == referenceFold(s));
    }
}

TEST_CASE("foldedTokens splits into runs of letters and digits", "[text][fold]")
{
    CHECK(VietnameseText::foldedTokens(u"Công ty TNHH Sen-Việt (SVC), năm 2024!") ==
          QStringList{u"cong"_s, u"ty"_s, u"tnhh"_s, u"sen"_s, u"viet"_s, u"svc"_s, u"nam"_s, u"2024"_s});
    CHECK(VietnameseText::foldedTokens(u"O'Brien") == QStringList{u"o"_s, u"brien"_s});
    CHECK(VietnameseText::foldedTokens(u"Đỗ") == QStringList{u"do"_s});
    CHECK(VietnameseText::foldedTokens(u"  ...  ").isEmpty());
    CHECK(VietnameseText::foldedTokens(u"").isEmpty());
    // A letter outside the BMP is one letter, not two broken surrogates that end a word.
    CHECK(VietnameseText::foldedTokens(u"a𠀀b c") == QStringList{u"a𠀀b"_s, u"c"_s});
}

TEST_CASE("clean normalises to NFC and collapses spaces but keeps paragraphs", "[text][clean]")
{
    const QString composed = u"Nguyễn Văn Đức"_s;
    CHECK(VietnameseText::clean(u"  Nguyễn   Văn\tĐức  "_s) == composed);
    const QString cleaned = VietnameseText::clean(nfd(composed));
    CHECK(cleaned == composed);
    CHECK(cleaned.size() == composed.size());

    CHECK(VietnameseText::clean(u"Dòng 1  \r\n  Dòng 2\r\rDòng 3"_s) == u"Dòng 1\nDòng 2\n\nDòng 3"_s);
    CHECK(VietnameseText::clean(u"\n\n  Gọi lại  \n\n"_s) == u"Gọi lại"_s);
    CHECK(VietnameseText::clean(u"Đoạn 1\n\nĐoạn 2"_s) == u"Đoạn 1\n\nĐoạn 2"_s);
    CHECK(VietnameseText::clean(u"Lê\u00A0\u00A0Lợi"_s) == u"Lê Lợi"_s);
    CHECK(VietnameseText::clean(u"\uFEFFSen CRM"_s) == u"Sen CRM"_s);
    CHECK(VietnameseText::clean(u"a\u0001b\u007Fc"_s) == u"abc"_s);
    CHECK(VietnameseText::clean(u""_s) == QString());
    CHECK(VietnameseText::clean(u" \t \n "_s) == QString());
}

TEST_CASE("clean is idempotent and fold of clean text equals fold of the raw text", "[text][clean]")
{
    const QString samples[] = {u"  Hoà   Bình \r\n"_s, nfd(u" Thủy  Tiên"_s), u"a\n\n\nb"_s, u"\tx\ty\t"_s};
    for (const QString &s : samples) {
        const QString once = VietnameseText::clean(s);
        CHECK(VietnameseText::clean(once) == once);
        CHECK(VietnameseText::fold(once) == VietnameseText::fold(s));
    }
}
