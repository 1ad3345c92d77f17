#pragma once

#include <QString>
#include <QStringView>

// Email addresses: stored trimmed and lower-cased, so that matching is a plain comparison.
class EmailAddress
{
public:
    static QString normalize(QStringView input);
    // A practical check (one @, a dotted domain, no spaces), not the full RFC 5322 grammar.
    static bool isValid(QStringView normalized);
    static QString domain(QStringView normalized);
    // gmail.com, yahoo.com.vn, …: a shared domain says nothing about the company.
    static bool isPublicDomain(QStringView domain);
};
