#include "text/PersonName.h"

#include <QCollator>
#include <QLocale>
#include <QStringList>

#include <array>
#include <unicode/ucol.h>

namespace {

// Creating a collator loads and compiles the Vietnamese tailoring (tens of microseconds); sorting a
// list compares thousands of times. QCollator initialises itself lazily inside const calls, so one
// per thread rather than one shared instance.
const QCollator &vietnameseCollator()
{
    thread_local const QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    return collator;
}

// The C API because QCollatorSortKey cannot hand out its bytes. The attributes repeat the ones
// QCollator sets on its own ICU collator, so that byte order and compare() order are the same.
class IcuCollator
{
public:
    IcuCollator()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_collator = ucol_open("vi", &status);
        if (U_FAILURE(status)) {
            m_collator = nullptr;
            return;
        }
        ucol_setAttribute(m_collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
        ucol_setAttribute(m_collator, UCOL_STRENGTH, UCOL_DEFAULT_STRENGTH, &status);
        ucol_setAttribute(m_collator, UCOL_NUMERIC_COLLATION, UCOL_OFF, &status);
        ucol_setAttribute(m_collator, UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
    }
    ~IcuCollator()
    {
        if (m_collator)
            ucol_close(m_collator);
    }
    IcuCollator(const IcuCollator &) = delete;
    IcuCollator &operator=(const IcuCollator &) = delete;

    const UCollator *get() const { return m_collator; }

private:
    UCollator *m_collator = nullptr;
};

const UCollator *icuCollator()
{
    thread_local const IcuCollator collator;
    return collator.get();
}

// Each key keeps its terminating 0x00: ICU keys contain no other zero byte, so a part that is a prefix
// of another ("An" before "Anh") ends first in memcmp order, and the next part only decides on a tie.
void appendSortKey(const UCollator *collator, const QString &part, QByteArray &out)
{
    if (!collator) {
        out += part.toUtf8();
        out += '\0';
        return;
    }
    const auto *text = reinterpret_cast<const UChar *>(part.utf16());
    const auto length = static_cast<int32_t>(part.size());
    std::array<uint8_t, 128> buffer;
    int32_t size = ucol_getSortKey(collator, text, length, buffer.data(), int32_t(buffer.size()));
    if (size <= int32_t(buffer.size())) {
        out.append(reinterpret_cast<const char *>(buffer.data()), size);
        return;
    }
    const qsizetype offset = out.size();
    out.resize(offset + size);
    size = ucol_getSortKey(collator, text, length, reinterpret_cast<uint8_t *>(out.data() + offset), size);
    out.resize(offset + size);
}

} // namespace

PersonName PersonName::split(const QString &fullName)
{
    const QString name = fullName.normalized(QString::NormalizationForm_C).simplified();
    PersonName result;
    if (name.isEmpty())
        return result;
    const qsizetype firstSpace = name.indexOf(u' ');
    if (firstSpace < 0) {
        result.given = name;
        return result;
    }
    const qsizetype lastSpace = name.lastIndexOf(u' ');
    result.family = name.left(firstSpace);
    result.given = name.mid(lastSpace + 1);
    if (lastSpace > firstSpace)
        result.middle = name.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    return result;
}

QString PersonName::fullName() const
{
    QStringList parts;
    for (const QString *part : {&family, &middle, &given}) {
        if (!part->isEmpty())
            parts.append(*part);
    }
    return parts.join(u' ');
}

int PersonName::compareByGivenName(const PersonName &a, const PersonName &b)
{
    const QCollator &collator = vietnameseCollator();
    if (const int c = collator.compare(a.given, b.given))
        return c;
    if (const int c = collator.compare(a.family, b.family))
        return c;
    return collator.compare(a.middle, b.middle);
}

QByteArray PersonName::sortKey() const
{
    const UCollator *collator = icuCollator();
    QByteArray key;
    key.reserve(3 * 24);
    appendSortKey(collator, given, key);
    appendSortKey(collator, family, key);
    appendSortKey(collator, middle, key);
    return key;
}

QByteArray PersonName::fullNameSortKey() const
{
    // One key over the whole name rather than one per part: A–Z compares the names letter by letter
    // across the spaces, as QCollator does (tones and case only decide between otherwise equal names).
    QByteArray key;
    key.reserve(48);
    appendSortKey(icuCollator(), fullName(), key);
    return key;
}
