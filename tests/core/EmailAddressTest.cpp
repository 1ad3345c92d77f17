#include "text/EmailAddress.h"

#include "QtCatchPrinters.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("normalize trims, lower-cases and composes", "[email]")
{
    CHECK(EmailAddress::normalize(u"  Nguyen.Van.A@Gmail.COM \t") == u"nguyen.van.a@gmail.com"_s);
    CHECK(EmailAddress::normalize(u"SALES@SEN.VN") == u"sales@sen.vn"_s);
    const QString decomposed = u"Đức@Công-Ty.vn"_s.normalized(QString::NormalizationForm_D);
    const QString normalized = EmailAddress::normalize(decomposed);
    CHECK(normalized == u"đức@công-ty.vn"_s);
    CHECK(normalized == normalized.normalized(QString::NormalizationForm_C));
    CHECK(EmailAddress::normalize(u"") == QString());
    // Two spellings of the same address become one key.
    CHECK(EmailAddress::normalize(u" An@Example.com") == EmailAddress::normalize(u"an@EXAMPLE.COM "));
}

TEST_CASE("isValid accepts practical addresses", "[email]")
{
    for (const QString &ok : {u"a@b.co"_s, u"nguyen.van.a@gmail.com"_s, u"sales+crm@sen.vn"_s,
                              u"o'brien@example.ie"_s, u"user@sub.domain.com.vn"_s, u"a_b-c@x-y.io"_s,
                              u"đức@công-ty.vn"_s, u"1234@163.com"_s, u"ax@example.xn--p1ai"_s}) {
        INFO(ok.toStdString());
        CHECK(EmailAddress::isValid(ok));
    }
}

TEST_CASE("isValid rejects what cannot be delivered", "[email]")
{
    const QString tooLongLocal = QString(65, u'a') + u"@b.com"_s;
    const QString tooLongLabel = u"a@"_s + QString(64, u'b') + u".com"_s;
    for (const QString &bad : {u""_s,
                               u"abc"_s,
                               u"a@b"_s,
                               u"a@@b.com"_s,
                               u"a@b@c.com"_s,
                               u"a b@c.com"_s,
                               u"a@b .com"_s,
                               u".a@b.com"_s,
                               u"a.@b.com"_s,
                               u"a..b@c.com"_s,
                               u"a@-b.com"_s,
                               u"a@b-.com"_s,
                               u"a@b..com"_s,
                               u"a@.b.com"_s,
                               u"a@b.com."_s,
                               u"a@b.c"_s,
                               u"@b.com"_s,
                               u"a@"_s,
                               u"a@10.0.0.1"_s,
                               u"a,b@c.com"_s,
                               u"a@b_c.com"_s,
                               u"<a@b.com>"_s,
                               u"a@b.com;c@d.com"_s,
                               tooLongLocal,
                               tooLongLabel}) {
        INFO(bad.toStdString());
        CHECK_FALSE(EmailAddress::isValid(bad));
    }
}

TEST_CASE("domain is what follows the @", "[email]")
{
    CHECK(EmailAddress::domain(u"nguyen.van.a@gmail.com") == u"gmail.com"_s);
    CHECK(EmailAddress::domain(u"sales@sen.com.vn") == u"sen.com.vn"_s);
    CHECK(EmailAddress::domain(u"no-at-sign") == QString());
    CHECK(EmailAddress::domain(u"") == QString());
}

TEST_CASE("public mailbox domains", "[email]")
{
    for (const QString &d :
         {u"gmail.com"_s,   u"googlemail.com"_s, u"yahoo.com"_s,      u"yahoo.com.vn"_s, u"hotmail.com"_s,
          u"outlook.com"_s, u"live.com"_s,       u"icloud.com"_s,     u"me.com"_s,       u"msn.com"_s,
          u"aol.com"_s,     u"proton.me"_s,      u"protonmail.com"_s, u"zoho.com"_s,     u"gmx.com"_s,
          u"mail.ru"_s,     u"yandex.com"_s,     u"qq.com"_s,         u"163.com"_s,      u"Gmail.COM"_s}) {
        INFO(d.toStdString());
        CHECK(EmailAddress::isPublicDomain(d));
    }
    for (const QString &d :
         {u"sen.vn"_s, u"gmail.co"_s, u"mail.gmail.com"_s, u"yahoo.vn"_s, u""_s, u"fpt.com.vn"_s}) {
        INFO(d.toStdString());
        CHECK_FALSE(EmailAddress::isPublicDomain(d));
    }
    CHECK(EmailAddress::isPublicDomain(EmailAddress::domain(EmailAddress::normalize(u" An@GMAIL.com "))));
}
