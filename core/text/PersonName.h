#pragma once

#include <QByteArray>
#include <QString>

// A Vietnamese name: họ (family) + tên đệm (middle, zero or more words) + tên (given). People are
// addressed and sorted by the given name (docs/vietnam.md §3.3, §5.1).
struct PersonName
{
    QString family;
    QString middle;
    QString given;

    // First word is the family name, last word the given name, the rest the middle name; a single word
    // is a given name. Dual family names ("Nguyễn Phạm …") cannot be told apart: the user corrects those.
    static PersonName split(const QString &fullName);
    QString fullName() const;

    // Given name, then family name, then middle name, each by QCollator(vi_VN). The reference order.
    static int compareByGivenName(const PersonName &a, const PersonName &b);

    // A byte string whose memcmp order equals compareByGivenName, so SQL can ORDER BY it (a BLOB column).
    // Built from ICU sort keys for the "vi" locale, the collator QCollator(vi_VN) wraps on Debian.
    QByteArray sortKey() const;

    // The plain A–Z order of the full name as written, "Họ Đệm Tên" (family name first): the ICU sort
    // key of fullName() under the same collator as sortKey(), so its memcmp order equals
    // QCollator(vi_VN).compare of the two full names. Lists offer it beside the tên-first order.
    QByteArray fullNameSortKey() const;
};
