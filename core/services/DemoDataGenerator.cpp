#include "services/DemoDataGenerator.h"

#include "services/Lookups.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/SearchText.h"
#include "storage/SqlValue.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "text/PersonName.h"
#include "text/Provinces.h"
#include "text/VietnameseText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

namespace {

// Family names with their approximate share in percent (docs/vietnam.md §5.1).
struct Weighted
{
    const char16_t *text;
    int weight;
};
constexpr std::array familyNames{
    Weighted{u"Nguyễn", 38}, Weighted{u"Trần", 11},  Weighted{u"Lê", 9},    Weighted{u"Phạm", 7},
    Weighted{u"Hoàng", 3},   Weighted{u"Huỳnh", 2},  Weighted{u"Phan", 4},  Weighted{u"Vũ", 2},
    Weighted{u"Võ", 2},      Weighted{u"Đặng", 2},   Weighted{u"Bùi", 2},   Weighted{u"Đỗ", 1},
    Weighted{u"Hồ", 1},      Weighted{u"Ngô", 1},    Weighted{u"Dương", 1}, Weighted{u"Lý", 1},
    Weighted{u"Đinh", 1},    Weighted{u"Trương", 1}, Weighted{u"Mai", 1},   Weighted{u"Lâm", 1},
};
constexpr std::array maleMiddle{u"Văn",  u"Văn",  u"Đức",   u"Minh", u"Quang", u"Hữu",  u"Thành", u"Công",
                                u"Xuân", u"Tuấn", u"Hoàng", u"Gia",  u"Anh",   u"Đình", u"Ngọc"};
constexpr std::array femaleMiddle{u"Thị", u"Thị", u"Thị",    u"Ngọc", u"Thu", u"Thanh", u"Minh",
                                  u"Kim", u"Bảo", u"Phương", u"Hồng", u"Mỹ",  u"Diệu",  u"Khánh"};
constexpr std::array maleGiven{u"An",    u"Anh",   u"Bình",  u"Cường", u"Dũng", u"Duy",   u"Đạt",  u"Đức",
                               u"Hải",   u"Hùng",  u"Huy",   u"Khánh", u"Khoa", u"Long",  u"Lâm",  u"Minh",
                               u"Nam",   u"Nghĩa", u"Phong", u"Phúc",  u"Quân", u"Quang", u"Sơn",  u"Tài",
                               u"Thắng", u"Thành", u"Toàn",  u"Trung", u"Tuấn", u"Việt",  u"Vinh", u"Hiếu"};
constexpr std::array femaleGiven{u"An",     u"Anh",   u"Ánh",  u"Chi",  u"Dung",  u"Dương", u"Giang", u"Hà",
                                 u"Hạnh",   u"Hằng",  u"Hoa",  u"Hòa",  u"Hương", u"Huyền", u"Lan",   u"Linh",
                                 u"Loan",   u"Mai",   u"My",   u"Nga",  u"Ngân",  u"Ngọc",  u"Nhung", u"Oanh",
                                 u"Phương", u"Quyên", u"Thảo", u"Thủy", u"Trang", u"Trâm",  u"Vân",   u"Yến"};
constexpr std::array companyForms{u"Công ty TNHH", u"Công ty TNHH",         u"Công ty Cổ phần",
                                  u"Công ty CP",   u"Doanh nghiệp tư nhân", u"Công ty TNHH MTV"};
constexpr std::array companyTrades{u"Thương mại", u"Xây dựng", u"Công nghệ", u"Thực phẩm",    u"Vận tải",
                                   u"Dược phẩm",  u"Nội thất", u"Giáo dục",  u"Du lịch",      u"Điện máy",
                                   u"Thời trang", u"Nông sản", u"In ấn",     u"Bất động sản", u"Cơ khí"};
constexpr std::array companyNames{u"Minh Phát",  u"Hoàng Long", u"Thành Công", u"Phú Thịnh",  u"An Khang",
                                  u"Đại Việt",   u"Sao Mai",    u"Trường Sơn", u"Hưng Thịnh", u"Tân Tiến",
                                  u"Kim Ngân",   u"Bình Minh",  u"Việt Úc",    u"Hải Đăng",   u"Nam Á",
                                  u"Đông Dương", u"Ánh Dương",  u"Thiên Phú",  u"Phương Nam", u"Sen Vàng",
                                  u"Lộc Phát",   u"Đức Trí",    u"Tín Nghĩa",  u"Hòa Bình"};
constexpr std::array streets{u"Lê Lợi",          u"Trần Hưng Đạo", u"Nguyễn Huệ",  u"Hai Bà Trưng",
                             u"Lý Thường Kiệt",  u"Điện Biên Phủ", u"Nguyễn Trãi", u"Cách Mạng Tháng Tám",
                             u"Phan Đình Phùng", u"Hùng Vương",    u"Quang Trung", u"Lê Duẩn",
                             u"Võ Văn Kiệt",     u"Bạch Đằng"};
// Communes and wards (xã, phường) of the 2025 reform by province, so that an address never puts a
// ward of Hà Nội in An Giang: real ones for the big cities, and for every other province names that
// are common across the country (Tân Phú, Hòa Bình, …), which never name a city ward listed here.
struct ProvinceCommunes
{
    QStringView province; // as Provinces::all() writes it
    std::array<QStringView, 6> communes;
};
constexpr auto cityCommunes = std::to_array<ProvinceCommunes>({
    {u"Hà Nội",
     {u"Phường Hoàn Kiếm", u"Phường Ba Đình", u"Phường Cầu Giấy", u"Phường Đống Đa", u"Phường Tây Hồ",
      u"Xã Sóc Sơn"}},
    {u"TP Hồ Chí Minh",
     {u"Phường Sài Gòn", u"Phường Bến Thành", u"Phường Tân Định", u"Phường Gia Định", u"Phường Thủ Dầu Một",
      u"Xã Củ Chi"}},
    {u"Đà Nẵng",
     {u"Phường Hải Châu", u"Phường Thanh Khê", u"Phường Sơn Trà", u"Phường Ngũ Hành Sơn", u"Phường Hội An",
      u"Phường Tam Kỳ"}},
    {u"Hải Phòng",
     {u"Phường Hồng Bàng", u"Phường Lê Chân", u"Phường Ngô Quyền", u"Phường Kiến An", u"Xã Tân Phú",
      u"Xã An Phú"}},
    {u"Cần Thơ",
     {u"Phường Ninh Kiều", u"Phường Cái Khế", u"Phường Bình Thủy", u"Phường Cái Răng", u"Xã Tân Phú",
      u"Xã Phước Long"}},
    {u"Huế",
     {u"Phường Thuận Hóa", u"Phường Phú Xuân", u"Phường Vỹ Dạ", u"Phường Kim Long", u"Xã Hòa Bình",
      u"Xã An Phú"}},
});
constexpr std::array<QStringView, 6> commonCommunes{u"Xã Tân Phú",    u"Xã Hòa Bình",  u"Xã An Phú",
                                                    u"Xã Phước Long", u"Xã Tân Thành", u"Xã Bình Minh"};

// The communes of each province of Provinces::all(), in its order, as UTF-8.
std::vector<std::vector<QByteArray>> communesByProvince(const QStringList &provinces)
{
    std::vector<std::vector<QByteArray>> result;
    for (const QString &province : provinces) {
        const auto city =
            std::find_if(cityCommunes.begin(), cityCommunes.end(),
                         [&](const ProvinceCommunes &entry) { return entry.province == province; });
        std::vector<QByteArray> names;
        for (QStringView commune : city != cityCommunes.end() ? city->communes : commonCommunes)
            names.push_back(commune.toUtf8());
        result.push_back(std::move(names));
    }
    return result;
}

constexpr std::array mobilePrefixes{"032", "033", "034", "035", "036", "037", "038", "039",
                                    "056", "058", "059", "070", "076", "077", "078", "079",
                                    "081", "082", "083", "084", "085", "086", "088", "089",
                                    "090", "091", "093", "094", "096", "097", "098", "099"};
constexpr std::array mailDomains{"gmail.com",    "gmail.com",   "gmail.com",
                                 "yahoo.com.vn", "hotmail.com", "outlook.com"};
constexpr std::array titles{u"Giám đốc",       u"Phó giám đốc",          u"Trưởng phòng kinh doanh",
                            u"Kế toán trưởng", u"Trưởng phòng mua hàng", u"Nhân viên",
                            u"Chủ cửa hàng",   u"Quản lý dự án"};
constexpr std::array activitySubjects{u"Gọi tư vấn sản phẩm",   u"Gửi báo giá",
                                      u"Hẹn gặp tại văn phòng", u"Nhắn Zalo giới thiệu",
                                      u"Ghi chú sau cuộc gọi",  u"Gửi email cảm ơn"};
constexpr std::array dealProducts{u"Phần mềm quản lý bán hàng", u"Gói bảo trì năm", u"Thiết bị văn phòng",
                                  u"Hợp đồng cung cấp",         u"Dịch vụ tư vấn",  u"Đơn hàng quý"};
constexpr std::array taskTitles{u"Gọi lại cho khách", u"Gửi báo giá",     u"Chuẩn bị hợp đồng",
                                u"Hẹn demo sản phẩm", u"Nhắc thanh toán", u"Gửi tài liệu qua Zalo"};

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

QByteArray utf8(const char16_t *utf16)
{
    return text(utf16).toUtf8();
}

// The UTF-8 of a list of words, made once: rows copy bytes instead of converting text a million times.
template <typename Array> std::vector<QByteArray> utf8All(const Array &items)
{
    std::vector<QByteArray> out;
    out.reserve(items.size());
    for (const char16_t *item : items)
        out.push_back(utf8(item));
    return out;
}

constexpr qint64 msecsPerDay = 86400000;

// All randomness goes through one seeded engine, so a seed always gives the same database.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    int below(int bound) { return int(m_engine() % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(m_engine() % quint64(high - low + 1)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Array> auto pick(const Array &items) -> decltype(items[0])
    {
        return items[size_t(below(int(items.size())))];
    }
    int weighted(const auto &items)
    {
        int total = 0;
        for (const Weighted &item : items)
            total += item.weight;
        int roll = below(total);
        for (size_t i = 0; i < items.size(); ++i) {
            if ((roll -= items[i].weight) < 0)
                return int(i);
        }
        return 0;
    }
    // A version 4 UUID from the seeded engine rather than the system's random source, written as
    // QUuid::toString(QUuid::WithoutBraces) writes it.
    std::array<char, 36> uuid()
    {
        const quint32 data1 = quint32(m_engine());
        const quint16 data2 = quint16(m_engine());
        const quint16 data3 = quint16((m_engine() & 0x0fff) | 0x4000);
        std::array<quint8, 8> data4{};
        data4[0] = quint8((m_engine() & 0x3f) | 0x80);
        for (size_t i = 1; i < data4.size(); ++i)
            data4[i] = quint8(m_engine());
        static constexpr char hex[] = "0123456789abcdef";
        std::array<char, 36> out{};
        size_t at = 0;
        auto put = [&](quint64 value, int digits) {
            for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
                out[at++] = hex[(value >> shift) & 0xf];
        };
        put(data1, 8);
        out[at++] = '-';
        put(data2, 4);
        out[at++] = '-';
        put(data3, 4);
        out[at++] = '-';
        put(data4[0], 2);
        put(data4[1], 2);
        out[at++] = '-';
        for (size_t i = 2; i < data4.size(); ++i)
            put(data4[i], 2);
        return out;
    }
    std::array<char, 10> mobile()
    {
        std::array<char, 10> number{};
        const char *prefix = pick(mobilePrefixes);
        std::copy(prefix, prefix + 3, number.begin());
        for (size_t i = 3; i < number.size(); ++i)
            number[i] = char('0' + below(10));
        return number;
    }
    QString taxCode()
    {
        static constexpr std::array weights{31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (;;) {
            QString code = QStringLiteral("0%1").arg(1 + below(9)); // a province code 01–09…
            int sum = 0;
            for (int i = 2; i < 9; ++i)
                code += QChar(u'0' + below(10));
            for (int i = 0; i < 9; ++i)
                sum += weights[size_t(i)] * code[i].digitValue();
            const int check = 10 - sum % 11;
            if (check < 10 && check >= 0)
                return code + QChar(u'0' + check);
        }
    }
    // A time in the last `days` days, in milliseconds since 1970 (whole seconds).
    qint64 timeWithinDays(qint64 now, int days) { return now - between(0, qint64(days) * 86400) * 1000; }
    // `count` such times, oldest first: records get ids in the order they were created, as in real use,
    // so the index by date created is built from rows already in its order (a third of the time).
    std::vector<qint64> ascendingTimes(qint64 now, int days, qint64 count)
    {
        std::vector<qint64> times(size_t(std::max<qint64>(count, 0)));
        for (qint64 &time : times)
            time = timeWithinDays(now, days);
        std::sort(times.begin(), times.end());
        return times;
    }

private:
    std::mt19937_64 m_engine;
};

QByteArrayView view(const std::array<char, 36> &text)
{
    return {text.data(), qsizetype(text.size())};
}

QByteArrayView view(const std::array<char, 24> &text)
{
    return {text.data(), qsizetype(text.size())};
}

QByteArrayView view(const std::array<char, 10> &text)
{
    return {text.data(), qsizetype(text.size())};
}

QString phoneText(const std::array<char, 10> &number)
{
    return QString::fromLatin1(number.data(), qsizetype(number.size()));
}

// A person's name and what is derived from it, made once per distinct name: a few tens of thousands
// of names recur across a million rows, and folding and collating are the costly parts.
struct NameEntry
{
    QByteArray fullName;
    QByteArray family;
    QByteArray middle;
    QByteArray given;
    QByteArray folded;
    QByteArray emailStem; // folded given name "." folded family name
    QByteArray sortKey;
    QByteArray azKey;            // PersonName::fullNameSortKey
    bool addressedAsChi = false; // a "Thị" middle name
};

// A deal's name ("product – account's company") and its search text.
struct DealEntry
{
    QByteArray name;
    QByteArray searchText;
};

// A company name and what is derived from it, made once per distinct name (there are 2,160).
struct CompanyEntry
{
    QString name;
    QByteArray utf8;
    QString folded;
    QByteArray foldedUtf8;
    QByteArray sortKey;
};

// Appends one part of a search text the way SearchText::toString joins them: empty parts are left
// out, the others separated by one space.
void appendSearchPart(QByteArray &text, QByteArrayView part)
{
    if (part.isEmpty())
        return;
    if (!text.isEmpty())
        text += ' ';
    text += part;
}

enum Table
{
    Accounts,
    Contacts,
    Leads,
    Opportunities,
    Activities,
    Tasks,
    TableCount
};

struct TableSpec
{
    QString table;
    QString entity;
    QStringList columns;      // after id and the bookkeeping columns
    bool textIndexed = false; // has a full-text index (<table>_fts) over its search_text
};

const std::array<TableSpec, TableCount> &tableSpecs()
{
    static const std::array<TableSpec, TableCount> specs{{
        {QStringLiteral("accounts"),
         QStringLiteral("account"),
         {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("is_individual"),
          QStringLiteral("tax_code"), QStringLiteral("phone"), QStringLiteral("email"),
          QStringLiteral("industry"), QStringLiteral("street"), QStringLiteral("province"),
          QStringLiteral("owner_id"), QStringLiteral("search_text"), QStringLiteral("sort_key")},
         true},
        {QStringLiteral("contacts"),
         QStringLiteral("contact"),
         {QStringLiteral("full_name"), QStringLiteral("family_name"), QStringLiteral("middle_name"),
          QStringLiteral("given_name"), QStringLiteral("phone"), QStringLiteral("zalo_phone"),
          QStringLiteral("email"), QStringLiteral("account_id"), QStringLiteral("role"),
          QStringLiteral("job_title"), QStringLiteral("province"), QStringLiteral("owner_id"),
          QStringLiteral("search_text"), QStringLiteral("sort_key"), QStringLiteral("az_key")},
         true},
        {QStringLiteral("leads"),
         QStringLiteral("lead"),
         {QStringLiteral("full_name"),     QStringLiteral("family_name"), QStringLiteral("middle_name"),
          QStringLiteral("given_name"),    QStringLiteral("salutation"),  QStringLiteral("phone"),
          QStringLiteral("zalo_phone"),    QStringLiteral("email"),       QStringLiteral("company"),
          QStringLiteral("job_title"),     QStringLiteral("commune"),     QStringLiteral("province"),
          QStringLiteral("source_id"),     QStringLiteral("owner_id"),    QStringLiteral("status_id"),
          QStringLiteral("qualification"), QStringLiteral("temperature"), QStringLiteral("score"),
          QStringLiteral("search_text"),   QStringLiteral("sort_key"),    QStringLiteral("az_key")},
         true},
        {QStringLiteral("opportunities"),
         QStringLiteral("opportunity"),
         {QStringLiteral("name"), QStringLiteral("account_id"), QStringLiteral("contact_id"),
          QStringLiteral("pipeline_id"), QStringLiteral("stage_id"), QStringLiteral("position"),
          QStringLiteral("amount"), QStringLiteral("probability"), QStringLiteral("expected_close_date"),
          QStringLiteral("stage_entered_at"), QStringLiteral("closed_at"), QStringLiteral("lost_reason_id"),
          QStringLiteral("owner_id"), QStringLiteral("search_text")}},
        {QStringLiteral("activities"),
         QStringLiteral("activity"),
         {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("occurred_at"),
          QStringLiteral("duration_minutes"), QStringLiteral("lead_id"), QStringLiteral("owner_id")}},
        {QStringLiteral("tasks"),
         QStringLiteral("task"),
         {QStringLiteral("title"), QStringLiteral("due_at"), QStringLiteral("priority"),
          QStringLiteral("assignee_id"), QStringLiteral("completed_at"), QStringLiteral("lead_id"),
          QStringLiteral("search_text")}},
    }};
    return specs;
}

// The id, uuid, created_at, created_by, updated_at and updated_by every row starts with.
constexpr qsizetype bookkeepingColumns = 6;

// Where a table's search text is in its rows, or -1 if it has none.
qsizetype searchTextField(Table table)
{
    const qsizetype at = tableSpecs()[size_t(table)].columns.indexOf(QStringLiteral("search_text"));
    return at < 0 ? -1 : bookkeepingColumns + at;
}

// Rows for one table. The rows are kept and refilled when the batch comes back (BatchQueue::recycle),
// so after the first few batches no row allocates.
struct Batch
{
    Table table = Accounts;
    QList<BulkRow> rows;
    qsizetype used = 0;
};

// The search texts of one batch, for the thread that builds the search indexes.
struct TextBatch
{
    Table table = Accounts;
    QList<qint64> ids;
    QList<int> ends; // where each text ends in bytes
    QByteArray bytes;
};

// Hands work from one thread to another. Bounded, so a fast side cannot run far ahead (capacity in
// batches of 2,000 rows). cancel() stops both sides when either fails.
template <typename Item> class HandOff
{
public:
    explicit HandOff(size_t capacity) : m_capacity(capacity) {}

    bool push(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_items.size() < m_capacity; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    std::optional<Item> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_finished || !m_items.empty(); });
        if (m_cancelled || m_items.empty())
            return std::nullopt;
        Item item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }
    // Items handed back for reuse; taking one never waits.
    void recycle(Item item)
    {
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(item));
    }
    std::optional<Item> spare()
    {
        std::lock_guard lock(m_mutex);
        if (m_spare.empty())
            return std::nullopt;
        Item item = std::move(m_spare.back());
        m_spare.pop_back();
        return item;
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    std::vector<Item> m_spare;
    bool m_finished = false;
    bool m_cancelled = false;
};

using BatchQueue = HandOff<Batch>;
using TextQueue = HandOff<TextBatch>;

// Everything the rows refer to, read from the database before the worker starts: the worker never
// touches the database, so ids are assigned here (each table continues after its largest id).
struct DemoPlan
{
    DemoDataCounts counts;
    std::array<qint64, TableCount> firstId{};
    std::array<bool, TableCount> searchIndexed{}; // the search texts go to the index builder
    QString userName;
    QList<qint64> ownerIds;
    qint64 pipelineId = 0;
    QList<Stage> stages;
    QList<qint64> openStatusIds;
    QList<qint64> sourceIds;
    QList<qint64> lostReasonIds;
};

// Makes every row on a worker thread, in a fixed order from one seeded engine, so a seed always gives
// the same database; the calling thread only binds and writes. Text is made as UTF-8 once per distinct
// value (names, companies, lists) and copied into the rows.
class DemoProducer
{
public:
    DemoProducer(const DemoPlan &plan, quint64 seed, BatchQueue &rows, TextQueue &texts)
        : m_plan(plan), m_dice(seed), m_rows(rows), m_texts(texts),
          m_now(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()),
          m_userName(plan.userName.toUtf8()), m_provinces(Provinces::all()),
          m_communes(communesByProvince(m_provinces)), m_titles(utf8All(titles)), m_streets(utf8All(streets)),
          m_subjects(utf8All(activitySubjects)), m_taskTitles(utf8All(taskTitles)),
          m_names(size_t(nameSlots)), m_companies(size_t(companySlots)),
          m_deals(dealProducts.size() * size_t(companySlots + 1))
    {
        for (const QString &province : m_provinces)
            m_provincesUtf8.push_back(province.toUtf8());
        for (const char16_t *title : taskTitles)
            m_taskSearchTexts.push_back(TaskRepository::searchTextOf(text(title), {}).toUtf8());
    }

    void run()
    {
        // Leads last: the writer builds each table's indexes as soon as its last row is in, while
        // this thread goes on making rows, so only the leads' indexes are left for the end.
        if (produceAccounts() && produceContacts() && produceOpportunities() && produceActivities() &&
            produceTasks() && produceLeads())
            flush();
        m_rows.finish();
        m_texts.finish();
    }

private:
    static constexpr qsizetype batchSize = 2000;
    // Every name the lists below can make: sex × family × middle × optional second middle × given.
    static constexpr int nameSlots = 2 * int(familyNames.size()) * 16 * 33 * 32;
    static constexpr int companySlots = int(companyForms.size() * companyTrades.size() * companyNames.size());

    qint64 idOf(Table table, qint64 index) const { return m_plan.firstId[table] + index; }
    qint64 owner() { return m_plan.ownerIds.at(m_dice.below(int(m_plan.ownerIds.size()))); }
    int province() { return m_dice.below(int(m_provinces.size())); }

    // A row of `table` with its id and bookkeeping columns; null once the writer gave up.
    BulkRow *startRow(Table table, qint64 id, qint64 createdAt)
    {
        if (m_batch.table != table || m_batch.used >= batchSize) {
            if (!flush())
                return nullptr;
            m_batch.table = table;
        }
        if (m_batch.used == m_batch.rows.size())
            m_batch.rows.emplaceBack();
        BulkRow &row = m_batch.rows[m_batch.used++];
        row.clear();
        const std::array<char, 24> stamp = SqlValue::timestampText(createdAt);
        row.addInteger(id);
        row.addUtf8(view(m_dice.uuid()));
        row.addUtf8(view(stamp));
        row.addUtf8(m_userName);
        row.addUtf8(view(stamp));
        row.addUtf8(m_userName);
        return &row;
    }

    bool flush()
    {
        if (m_batch.used == 0)
            return true;
        const qsizetype field = searchTextField(m_batch.table);
        if (m_plan.searchIndexed[m_batch.table] && field >= 0) {
            TextBatch texts{m_batch.table, {}, {}, {}};
            texts.ids.reserve(m_batch.used);
            texts.ends.reserve(m_batch.used);
            for (qsizetype i = 0; i < m_batch.used; ++i) {
                const BulkRow &row = m_batch.rows.at(i);
                texts.ids.append(row.field(0).integer);
                texts.bytes.append(row.bytes(row.field(field)), row.field(field).size);
                texts.ends.append(int(texts.bytes.size()));
            }
            if (!m_texts.push(std::move(texts)))
                return false;
        }
        Batch full = m_rows.spare().value_or(Batch{});
        full.used = 0;
        std::swap(full, m_batch);
        m_batch.table = full.table;
        return m_rows.push(std::move(full));
    }

    const NameEntry &person()
    {
        const bool female = m_dice.chance(50);
        const int family = m_dice.weighted(familyNames);
        const int middle =
            female ? m_dice.below(int(femaleMiddle.size())) : m_dice.below(int(maleMiddle.size()));
        const int second = m_dice.chance(15) ? 1 + (female ? m_dice.below(int(femaleGiven.size()))
                                                           : m_dice.below(int(maleGiven.size())))
                                             : 0;
        const int given =
            female ? m_dice.below(int(femaleGiven.size())) : m_dice.below(int(maleGiven.size()));
        const size_t slot = size_t(
            (((int(female) * int(familyNames.size()) + family) * 16 + middle) * 33 + second) * 32 + given);
        std::unique_ptr<NameEntry> &entry = m_names[slot];
        if (!entry) {
            auto givenText = [female](int index) {
                return text(female ? femaleGiven[size_t(index)] : maleGiven[size_t(index)]);
            };
            PersonName name;
            name.family = text(familyNames[size_t(family)].text);
            name.middle = text(female ? femaleMiddle[size_t(middle)] : maleMiddle[size_t(middle)]);
            if (second > 0)
                name.middle += u' ' + givenText(second - 1);
            name.given = givenText(given);
            entry = std::make_unique<NameEntry>();
            const QString fullName = name.fullName();
            entry->fullName = fullName.toUtf8();
            entry->family = name.family.toUtf8();
            entry->middle = name.middle.toUtf8();
            entry->given = name.given.toUtf8();
            const QString folded = VietnameseText::fold(fullName);
            const QStringList words = folded.split(u' ');
            entry->folded = folded.toUtf8();
            // Already folded, so the address's local part is its own search text (SearchText::email).
            entry->emailStem = (words.constLast() + u'.' + words.constFirst()).toUtf8();
            entry->sortKey = name.sortKey();
            entry->azKey = name.fullNameSortKey();
            entry->addressedAsChi = name.middle.startsWith(u"Thị");
        }
        return *entry;
    }

    const CompanyEntry &company(int slot)
    {
        std::unique_ptr<CompanyEntry> &entry = m_companies[size_t(slot)];
        if (!entry) {
            const int form = slot / int(companyTrades.size() * companyNames.size());
            const int trade = slot / int(companyNames.size()) % int(companyTrades.size());
            const int name = slot % int(companyNames.size());
            entry = std::make_unique<CompanyEntry>();
            entry->name = text(companyForms[size_t(form)]) + u' ' + text(companyTrades[size_t(trade)]) +
                          u' ' + text(companyNames[size_t(name)]);
            entry->utf8 = entry->name.toUtf8();
            entry->folded = VietnameseText::fold(entry->name);
            entry->foldedUtf8 = entry->folded.toUtf8();
            entry->sortKey = PersonName{{}, {}, entry->name}.sortKey();
        }
        return *entry;
    }

    int companySlot()
    {
        const int form = m_dice.below(int(companyForms.size()));
        const int trade = m_dice.below(int(companyTrades.size()));
        const int name = m_dice.below(int(companyNames.size()));
        return (form * int(companyTrades.size()) + trade) * int(companyNames.size()) + name;
    }

    // An address at a webmail domain into m_email; m_emailSearch gets what SearchText::email indexes
    // of it: the local part, which is folded already, as every demo domain is a public one.
    void makeEmail(const NameEntry &p)
    {
        m_emailSearch = p.emailStem;
        if (m_dice.chance(60)) {
            char digits[4];
            const int length = std::snprintf(digits, sizeof digits, "%d", int(m_dice.between(1, 999)));
            m_emailSearch.append(digits, length);
        }
        m_email = m_emailSearch;
        m_email += '@';
        m_email += m_dice.pick(mailDomains);
    }

    bool produceAccounts()
    {
        m_accountCompanies.reserve(m_plan.counts.accounts);
        const std::vector<qint64> created = m_dice.ascendingTimes(m_now, 900, m_plan.counts.accounts);
        for (qint64 i = 0; i < m_plan.counts.accounts; ++i) {
            const int slot = companySlot();
            const CompanyEntry &name = company(slot);
            const QString taxCode = m_dice.taxCode();
            const std::array<char, 10> phone = m_dice.mobile();
            const QString email =
                QStringLiteral("lienhe%1@congty%2.vn").arg(i + 1).arg(m_dice.between(1, 99999));
            const QString street =
                QStringLiteral("Số %1 %2").arg(m_dice.between(1, 500)).arg(text(m_dice.pick(streets)));
            BulkRow *row = startRow(Accounts, idOf(Accounts, i), created[size_t(i)]);
            if (!row)
                return false;
            row->addUtf8(name.utf8);
            row->addUtf8("customer");
            row->addInteger(0);
            row->addText(taxCode);
            row->addUtf8(view(phone));
            row->addText(email);
            row->addText(
                text(companyTrades[size_t(slot / int(companyNames.size()) % int(companyTrades.size()))]));
            row->addText(street);
            row->addUtf8(m_provincesUtf8[size_t(province())]);
            row->addInteger(owner());
            row->addText(SearchText()
                             .folded(name.folded)
                             .text(taxCode)
                             .email(email)
                             .phone(phoneText(phone))
                             .toString());
            row->addBlob(name.sortKey);
            m_accountCompanies << slot;
        }
        return true;
    }

    bool produceContacts()
    {
        static constexpr std::array roles{"decision_maker", "influencer", "user", "gatekeeper", "unknown"};
        m_contactAccounts.reserve(m_plan.counts.contacts);
        const std::vector<qint64> created = m_dice.ascendingTimes(m_now, 900, m_plan.counts.contacts);
        for (qint64 i = 0; i < m_plan.counts.contacts; ++i) {
            const NameEntry &p = person();
            const std::array<char, 10> phone = m_dice.mobile();
            makeEmail(p);
            const qint64 accountIndex = m_accountCompanies.isEmpty() || m_dice.chance(10)
                                            ? -1
                                            : m_dice.below(int(m_accountCompanies.size()));
            BulkRow *row = startRow(Contacts, idOf(Contacts, i), created[size_t(i)]);
            if (!row)
                return false;
            row->addUtf8(p.fullName);
            row->addUtf8(p.family);
            row->addUtf8(p.middle);
            row->addUtf8(p.given);
            row->addUtf8(view(phone));
            row->addUtf8(view(phone));
            row->addUtf8(m_email);
            if (accountIndex >= 0)
                row->addInteger(idOf(Accounts, accountIndex));
            else
                row->addNull();
            row->addUtf8(m_dice.pick(roles));
            row->addUtf8(m_titles[size_t(m_dice.below(int(m_titles.size())))]);
            row->addUtf8(m_provincesUtf8[size_t(province())]);
            row->addInteger(owner());
            m_search.resize(0);
            appendSearchPart(m_search, p.folded);
            appendSearchPart(m_search, m_emailSearch);
            appendSearchPart(m_search, view(phone)); // PhoneNumbers::searchToken of a 0… number
            row->addUtf8(m_search);
            row->addBlob(p.sortKey);
            row->addBlob(p.azKey);
            m_contactAccounts << accountIndex;
        }
        return true;
    }

    bool produceLeads()
    {
        static constexpr std::array qualifications{"none", "none", "mql", "sql", "pql"};
        const std::vector<qint64> created = m_dice.ascendingTimes(m_now, 720, m_plan.counts.leads);
        for (qint64 i = 0; i < m_plan.counts.leads; ++i) {
            const NameEntry &p = person();
            const bool hasPhone = m_dice.chance(90);
            const std::array<char, 10> phone = hasPhone ? m_dice.mobile() : std::array<char, 10>{};
            const bool hasEmail = !hasPhone || m_dice.chance(50);
            if (hasEmail)
                makeEmail(p);
            const CompanyEntry *company = nullptr;
            if (m_dice.chance(55)) {
                company =
                    &this->company(m_accountCompanies.isEmpty() || m_dice.chance(50)
                                       ? companySlot()
                                       : m_accountCompanies.at(m_dice.below(int(m_accountCompanies.size()))));
            }
            const int score = m_dice.below(101);
            const char *temperature = score >= 70 ? "hot" : score >= 40 ? "warm" : "cold";
            BulkRow *row = startRow(Leads, idOf(Leads, i), created[size_t(i)]);
            if (!row)
                return false;
            row->addUtf8(p.fullName);
            row->addUtf8(p.family);
            row->addUtf8(p.middle);
            row->addUtf8(p.given);
            row->addUtf8(p.addressedAsChi ? QByteArrayView("chị") : QByteArrayView("anh"));
            for (int column = 0; column < 2; ++column) { // phone and zalo_phone
                if (hasPhone)
                    row->addUtf8(view(phone));
                else
                    row->addNull();
            }
            if (hasEmail)
                row->addUtf8(m_email);
            else
                row->addNull();
            if (company) {
                row->addUtf8(company->utf8);
                row->addUtf8(m_titles[size_t(m_dice.below(int(m_titles.size())))]);
            } else {
                row->addNull();
                row->addNull();
            }
            const size_t where = size_t(province());
            const std::vector<QByteArray> &communes = m_communes[where];
            row->addUtf8(communes[size_t(m_dice.below(int(communes.size())))]);
            row->addUtf8(m_provincesUtf8[where]);
            if (m_plan.sourceIds.isEmpty())
                row->addNull();
            else
                row->addInteger(m_plan.sourceIds.at(m_dice.below(int(m_plan.sourceIds.size()))));
            row->addInteger(owner());
            if (m_plan.openStatusIds.isEmpty())
                row->addNull();
            else
                row->addInteger(m_plan.openStatusIds.at(m_dice.below(int(m_plan.openStatusIds.size()))));
            row->addUtf8(m_dice.pick(qualifications));
            row->addUtf8(temperature);
            row->addInteger(score);
            m_search.resize(0);
            appendSearchPart(m_search, p.folded);
            if (company)
                appendSearchPart(m_search, company->foldedUtf8);
            if (hasEmail)
                appendSearchPart(m_search, m_emailSearch);
            if (hasPhone)
                appendSearchPart(m_search, view(phone));
            row->addUtf8(m_search);
            row->addBlob(p.sortKey);
            row->addBlob(p.azKey);
        }
        return true;
    }

    // A deal's name and search text, made once per product and account company (13,000 at most).
    const DealEntry &deal(int product, qint64 accountIndex)
    {
        const int company = accountIndex >= 0 ? m_accountCompanies.at(accountIndex) : -1;
        std::unique_ptr<DealEntry> &entry = m_deals[size_t(product * (companySlots + 1) + company + 1)];
        if (!entry) {
            const QString account = company >= 0 ? this->company(company).name : QString();
            const QString name = text(dealProducts[size_t(product)]) +
                                 (company >= 0 ? QStringLiteral(" – ") + account : QString());
            entry = std::make_unique<DealEntry>();
            entry->name = name.toUtf8();
            entry->searchText = OpportunityRepository::searchTextOf(name, account).toUtf8();
        }
        return *entry;
    }

    bool produceOpportunities()
    {
        const qint64 today = m_now - m_now % msecsPerDay;
        QHash<qint64, int> nextPosition;
        for (qint64 i = 0; i < m_plan.counts.opportunities && !m_plan.stages.isEmpty(); ++i) {
            const Stage &stage = m_plan.stages.at(m_dice.below(int(m_plan.stages.size())));
            const qint64 contactIndex =
                m_contactAccounts.isEmpty() ? -1 : m_dice.below(int(m_contactAccounts.size()));
            const qint64 accountIndex = contactIndex >= 0 ? m_contactAccounts.at(contactIndex) : -1;
            const qint64 entered = m_dice.timeWithinDays(m_now, 120);
            const bool closed = stage.kind != StageKind::Open;
            const DealEntry &made = deal(m_dice.below(int(dealProducts.size())), accountIndex);
            const qint64 created = entered - m_dice.between(0, 60) * msecsPerDay;
            BulkRow *row = startRow(Opportunities, idOf(Opportunities, i), created);
            if (!row)
                return false;
            row->addUtf8(made.name);
            if (accountIndex >= 0)
                row->addInteger(idOf(Accounts, accountIndex));
            else
                row->addNull();
            if (contactIndex >= 0)
                row->addInteger(idOf(Contacts, contactIndex));
            else
                row->addNull();
            row->addInteger(m_plan.pipelineId);
            row->addInteger(stage.meta.id);
            row->addInteger(nextPosition[stage.meta.id]++);
            row->addInteger(m_dice.between(50, 20000) * 100000);
            row->addInteger(stage.probability);
            const std::array<char, 24> closeDate =
                SqlValue::timestampText(today + m_dice.between(-30, 180) * msecsPerDay);
            row->addUtf8(QByteArrayView(closeDate.data(), 10)); // the date part, yyyy-MM-dd
            const std::array<char, 24> enteredText = SqlValue::timestampText(entered);
            row->addUtf8(view(enteredText));
            if (closed)
                row->addUtf8(view(enteredText));
            else
                row->addNull();
            if (stage.kind == StageKind::Lost && !m_plan.lostReasonIds.isEmpty())
                row->addInteger(m_plan.lostReasonIds.at(m_dice.below(int(m_plan.lostReasonIds.size()))));
            else
                row->addNull();
            row->addInteger(owner());
            row->addUtf8(made.searchText);
        }
        return true;
    }

    // Activities and tasks belong to leads.
    qint64 someLead() { return idOf(Leads, m_dice.between(0, m_plan.counts.leads - 1)); }

    bool produceActivities()
    {
        static constexpr std::array kinds{"call", "call", "zalo", "email", "meeting", "note", "sms"};
        for (qint64 i = 0; i < m_plan.counts.activities && m_plan.counts.leads > 0; ++i) {
            const qint64 at = m_dice.timeWithinDays(m_now, 90);
            const char *kind = m_dice.pick(kinds);
            const QByteArray &subject = m_subjects[size_t(m_dice.below(int(m_subjects.size())))];
            BulkRow *row = startRow(Activities, idOf(Activities, i), at);
            if (!row)
                return false;
            row->addUtf8(kind);
            row->addUtf8(subject);
            row->addUtf8(view(SqlValue::timestampText(at)));
            row->addInteger(m_dice.between(0, 45));
            row->addInteger(someLead());
            row->addInteger(owner());
        }
        return true;
    }

    bool produceTasks()
    {
        static constexpr std::array priorities{"low", "normal", "normal", "high"};
        for (qint64 i = 0; i < m_plan.counts.tasks && m_plan.counts.leads > 0; ++i) {
            const qint64 due =
                m_now + m_dice.between(-14, 30) * msecsPerDay + m_dice.between(8, 17) * 3600000;
            const bool done = due < m_now && m_dice.chance(60);
            BulkRow *row = startRow(Tasks, idOf(Tasks, i), due - 7 * msecsPerDay);
            if (!row)
                return false;
            const std::array<char, 24> dueText = SqlValue::timestampText(due);
            const size_t title = size_t(m_dice.below(int(m_taskTitles.size())));
            row->addUtf8(m_taskTitles[title]);
            row->addUtf8(view(dueText));
            row->addUtf8(m_dice.pick(priorities));
            row->addInteger(owner());
            if (done)
                row->addUtf8(view(dueText));
            else
                row->addNull();
            row->addInteger(someLead());
            row->addUtf8(m_taskSearchTexts[title]);
        }
        return true;
    }

    const DemoPlan &m_plan;
    Dice m_dice;
    BatchQueue &m_rows;
    TextQueue &m_texts;
    const qint64 m_now;
    const QByteArray m_userName;
    const QStringList m_provinces;
    std::vector<QByteArray> m_provincesUtf8;
    const std::vector<std::vector<QByteArray>> m_communes; // by province, as m_provinces
    const std::vector<QByteArray> m_titles;
    const std::vector<QByteArray> m_streets;
    const std::vector<QByteArray> m_subjects;
    const std::vector<QByteArray> m_taskTitles;
    Batch m_batch;
    QByteArray m_email;              // the last address made
    QByteArray m_emailSearch;        // its part of the search text
    QByteArray m_search;             // the search text of the row being made
    QList<int> m_accountCompanies;   // each account's company slot
    QList<qint64> m_contactAccounts; // index into the accounts, or -1
    std::vector<std::unique_ptr<NameEntry>> m_names;
    std::vector<std::unique_ptr<CompanyEntry>> m_companies;
    std::vector<std::unique_ptr<DealEntry>> m_deals;
    std::vector<QByteArray> m_taskSearchTexts; // TaskRepository::searchTextOf each title
};

// Room for 64,000 rows between the producer and the writer: the writer stops taking rows while it
// builds a finished table's indexes, and the producer should not have to stop with it.
constexpr size_t rowBatchesAhead = 32;
// The search indexer may fall behind by up to 2,000,000 texts (~150 MB at the worst, ~50 MB more peak
// memory measured at a million leads): it runs at low priority (lowerThisThreadsPriority) and
// catches up while the writer builds the leads' indexes, so the producer must never wait for it.
constexpr size_t textBatchesAhead = 1000;

// Lets the other two threads go first. The writer's work (rows, then the leads' six indexes, alone
// at the end) is the longest chain; with three busy threads on two cores the scheduler gave each a
// third less, the producer fell behind and the writer waited for rows. At the lowest priority the
// search indexer takes the time the others leave: while rows are written it gets little, and while
// the leads' indexes are built it has the second core to itself (a million leads on two cores: all
// rows written after ~6 s instead of ~10 s; the generation as a whole ~2 s faster). Linux keeps a
// nice value per thread; elsewhere the thread keeps its priority and generation is only slower.
void lowerThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    static_cast<void>(setpriority(PRIO_PROCESS, 0, 19)); // 0: the calling thread, on Linux
#endif
}

// Builds the search indexes of the tables the plan marks, on a thread of its own, from the texts the
// producer hands over; the writer moves them in at the end (BulkWriter::resumeIndexing).
class SearchIndexer
{
public:
    SearchIndexer(TextQueue &texts, std::array<std::unique_ptr<SearchIndexBuilder>, TableCount> &builders)
        : m_texts(texts), m_builders(builders)
    {}

    // False if a builder failed; failure() says why.
    bool run()
    {
        while (std::optional<TextBatch> batch = m_texts.pop()) {
            SearchIndexBuilder &builder = *m_builders[batch->table];
            int start = 0;
            for (qsizetype i = 0; i < batch->ids.size(); ++i) {
                const int end = batch->ends.at(i);
                if (Result<void> added = builder.add(batch->ids.at(i),
                                                     QByteArrayView(batch->bytes).sliced(start, end - start));
                    !added.ok()) {
                    m_failure = added.error();
                    return false;
                }
                start = end;
            }
        }
        for (const std::unique_ptr<SearchIndexBuilder> &builder : m_builders) {
            if (!builder)
                continue;
            if (Result<void> done = builder->finish(); !done.ok()) {
                m_failure = done.error();
                return false;
            }
        }
        return true;
    }
    const std::optional<Error> &failure() const { return m_failure; }

private:
    TextQueue &m_texts;
    std::array<std::unique_ptr<SearchIndexBuilder>, TableCount> &m_builders;
    std::optional<Error> m_failure;
};

// The rows actually made: activities and tasks need leads, deals need stages.
DemoDataCounts rowsMade(const DemoPlan &plan)
{
    DemoDataCounts made = plan.counts;
    if (made.leads == 0) {
        made.activities = 0;
        made.tasks = 0;
    }
    if (plan.stages.isEmpty())
        made.opportunities = 0;
    return made;
}
// Users, lists and ids the rows need, read on the calling thread before the worker starts.
Result<DemoPlan> preparePlan(Database &database, const DemoDataCounts &counts)
{
    DemoPlan plan;
    plan.counts = counts;
    plan.userName = database.userName();
    // A small sales team to own the records.
    UserRepository users(database);
    const std::array<std::pair<const char *, const char16_t *>, 5> team{
        std::pair{"an.nguyen", u"Nguyễn Văn An"}, std::pair{"linh.tran", u"Trần Thị Linh"},
        std::pair{"hung.le", u"Lê Minh Hùng"}, std::pair{"thao.pham", u"Phạm Thu Thảo"},
        std::pair{"duc.dang", u"Đặng Hữu Đức"}};
    for (const auto &[login, display] : team) {
        Result<User> user = users.ensure(QString::fromLatin1(login), text(display));
        if (!user.ok())
            return user.error();
        plan.ownerIds << user->meta.id;
    }
    Result<Lookups> lookups = Lookups::load(database);
    if (!lookups.ok())
        return lookups.error();
    const Pipeline *pipeline = lookups->defaultPipeline();
    if (!pipeline)
        return Error{ErrorCode::Damaged, DemoDataGenerator::tr("The database has no pipeline."), {}};
    plan.pipelineId = pipeline->meta.id;
    for (const Stage &stage : lookups->stages()) {
        if (stage.pipelineId == pipeline->meta.id)
            plan.stages << stage;
    }
    for (const LeadStatus &status : lookups->statuses()) {
        if (status.kind != LeadStatusKind::Converted)
            plan.openStatusIds << status.meta.id;
    }
    for (const Source &source : lookups->sources())
        plan.sourceIds << source.meta.id;
    for (const LostReason &reason : lookups->lostReasons())
        plan.lostReasonIds << reason.meta.id;
    return plan;
}

// Foreign keys are not checked during the write (they were a fifth of its time): every reference is
// to a row made in it or to a user or list entry read before it began. Those are checked here, inside
// the write transaction, where nobody can remove them any more.
Result<void> checkReferences(BulkWriter &bulk, const DemoPlan &plan)
{
    QList<qint64> stageIds;
    for (const Stage &stage : plan.stages)
        stageIds << stage.meta.id;
    const std::array<std::pair<QString, QList<qint64>>, 6> references{{
        {QStringLiteral("users"), plan.ownerIds},
        {QStringLiteral("sources"), plan.sourceIds},
        {QStringLiteral("lead_statuses"), plan.openStatusIds},
        {QStringLiteral("pipelines"), {plan.pipelineId}},
        {QStringLiteral("stages"), stageIds},
        {QStringLiteral("lost_reasons"), plan.lostReasonIds},
    }};
    for (const auto &[table, ids] : references) {
        for (const qint64 id : ids) {
            Result<qint64> found = bulk.queryInteger(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)").arg(table), {id});
            if (!found.ok())
                return found.error();
            if (*found == 0) {
                return Error{
                    ErrorCode::Busy,
                    DemoDataGenerator::tr("The lists changed while demo data was being made. Nothing "
                                          "was saved; try again."),
                    {}};
            }
        }
    }
    return {};
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Database &database, quint64 seed) : m_database(database), m_seed(seed) {}

DemoDataCounts DemoDataGenerator::proportionalTo(qint64 leads)
{
    DemoDataCounts counts;
    counts.leads = leads;
    counts.accounts = leads / 10;
    counts.contacts = leads / 5;
    counts.opportunities = leads / 10;
    counts.activities = leads / 10;
    counts.tasks = leads / 10;
    return counts;
}

Result<DemoDataCounts> DemoDataGenerator::generate(const DemoDataCounts &counts)
{
    if (counts.leads < 0 || counts.accounts < 0 || counts.contacts < 0 || counts.opportunities < 0 ||
        counts.activities < 0 || counts.tasks < 0)
        return Error::invalid(QStringLiteral("leads"), tr("The number of demo records cannot be negative."));

    // The rows are written on a second connection, which would wait for a transaction held on this one.
    if (m_database.transactionDepth() > 0)
        return Error{ErrorCode::Busy, tr("Demo data cannot be added in the middle of another change."), {}};
    Result<DemoPlan> plan = preparePlan(m_database, counts);
    if (!plan.ok())
        return plan.error();
    const DemoDataCounts made = rowsMade(*plan);
    const std::array<qint64, TableCount> madeByTable{made.accounts,      made.contacts,   made.leads,
                                                     made.opportunities, made.activities, made.tasks};

    Result<std::unique_ptr<BulkWriter>> opened = BulkWriter::open(m_database.path());
    if (!opened.ok())
        return opened.error();
    BulkWriter &bulk = **opened;
    if (Result<void> unchecked = bulk.setForeignKeys(false); !unchecked.ok())
        return unchecked.error();
    // A file this program created a moment ago, with none of these records yet, holds nothing but the
    // default lists: waiting for the disk to confirm 700 MB (seconds when the disk is busy) would
    // protect nothing that cannot be made again, so the write trusts the system's cache. (SQLite
    // takes this setting only outside a transaction; the tables are checked again inside it.)
    bool fresh = m_database.wasCreated();
    for (int table = 0; table < TableCount && fresh; ++table) {
        Result<qint64> any = bulk.queryInteger(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(tableSpecs()[size_t(table)].table));
        if (!any.ok())
            return any.error();
        fresh = *any == 0;
    }
    if (fresh) {
        if (Result<void> done = bulk.setDurable(false); !done.ok())
            return done.error();
    }
    if (Result<void> begun = bulk.begin(); !begun.ok())
        return begun.error();
    if (Result<void> checked = checkReferences(bulk, *plan); !checked.ok())
        return checked.error();
    // Inside the write transaction nobody else can add rows, so ids continue after the largest.
    for (int table = 0; table < TableCount; ++table) {
        Result<qint64> last = bulk.queryInteger(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") +
                                                tableSpecs()[size_t(table)].table);
        if (!last.ok())
            return last.error();
        plan->firstId[size_t(table)] = *last + 1;
    }
    if (fresh && std::any_of(plan->firstId.begin(), plan->firstId.end(), [](qint64 id) { return id != 1; })) {
        return Error{ErrorCode::Busy,
                     tr("Another program wrote to the new file while demo data was being made. Nothing "
                        "was saved; try again."),
                     {}};
    }

    std::array<std::optional<BulkWriter::Statement>, TableCount> inserts;
    std::array<std::unique_ptr<SearchIndexBuilder>, TableCount> builders;
    std::array<bool, TableCount> suspended{};
    for (int table = 0; table < TableCount; ++table) {
        const TableSpec &spec = tableSpecs()[size_t(table)];
        // Rebuilding a table's indexes pays off when the new rows at least double it; a few rows added
        // to a large table are cheaper to index one by one.
        const qint64 existing = plan->firstId[size_t(table)] - 1;
        if (madeByTable[size_t(table)] > 0 && madeByTable[size_t(table)] >= existing) {
            if (Result<void> done = bulk.suspendIndexing(spec.table); !done.ok())
                return done.error();
            suspended[size_t(table)] = true;
            // A table that was empty gets its whole search index built on another thread.
            if (existing == 0 && spec.textIndexed) {
                Result<std::unique_ptr<SearchIndexBuilder>> builder = bulk.searchIndexBuilder(spec.table);
                if (!builder.ok())
                    return builder.error();
                builders[size_t(table)] = std::move(builder).value();
                plan->searchIndexed[size_t(table)] = true;
            }
        }
        const QStringList columns = QStringList{QStringLiteral("id"),         QStringLiteral("uuid"),
                                                QStringLiteral("created_at"), QStringLiteral("created_by"),
                                                QStringLiteral("updated_at"), QStringLiteral("updated_by")} +
                                    spec.columns;
        Result<BulkWriter::Statement> statement =
            bulk.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(spec.table, columns.join(u','),
                                  QStringList(columns.size(), QStringLiteral("?")).join(u',')));
        if (!statement.ok())
            return statement.error();
        inserts[size_t(table)].emplace(std::move(statement).value());
    }

    // Three threads: one makes the rows, one indexes their search text, this one writes them and then
    // builds the other indexes. On two cores the search indexer runs in the gaps the other two leave
    // (lowerThisThreadsPriority) and catches up while the leads' indexes are built.
    BatchQueue rows(rowBatchesAhead);
    TextQueue texts(textBatchesAhead);
    DemoProducer producer(*plan, m_seed, rows, texts);
    SearchIndexer indexer(texts, builders);
    std::thread making([&producer] { producer.run(); });
    std::thread indexing([&indexer, &rows, &texts] {
        lowerThisThreadsPriority();
        if (!indexer.run()) {
            rows.cancel();
            texts.cancel();
        }
    });
    auto stopThreads = qScopeGuard([&] {
        rows.cancel();
        texts.cancel();
        making.join();
        indexing.join();
    });
    std::optional<Error> failure;
    std::array<bool, TableCount> indexed{};
    auto buildIndexes = [&](int table) {
        if (!suspended[size_t(table)] || indexed[size_t(table)] || failure)
            return;
        indexed[size_t(table)] = true;
        if (Result<void> done = bulk.rebuildIndexes(tableSpecs()[size_t(table)].table); !done.ok())
            failure = done.error();
    };
    std::optional<Table> previous;
    while (std::optional<Batch> batch = rows.pop()) {
        // Each table's rows come in one run: when another table's start, its indexes can be built.
        if (previous && *previous != batch->table)
            buildIndexes(*previous);
        previous = batch->table;
        for (qsizetype i = 0; i < batch->used && !failure; ++i) {
            if (Result<void> done = inserts[size_t(batch->table)]->run(batch->rows.at(i)); !done.ok())
                failure = done.error();
        }
        if (failure)
            break;
        rows.recycle(std::move(*batch));
    }
    // The last table's, while the search indexes are finished on the other thread.
    for (int table = 0; table < TableCount; ++table)
        buildIndexes(table);
    if (failure) {
        rows.cancel();
        texts.cancel();
    }
    making.join();
    indexing.join();
    stopThreads.dismiss();
    if (failure)
        return *failure;
    if (indexer.failure())
        return *indexer.failure();

    Result<BulkWriter::Statement> insertLog = bulk.prepare(QStringLiteral(
        "INSERT INTO change_log (entity, entity_id, op, user_name, at, changes) VALUES (?,0,?,?,?,?)"));
    if (!insertLog.ok())
        return insertLog.error();
    for (int table = 0; table < TableCount; ++table) {
        const TableSpec &spec = tableSpecs()[size_t(table)];
        const qint64 first = plan->firstId[size_t(table)];
        const qint64 count = madeByTable[size_t(table)];
        // The indexes are rebuilt for the new rows (count 0: nothing new to index).
        if (Result<void> resumed =
                bulk.resumeIndexing(spec.table, count > 0 ? first : std::numeric_limits<qint64>::max(),
                                    builders[size_t(table)].get());
            !resumed.ok())
            return resumed.error();
        builders[size_t(table)].reset(); // its in-memory database, tens of megabytes, is not needed now
        if (count == 0)
            continue;
        // One entry per table naming the id range, instead of a million.
        const QJsonObject details{{QStringLiteral("first_id"), first},
                                  {QStringLiteral("last_id"), first + count - 1},
                                  {QStringLiteral("count"), count},
                                  {QStringLiteral("seed"), qint64(m_seed)}};
        if (Result<void> logged = insertLog->run(
                {spec.entity, QStringLiteral("bulk_create"), m_database.userName(), Database::nowUtc(),
                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
            !logged.ok())
            return logged.error();
    }
    if (Result<void> committed = bulk.commit(); !committed.ok())
        return committed.error();
    return made;
}
