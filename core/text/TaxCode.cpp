#include "text/TaxCode.h"

#include <array>

namespace {

constexpr std::array<int, 9> Weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};

// python-stdnum's vn.mst rule; a remainder of 0 asks for a check digit of 10, which cannot be
// written, so no code with that prefix is valid.
bool hasValidCheckDigit(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i)
        sum += Weights[static_cast<std::size_t>(i)] * digits.at(i).digitValue();
    const int expected = 10 - sum % 11;
    return expected < 10 && digits.at(9).digitValue() == expected;
}

bool allZero(QStringView digits)
{
    for (const QChar c : digits) {
        if (c != u'0')
            return false;
    }
    return true;
}

} // namespace

TaxCodeCheck TaxCode::check(QStringView input)
{
    QString digits;
    digits.reserve(input.size());
    bool dash = false;
    for (const QChar c : input) {
        if (c.isDigit()) // full-width digits come from some Vietnamese input methods
            digits += QChar(u'0' + c.digitValue());
        else if (c.category() == QChar::Punctuation_Dash)
            dash = true;
        else if (!(c.isSpace() || c == u'.'))
            return {TaxCodeStatus::BadFormat, {}};
    }
    if (digits.isEmpty())
        return {TaxCodeStatus::Empty, {}};

    // Since July 2025 an individual's tax code is the personal identification number, which has no
    // check digit of its own that we could verify.
    // A dash only ever separates a branch suffix, so "0100233488-01" is a mistyped branch code.
    if (digits.size() == 12)
        return dash ? TaxCodeCheck{TaxCodeStatus::BadFormat, {}} : TaxCodeCheck{TaxCodeStatus::Valid, digits};
    if (digits.size() != 10 && digits.size() != 13)
        return {TaxCodeStatus::BadFormat, {}};

    const QStringView code = QStringView(digits).left(10);
    const QStringView branch = QStringView(digits).mid(10);
    const QString normalized = branch.isEmpty() ? code.toString() : code + u'-' + branch;
    if (allZero(code.mid(2, 7)) || (!branch.isEmpty() && allZero(branch)))
        return {TaxCodeStatus::BadSequence, normalized};
    if (!hasValidCheckDigit(code))
        return {TaxCodeStatus::BadCheckDigit, normalized};
    return {TaxCodeStatus::Valid, normalized};
}
