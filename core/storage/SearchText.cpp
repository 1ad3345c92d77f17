#include "storage/SearchText.h"

#include "text/EmailAddress.h"
#include "text/PhoneNumbers.h"
#include "text/VietnameseText.h"

SearchText &SearchText::text(const QString &value)
{
    if (!value.isEmpty())
        m_parts << VietnameseText::fold(value);
    return *this;
}

SearchText &SearchText::words(const QString &value)
{
    if (!value.isEmpty()) {
        if (const QStringList tokens = VietnameseText::foldedTokens(value); !tokens.isEmpty())
            m_parts << tokens.join(u' ');
    }
    return *this;
}

SearchText &SearchText::folded(const QString &value)
{
    if (!value.isEmpty())
        m_parts << value;
    return *this;
}

SearchText &SearchText::email(const QString &value)
{
    // unicode61 splits the address at @ and dots into words, so both "an.nguyen" and "congty" find it.
    if (value.isEmpty())
        return *this;
    const qsizetype at = value.lastIndexOf(u'@');
    const bool publicDomain = at >= 0 && EmailAddress::isPublicDomain(QStringView(value).mid(at + 1));
    m_parts << VietnameseText::fold(publicDomain ? value.left(at) : value);
    return *this;
}

SearchText &SearchText::phone(const QString &key)
{
    if (!key.isEmpty())
        m_parts << PhoneNumbers::searchToken(key);
    return *this;
}
