#pragma once

#include <QDateTime>
#include <QString>

// How dates and amounts of money are written on screen, as the user chose in settings: one place, so
// every list, panel and dialog agrees. Storage is untouched (UTC timestamps, integer VND).
class DisplayFormat
{
public:
    enum class DateStyle
    {
        DayMonthYear, // 23/11/2026, how Vietnamese write dates (default)
        YearMonthDay, // 2026-11-23, sorts as text; some accountants prefer it
    };
    enum class MoneyStyle
    {
        Symbol,  // 1.234.567 ₫ (default)
        Letter,  // 1.234.567 đ, as shop signs and handwritten quotes write it
        IsoCode, // 1.234.567 VND, as invoices and contracts do
    };

    static void configure(DateStyle date, MoneyStyle money);
    static DateStyle dateStyle();
    static MoneyStyle moneyStyle();

    static QString date(const QDate &date);
    // The local date of a UTC moment.
    static QString date(const QDateTime &moment);
    // Local time and date: "14:05 23/11/2026".
    static QString timeAndDate(const QDateTime &moment);
    static QString money(qint64 amountVnd);
    // The QDateTimeEdit display format for the chosen date style, with the time.
    static QString dateTimeEditFormat();

    // Settings keep the styles as words.
    static QString dateStyleWord(DateStyle style);
    static DateStyle dateStyleFromWord(const QString &word);
    static QString moneyStyleWord(MoneyStyle style);
    static MoneyStyle moneyStyleFromWord(const QString &word);
};
