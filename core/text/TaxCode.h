#pragma once

#include <QString>
#include <QStringView>

enum class TaxCodeStatus
{
    Valid,
    Empty,
    BadFormat,     // not 10 digits, 10-3 digits or 12 digits
    BadCheckDigit, // the 10th digit does not match
    BadSequence,   // digits 3–9 all zero, or a branch suffix of 000
};

struct TaxCodeCheck
{
    TaxCodeStatus status = TaxCodeStatus::Empty;
    QString normalized; // 0100233488, 0100233488-001 or 012345678901; also set for a bad check digit or
                        // sequence, so the form can show what was read; empty for Empty and BadFormat

    bool isValid() const { return status == TaxCodeStatus::Valid; }
};

// Mã số thuế (docs/vietnam.md §7.2): 10 digits with a check digit for organisations, 10-3 for dependent
// units such as branches, and since July 2025 the 12-digit personal identification number for individuals.
class TaxCode
{
public:
    // Spaces, dots and dashes are tolerated; 13 digits without the dash are read as 10-3. A 12-digit
    // personal number is digits only (a dash in it means a mistyped branch code: BadFormat).
    static TaxCodeCheck check(QStringView input);
};
