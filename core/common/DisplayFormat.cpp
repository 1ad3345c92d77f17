#include "common/DisplayFormat.h"

#include <QLocale>

namespace {

DisplayFormat::DateStyle chosenDate = DisplayFormat::DateStyle::DayMonthYear;
DisplayFormat::MoneyStyle chosenMoney = DisplayFormat::MoneyStyle::Symbol;

QString datePattern()
{
    return chosenDate == DisplayFormat::DateStyle::YearMonthDay ? QStringLiteral("yyyy-MM-dd")
                                                                : QStringLiteral("dd/MM/yyyy");
}

} // namespace

void DisplayFormat::configure(DateStyle date, MoneyStyle money)
{
    chosenDate = date;
    chosenMoney = money;
}

DisplayFormat::DateStyle DisplayFormat::dateStyle()
{
    return chosenDate;
}

DisplayFormat::MoneyStyle DisplayFormat::moneyStyle()
{
    return chosenMoney;
}

QString DisplayFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(datePattern()) : QString();
}

QString DisplayFormat::date(const QDateTime &moment)
{
    return moment.isValid() ? date(moment.toLocalTime().date()) : QString();
}

QString DisplayFormat::timeAndDate(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return local.time().toString(QStringLiteral("HH:mm")) + u' ' + date(local.date());
}

QString DisplayFormat::money(qint64 amountVnd)
{
    // Vietnamese grouping (1.234.567) whatever the interface language: these are đồng.
    // A no-break space keeps the unit on the amount's line.
    const QString digits = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amountVnd) + QChar(0x00A0);
    switch (chosenMoney) {
    case MoneyStyle::Symbol:
        return digits + QStringLiteral("₫");
    case MoneyStyle::Letter:
        return digits + QStringLiteral("đ");
    case MoneyStyle::IsoCode:
        return digits + QStringLiteral("VND");
    }
    return digits.trimmed();
}

QString DisplayFormat::dateTimeEditFormat()
{
    return datePattern() + QStringLiteral(" HH:mm");
}

QString DisplayFormat::dateStyleWord(DateStyle style)
{
    return style == DateStyle::YearMonthDay ? QStringLiteral("ymd") : QStringLiteral("dmy");
}

DisplayFormat::DateStyle DisplayFormat::dateStyleFromWord(const QString &word)
{
    return word == QStringLiteral("ymd") ? DateStyle::YearMonthDay : DateStyle::DayMonthYear;
}

QString DisplayFormat::moneyStyleWord(MoneyStyle style)
{
    switch (style) {
    case MoneyStyle::Letter:
        return QStringLiteral("letter");
    case MoneyStyle::IsoCode:
        return QStringLiteral("iso");
    case MoneyStyle::Symbol:
        break;
    }
    return QStringLiteral("symbol");
}

DisplayFormat::MoneyStyle DisplayFormat::moneyStyleFromWord(const QString &word)
{
    if (word == QStringLiteral("letter"))
        return MoneyStyle::Letter;
    if (word == QStringLiteral("iso"))
        return MoneyStyle::IsoCode;
    return MoneyStyle::Symbol;
}
