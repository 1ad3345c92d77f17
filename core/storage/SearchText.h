#pragma once

#include <QString>
#include <QStringList>

// Builds the folded text a record is found by: names and company folded ("dang" finds Đặng), email
// words, and each phone by its key.
class SearchText
{
public:
    SearchText &text(const QString &value);
    SearchText &email(const QString &value);
    SearchText &phone(const QString &key);
    QString toString() const { return m_parts.join(u' '); }

private:
    QStringList m_parts;
};
