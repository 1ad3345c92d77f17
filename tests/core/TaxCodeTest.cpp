#include "text/TaxCode.h"

#include "QtCatchPrinters.h"

#include <catch2/catch.hpp>
#include <random>

using namespace Qt::StringLiterals;

namespace Catch {
template <> struct StringMaker<TaxCodeStatus>
{
    static std::string convert(TaxCodeStatus s)
    {
        switch (s) {
        case TaxCodeStatus::Valid:
            return "Valid";
        case TaxCodeStatus::Empty:
            return "Empty";
        case TaxCodeStatus::BadFormat:
            return "BadFormat";
        case TaxCodeStatus::BadCheckDigit:
            return "BadCheckDigit";
        case TaxCodeStatus::BadSequence:
            return "BadSequence";
        }
        return "?";
    }
};
} // namespace Catch

namespace {

const QString KnownValid[] = {u"0100233488"_s, u"0314409058"_s, u"0100109106"_s, u"0100112437"_s,
                              u"0312687878"_s};

struct Case
{
    QString input;
    TaxCodeStatus status;
    QString normalized;
};

} // namespace

TEST_CASE("published tax codes are valid", "[taxcode]")
{
    for (const QString &code : KnownValid) {
        INFO(code.toStdString());
        const TaxCodeCheck c = TaxCode::check(code);
        CHECK(c.status == TaxCodeStatus::Valid);
        CHECK(c.isValid());
        CHECK(c.normalized == code);
    }
}

TEST_CASE("tax code formats and failures", "[taxcode]")
{
    const Case cases[] = {
        {u"0100233480"_s, TaxCodeStatus::BadCheckDigit, u"0100233480"_s},
        {u"0100233488-001"_s, TaxCodeStatus::Valid, u"0100233488-001"_s},
        {u"0100233488001"_s, TaxCodeStatus::Valid, u"0100233488-001"_s},
        {u"0100233488 - 001"_s, TaxCodeStatus::Valid, u"0100233488-001"_s},
        {u"0100 233 488"_s, TaxCodeStatus::Valid, u"0100233488"_s},
        {u"  0100.233.488  "_s, TaxCodeStatus::Valid, u"0100233488"_s},
        {u"０１００２３３４８８"_s, TaxCodeStatus::Valid, u"0100233488"_s},
        {u"0100233480-001"_s, TaxCodeStatus::BadCheckDigit, u"0100233480-001"_s},
        {u"0100233488-000"_s, TaxCodeStatus::BadSequence, u"0100233488-000"_s},
        // N1N2 = 01, N3..N9 all zero, and 3 is even the right check digit for that.
        {u"0100000003"_s, TaxCodeStatus::BadSequence, u"0100000003"_s},
        {u"001085012345"_s, TaxCodeStatus::Valid, u"001085012345"_s}, // personal identification number
        {u"001 085 012 345"_s, TaxCodeStatus::Valid, u"001085012345"_s},
        {u""_s, TaxCodeStatus::Empty, QString()},
        {u"   "_s, TaxCodeStatus::Empty, QString()},
        {u"010023348"_s, TaxCodeStatus::BadFormat, QString()},      // 9 digits
        {u"01002334881"_s, TaxCodeStatus::BadFormat, QString()},    // 11
        {u"01002334880011"_s, TaxCodeStatus::BadFormat, QString()}, // 14
        {u"0100233488-01"_s, TaxCodeStatus::BadFormat, QString()},  // 12 with a dash is not a CCCD…
        {u"01002334AB"_s, TaxCodeStatus::BadFormat, QString()},
        {u"MST 0100233488"_s, TaxCodeStatus::BadFormat, QString()},
        {u"0100233488/001"_s, TaxCodeStatus::BadFormat, QString()},
    };
    for (const Case &c : cases) {
        INFO(c.input.toStdString());
        const TaxCodeCheck result = TaxCode::check(c.input);
        CHECK(result.status == c.status);
        CHECK(result.normalized == c.normalized);
        CHECK(result.isValid() == (c.status == TaxCodeStatus::Valid));
    }
}

TEST_CASE("every single-digit typo in a tax code is caught", "[taxcode]")
{
    // The weights are all non-zero modulo 11, a prime, so changing one digit always changes the sum.
    for (const QString &code : KnownValid) {
        for (qsizetype pos = 0; pos < code.size(); ++pos) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (code.at(pos) == QChar(d))
                    continue;
                QString typo = code;
                typo[pos] = QChar(d);
                INFO(typo.toStdString());
                CHECK_FALSE(TaxCode::check(typo).isValid());
            }
        }
    }
}

TEST_CASE("each prefix has exactly one check digit, or none when the remainder is 0", "[taxcode]")
{
    std::mt19937 rng(105);
    int prefixesWithoutDigit = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString prefix = QString::number(10000000 + rng() % 90000000).prepend(u'0');
        REQUIRE(prefix.size() == 9);
        int validDigits = 0;
        for (int d = 0; d <= 9; ++d)
            validDigits += TaxCode::check(QString(prefix + QString::number(d))).isValid() ? 1 : 0;
        const int weights[] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        int sum = 0;
        for (int k = 0; k < 9; ++k)
            sum += weights[k] * prefix.at(k).digitValue();
        INFO(prefix.toStdString());
        CHECK(validDigits == (sum % 11 == 0 ? 0 : 1));
        prefixesWithoutDigit += sum % 11 == 0 ? 1 : 0;
    }
    CHECK(prefixesWithoutDigit > 0); // the "remainder 0" branch was exercised
}
