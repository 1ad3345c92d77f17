#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

// Enums are stored as short English words so that the database stays readable with any SQLite tool
// and survives reordering of the C++ enum. Each enum specializes EnumText with its word list.
template <typename E> struct EnumText;

template <typename E> QString enumToText(E value)
{
    for (const auto &[candidate, text] : EnumText<E>::values) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename E> std::optional<E> enumFromText(QStringView text)
{
    for (const auto &[candidate, word] : EnumText<E>::values) {
        if (text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}
