#pragma once

#include <QString>
#include <QStringList>

// Text rules for Vietnamese (docs/vietnam.md §3): what we store (NFC) and what we search on (the folded
// key). The folded key is never displayed.
class VietnameseText
{
public:
    // NFC with surrounding whitespace trimmed and runs of spaces/tabs collapsed; line breaks are kept
    // (notes have paragraphs). Apply at every entry point: typing, paste, import, command line.
    // Line breaks are written \n whatever they were (\r\n, \r, U+2028), each line is trimmed, and a BOM
    // or other invisible control characters are dropped.
    static QString clean(const QString &text);

    // The search and matching key: NFD, marks dropped, đ/Đ → d, case-folded, whitespace simplified.
    // "Nguyễn Văn Đức" → "nguyen van duc"; "Hoà" and "Hòa" fold alike. Table-driven for Latin, Greek and
    // Cyrillic text (one allocation, ~30× faster than the definition), which tests hold equal to it.
    static QString fold(QStringView text);

    // The folded text split into words of letters and digits, the way the FTS5 index sees them.
    static QStringList foldedTokens(QStringView text);
};
