#pragma once

#include <QString>
#include <QStringList>

// Builds the folded text a record is found by: names and company folded ("dang" finds Đặng), email
// words (without a public domain such as gmail.com, which every other row shares and nobody searches
// for), and each phone by its key.
class SearchText
{
public:
    SearchText &text(const QString &value);
    // The folded words of value, one space between them and no punctuation: for tables searched by
    // instr() on " " + search_text (no FTS index), where a word must start after a space.
    SearchText &words(const QString &value);
    // Text the caller already folded with VietnameseText::fold.
    SearchText &folded(const QString &value);
    SearchText &email(const QString &value);
    SearchText &phone(const QString &key);
    QString toString() const { return m_parts.join(u' '); }

private:
    QStringList m_parts;
};
