#pragma once

#include <QString>
#include <QStringList>

// The 34 provincial-level units since 1 July 2025 (docs/vietnam.md §5.2).
class Provinces
{
public:
    // Official names in the government's order, e.g. "Hà Nội", "TP Hồ Chí Minh", "Tuyên Quang".
    static const QStringList &all();

    // The province an input names: a current name with or without diacritics or "TP", a common short
    // form ("HCM", "TP.HCM", "Sài Gòn", "HN") or a pre-2025 province that was merged into it ("Bình Dương"
    // → "TP Hồ Chí Minh"). Empty when nothing matches.
    static QString canonical(QStringView input);
};
