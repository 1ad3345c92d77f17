#include "text/VietnameseText.h"

#include <array>

namespace {

// The definition every other path must agree with (docs/vietnam.md §3.2). It allocates several
// temporaries, so it only runs for text the table below cannot handle (CJK, Hangul, symbols, …).
QString foldSlow(QStringView text)
{
    const QString nfd = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(nfd.size());
    for (const QChar c : nfd) {
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

// Bulk generation folds a million names and addresses; running NFD, case folding and simplified()
// on each costs several allocations per call. Every BMP code point below TableEnd folds on its own
// to zero or one code unit, so a per-character table computed once from foldSlow() gives the same
// result with a single allocation for the output.
constexpr char16_t TableEnd = 0x2100; // Latin, Greek, Cyrillic, combining marks, Latin Extended
                                      // Additional (ạ ả ấ …) and General Punctuation's spaces
constexpr char16_t Dropped = 0xFFFE;  // a non-spacing mark
constexpr char16_t Fallback = 0xFFFF; // folds to several units or needs context: use foldSlow()

struct FoldTable
{
    std::array<char16_t, TableEnd> map{};

    FoldTable()
    {
        for (char16_t c = 0; c < TableEnd; ++c)
            map[c] = compute(QChar(c));
    }

    static char16_t compute(QChar c)
    {
        if (c.isSpace())
            return u' ';
        // NFD reorders marks by combining class; a mark that survives folding (not Mn) could then
        // move relative to its neighbours, which a per-character table cannot reproduce.
        const QString nfd = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar d : nfd) {
            if (d.combiningClass() != 0 && d.category() != QChar::Mark_NonSpacing)
                return Fallback;
        }
        QString kept;
        for (const QChar d : nfd) {
            if (d.category() == QChar::Mark_NonSpacing)
                continue;
            kept += (d == QChar(0x0111) || d == QChar(0x0110)) ? QChar(u'd') : d;
        }
        kept = kept.toCaseFolded();
        if (kept.isEmpty())
            return Dropped;
        if (kept.size() != 1 || kept.at(0).isSpace() || kept.at(0).isSurrogate())
            return Fallback;
        return kept.at(0).unicode();
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

bool isHorizontalSpace(QChar c)
{
    return c.isSpace() && c != u'\n';
}

} // namespace

QString VietnameseText::clean(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    bool pendingSpace = false;
    const qsizetype size = nfc.size();
    for (qsizetype i = 0; i < size; ++i) {
        QChar c = nfc.at(i);
        // Pasted text from Windows, old Mac exports and Word all spell a line break differently;
        // one spelling keeps comparisons and the folded key stable.
        if (c == u'\r') {
            if (i + 1 < size && nfc.at(i + 1) == u'\n')
                ++i;
            c = u'\n';
        } else if (c == QChar(0x2028) || c == QChar(0x2029)) {
            c = u'\n';
        }
        if (c == u'\n') {
            // Spaces at a line end are invisible yet make two equal-looking notes differ.
            pendingSpace = false;
            out += c;
            continue;
        }
        if (isHorizontalSpace(c)) {
            pendingSpace = true;
            continue;
        }
        // A BOM left by a CSV export and stray control characters are invisible in the UI but
        // break matching and duplicate detection.
        if (c == QChar(0xFEFF) || (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
            continue;
        if (pendingSpace && !out.isEmpty() && !out.endsWith(u'\n'))
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    // Blank lines before and after the text are noise; blank lines inside separate paragraphs.
    qsizetype begin = 0;
    while (begin < out.size() && out.at(begin) == u'\n')
        ++begin;
    qsizetype end = out.size();
    while (end > begin && out.at(end - 1) == u'\n')
        --end;
    if (begin == 0 && end == out.size())
        return out;
    return out.mid(begin, end - begin);
}

QString VietnameseText::fold(QStringView text)
{
    const auto &map = foldTable().map;
    // Within the table every code unit folds to at most one, so the input size bounds the output.
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= TableEnd)
            return foldSlow(text);
        const char16_t f = map[c];
        if (f == Dropped)
            continue;
        if (f == Fallback)
            return foldSlow(text);
        if (f == u' ') {
            pendingSpace = n > 0;
            continue;
        }
        if (pendingSpace) {
            dst[n++] = u' ';
            pendingSpace = false;
        }
        dst[n++] = QChar(f);
    }
    out.truncate(n);
    return out;
}

QStringList VietnameseText::foldedTokens(QStringView text)
{
    const QString folded = fold(text);
    QStringList tokens;
    qsizetype start = -1;
    const qsizetype size = folded.size();
    for (qsizetype pos = 0, next = 0; pos < size; pos = next) {
        // Letters outside the BMP (CJK extensions in a company name) are letters too.
        char32_t cp = folded.at(pos).unicode();
        next = pos + 1;
        if (QChar::isHighSurrogate(cp) && next < size && folded.at(next).isLowSurrogate())
            cp = QChar::surrogateToUcs4(folded.at(pos), folded.at(next++));
        if (QChar::isLetterOrNumber(cp)) {
            if (start < 0)
                start = pos;
        } else if (start >= 0) {
            tokens.append(folded.mid(start, pos - start));
            start = -1;
        }
    }
    if (start >= 0)
        tokens.append(folded.mid(start));
    return tokens;
}
