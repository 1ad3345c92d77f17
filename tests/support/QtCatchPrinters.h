#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Without these Catch2 prints "{?}" for Qt strings, which makes a failing table row unreadable.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return "[" + list.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch
