#pragma once

#include <QString>
#include <QStringList>

// The 34 provincial-level units since 1 July 2025 (docs/vietnam.md §5.2).
class Provinces
{
public:
    // Official names in the government's order (the codes of QĐ 19/2025/QĐ-TTg, 01 Hà Nội … 96 Cà Mau),
    // e.g. "Hà Nội", "TP Hồ Chí Minh", "Tuyên Quang". The six centrally-run cities are written without
    // "TP" ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ") except "TP Hồ Chí Minh", whose bare name
    // is the person's.
    static const QStringList &all();

    // The province an input names: a current name with or without diacritics, case or a leading "TP",
    // "TP.", "Thành phố" or "Tỉnh"; a common short form ("HCM", "TPHCM", "TP.HCM", "Sài Gòn", "HN",
    // "Vũng Tàu", "Thừa Thiên Huế"; not "DN", which three provinces claim) or a pre-2025 province that was
    // merged into it ("Bình Dương" → "TP Hồ Chí Minh"). When the whole input matches nothing and contains
    // commas, the last part that is not the country is tried ("…, Quận 1, TP.HCM"). Empty when nothing
    // matches.
    static QString canonical(QStringView input);
};
