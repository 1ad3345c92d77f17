#include "storage/SearchText.h"

#include "text/PhoneNumbers.h"
#include "text/VietnameseText.h"

SearchText &SearchText::text(const QString &value)
{
    if (!value.isEmpty())
        m_parts << VietnameseText::fold(value);
    return *this;
}

SearchText &SearchText::email(const QString &value)
{
    // The whole address as one folded string: unicode61 splits it at @ and dots into words, so both
    // "an.nguyen" and "congty" find it.
    if (!value.isEmpty())
        m_parts << VietnameseText::fold(value);
    return *this;
}

SearchText &SearchText::phone(const QString &key)
{
    if (!key.isEmpty())
        m_parts << PhoneNumbers::searchToken(key);
    return *this;
}
