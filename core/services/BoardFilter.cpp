#include "services/BoardFilter.h"

#include "text/VietnameseText.h"

#include <algorithm>

bool BoardFilter::isEmpty() const
{
    return !ownerId && !sourceId && !campaignId && !closeMonth.isValid() && text.trimmed().isEmpty();
}

bool BoardFilter::matches(const BoardCard &card) const
{
    if (ownerId && card.ownerId != ownerId)
        return false;
    if (sourceId && card.sourceId != sourceId)
        return false;
    if (campaignId && card.campaignId != campaignId)
        return false;
    if (closeMonth.isValid() && (card.expectedCloseDate.year() != closeMonth.year() ||
                                 card.expectedCloseDate.month() != closeMonth.month()))
        return false;
    // search_text is folded words with single spaces, so a word start is a space before it; the
    // same rule as the lists' text filter on tables without a full-text index.
    const QString words = u' ' + card.searchText;
    const QStringList tokens = VietnameseText::foldedTokens(text);
    return std::all_of(tokens.cbegin(), tokens.cend(),
                       [&words](const QString &token) { return words.contains(u' ' + token); });
}
