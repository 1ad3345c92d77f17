#pragma once

#include <QString>

// An address after the 2025 reform: street, commune (phường/xã/đặc khu), one of the 34 provinces; no
// district. The text as the customer wrote it is kept too, since old papers still say "Quận 1, TP.HCM".
struct Address
{
    QString street;
    QString commune;
    QString province;
    QString original;

    bool isEmpty() const
    {
        return street.isEmpty() && commune.isEmpty() && province.isEmpty() && original.isEmpty();
    }
};
