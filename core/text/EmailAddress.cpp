#include "text/EmailAddress.h"

#include <array>

namespace {

// Webmail and ISP mailbox providers: two people at gmail.com are not colleagues.
constexpr std::array<QStringView, 19> PublicDomains = {
    u"gmail.com",   u"googlemail.com", u"yahoo.com",      u"yahoo.com.vn", u"hotmail.com",
    u"outlook.com", u"live.com",       u"icloud.com",     u"me.com",       u"msn.com",
    u"aol.com",     u"proton.me",      u"protonmail.com", u"zoho.com",     u"gmx.com",
    u"mail.ru",     u"yandex.com",     u"qq.com",         u"163.com",
};

bool isAtextPunctuation(QChar c)
{
    // RFC 5322 atext outside letters and digits; quoted local parts are left out on purpose, since
    // nobody types them into a CRM and they would let spaces in.
    static constexpr QStringView Allowed = u"!#$%&'*+/=?^_`{|}~-";
    return Allowed.contains(c);
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (!(c.isLetterOrNumber() || c == u'.' || isAtextPunctuation(c) || c.isMark()))
            return false;
    }
    return true;
}

bool isValidDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    qsizetype labels = 0;
    QStringView last;
    for (const QStringView label : domain.tokenize(u'.')) {
        ++labels;
        last = label;
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            // Letters beyond ASCII: internationalised domains such as "công-ty.vn" are typed as such.
            if (!(c.isLetterOrNumber() || c == u'-' || c.isMark()))
                return false;
        }
    }
    if (labels < 2 || last.size() < 2)
        return false;
    // A top-level domain is never numeric, which rules out "user@10.0.0.1" typed by mistake.
    for (const QChar c : last) {
        if (c.isDigit())
            return last.startsWith(u"xn--");
    }
    return true;
}

} // namespace

QString EmailAddress::normalize(QStringView input)
{
    return input.toString().normalized(QString::NormalizationForm_C).trimmed().toLower();
}

bool EmailAddress::isValid(QStringView normalized)
{
    if (normalized.size() > 254)
        return false;
    const qsizetype at = normalized.indexOf(u'@');
    if (at < 0 || normalized.indexOf(u'@', at + 1) >= 0)
        return false;
    return isValidLocalPart(normalized.left(at)) && isValidDomain(normalized.mid(at + 1));
}

QString EmailAddress::domain(QStringView normalized)
{
    const qsizetype at = normalized.lastIndexOf(u'@');
    if (at < 0)
        return {};
    return normalized.mid(at + 1).toString();
}

bool EmailAddress::isPublicDomain(QStringView domain)
{
    for (const QStringView d : PublicDomains) {
        if (domain.compare(d, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
