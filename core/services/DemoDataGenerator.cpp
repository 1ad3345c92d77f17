#include "services/DemoDataGenerator.h"

#include "services/Lookups.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/SearchText.h"
#include "storage/SqlValue.h"
#include "storage/UserRepository.h"
#include "text/PersonName.h"
#include "text/Provinces.h"
#include "text/VietnameseText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <array>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

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
constexpr std::array communes{u"Phường Bến Thành", u"Phường Sài Gòn",  u"Phường Hoàn Kiếm",
                              u"Phường Ba Đình",   u"Phường Hải Châu", u"Phường Ninh Kiều",
                              u"Xã Tân Phú",       u"Xã Hòa Bình",     u"Phường Thủ Dầu Một",
                              u"Xã Phước Long",    u"Phường Cầu Giấy", u"Xã An Phú"};
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
constexpr std::array taskTitles{u"Gọi lại cho khách", u"Gửi báo giá",     u"Chuẩn bị hợp đồng",
                                u"Hẹn demo sản phẩm", u"Nhắc thanh toán", u"Gửi tài liệu qua Zalo"};

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

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
    QString weighted(const auto &items)
    {
        int total = 0;
        for (const Weighted &item : items)
            total += item.weight;
        int roll = below(total);
        for (const Weighted &item : items) {
            if ((roll -= item.weight) < 0)
                return text(item.text);
        }
        return text(items[0].text);
    }
    QString uuid()
    {
        // A version 4 UUID from the seeded engine rather than the system's random source.
        const QUuid id{uint(m_engine()),
                       ushort(m_engine()),
                       ushort((m_engine() & 0x0fff) | 0x4000),
                       uchar((m_engine() & 0x3f) | 0x80),
                       uchar(m_engine()),
                       uchar(m_engine()),
                       uchar(m_engine()),
                       uchar(m_engine()),
                       uchar(m_engine()),
                       uchar(m_engine()),
                       uchar(m_engine())};
        return id.toString(QUuid::WithoutBraces);
    }
    QString mobile()
    {
        QString number = QString::fromLatin1(pick(mobilePrefixes));
        for (int i = 0; i < 7; ++i)
            number += QChar(u'0' + below(10));
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
    QDateTime timeWithinDays(const QDateTime &now, int days)
    {
        return now.addSecs(-between(0, qint64(days) * 86400));
    }

private:
    std::mt19937_64 m_engine;
};

struct Person
{
    PersonName name;
    QString fullName;
    QString folded;
    QByteArray sortKey;
};

QVariant nullable(const QString &value)
{
    return SqlValue::to(value);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
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
    QStringList columns; // after id and the bookkeeping columns
};

const std::array<TableSpec, TableCount> &tableSpecs()
{
    static const std::array<TableSpec, TableCount> specs{{
        {QStringLiteral("accounts"),
         QStringLiteral("account"),
         {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("is_individual"),
          QStringLiteral("tax_code"), QStringLiteral("phone"), QStringLiteral("email"),
          QStringLiteral("industry"), QStringLiteral("street"), QStringLiteral("province"),
          QStringLiteral("owner_id"), QStringLiteral("search_text"), QStringLiteral("sort_key")}},
        {QStringLiteral("contacts"),
         QStringLiteral("contact"),
         {QStringLiteral("full_name"), QStringLiteral("family_name"), QStringLiteral("middle_name"),
          QStringLiteral("given_name"), QStringLiteral("phone"), QStringLiteral("zalo_phone"),
          QStringLiteral("email"), QStringLiteral("account_id"), QStringLiteral("role"),
          QStringLiteral("job_title"), QStringLiteral("province"), QStringLiteral("owner_id"),
          QStringLiteral("search_text"), QStringLiteral("sort_key")}},
        {QStringLiteral("leads"),
         QStringLiteral("lead"),
         {QStringLiteral("full_name"),     QStringLiteral("family_name"), QStringLiteral("middle_name"),
          QStringLiteral("given_name"),    QStringLiteral("salutation"),  QStringLiteral("phone"),
          QStringLiteral("zalo_phone"),    QStringLiteral("email"),       QStringLiteral("company"),
          QStringLiteral("job_title"),     QStringLiteral("commune"),     QStringLiteral("province"),
          QStringLiteral("source_id"),     QStringLiteral("owner_id"),    QStringLiteral("status_id"),
          QStringLiteral("qualification"), QStringLiteral("temperature"), QStringLiteral("score"),
          QStringLiteral("search_text"),   QStringLiteral("sort_key")}},
        {QStringLiteral("opportunities"),
         QStringLiteral("opportunity"),
         {QStringLiteral("name"), QStringLiteral("account_id"), QStringLiteral("contact_id"),
          QStringLiteral("pipeline_id"), QStringLiteral("stage_id"), QStringLiteral("position"),
          QStringLiteral("amount"), QStringLiteral("probability"), QStringLiteral("expected_close_date"),
          QStringLiteral("stage_entered_at"), QStringLiteral("closed_at"), QStringLiteral("lost_reason_id"),
          QStringLiteral("owner_id")}},
        {QStringLiteral("activities"),
         QStringLiteral("activity"),
         {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("occurred_at"),
          QStringLiteral("duration_minutes"), QStringLiteral("lead_id"), QStringLiteral("owner_id")}},
        {QStringLiteral("tasks"),
         QStringLiteral("task"),
         {QStringLiteral("title"), QStringLiteral("due_at"), QStringLiteral("priority"),
          QStringLiteral("assignee_id"), QStringLiteral("completed_at"), QStringLiteral("lead_id")}},
    }};
    return specs;
}

struct Batch
{
    Table table = Accounts;
    QList<BulkRow> rows;
};

// Hands batches of rows from the thread that makes them to the thread that writes them. Bounded, so
// the maker cannot run far ahead; cancel() stops both sides when the writer fails.
class BatchQueue
{
public:
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_batches.size() < capacity; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_finished || !m_batches.empty(); });
        if (m_cancelled || m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
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

private:
    static constexpr size_t capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_cancelled = false;
};

// Everything the rows refer to, read from the database before the worker starts: the worker never
// touches the database, so ids are assigned here (each table continues after its largest id).
struct DemoPlan
{
    DemoDataCounts counts;
    std::array<qint64, TableCount> firstId{};
    QString userName;
    QList<qint64> ownerIds;
    qint64 pipelineId = 0;
    QList<Stage> stages;
    QList<qint64> openStatusIds;
    QList<qint64> sourceIds;
    QList<qint64> lostReasonIds;
};

// Makes every row on a worker thread, in a fixed order from one seeded engine, so a seed always gives
// the same database; the calling thread only binds and writes.
class DemoProducer
{
public:
    DemoProducer(const DemoPlan &plan, quint64 seed, BatchQueue &queue)
        : m_plan(plan), m_dice(seed), m_queue(queue), m_now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC)
    {}

    void run()
    {
        if (produceAccounts() && produceContacts() && produceLeads() && produceOpportunities() &&
            produceActivities() && produceTasks())
            flush();
        m_queue.finish();
    }

private:
    static constexpr qsizetype batchSize = 2000;

    qint64 idOf(Table table, qint64 index) const { return m_plan.firstId[table] + index; }
    qint64 owner() { return m_plan.ownerIds.at(m_dice.below(int(m_plan.ownerIds.size()))); }
    const QString &province() { return Provinces::all().at(m_dice.below(int(Provinces::all().size()))); }

    // Adds the id and bookkeeping columns in front of the row's own values; false once the writer gave up.
    bool emitRow(Table table, qint64 id, const QDateTime &createdAt, QVariantList values)
    {
        if (m_batch.table != table || m_batch.rows.size() >= batchSize) {
            if (!flush())
                return false;
            m_batch.table = table;
        }
        const QString stamp = SqlValue::timestamp(createdAt);
        QVariantList row{id, m_dice.uuid(), stamp, m_plan.userName, stamp, m_plan.userName};
        row += values;
        m_batch.rows.append(BulkRow(row));
        return true;
    }

    bool flush()
    {
        if (m_batch.rows.isEmpty())
            return true;
        Batch full{m_batch.table, {}};
        full.rows.swap(m_batch.rows);
        m_batch.rows.reserve(batchSize);
        return m_queue.push(std::move(full));
    }

    Person person()
    {
        const bool female = m_dice.chance(50);
        Person p;
        p.name.family = m_dice.weighted(familyNames);
        p.name.middle = text(female ? m_dice.pick(femaleMiddle) : m_dice.pick(maleMiddle));
        if (m_dice.chance(15))
            p.name.middle += u' ' + text(female ? m_dice.pick(femaleGiven) : m_dice.pick(maleGiven));
        p.name.given = text(female ? m_dice.pick(femaleGiven) : m_dice.pick(maleGiven));
        p.fullName = p.name.fullName();
        // A few tens of thousands of distinct names recur across a million rows: fold and collate each once.
        auto known = m_names.constFind(p.fullName);
        if (known == m_names.constEnd())
            known = m_names.insert(p.fullName, {VietnameseText::fold(p.fullName), p.name.sortKey()});
        p.folded = known->first;
        p.sortKey = known->second;
        return p;
    }

    const QString &foldedCompany(const QString &company)
    {
        auto known = m_companies.constFind(company);
        if (known == m_companies.constEnd())
            known = m_companies.insert(company, VietnameseText::fold(company));
        return *known;
    }

    QString emailFor(const Person &p)
    {
        const QStringList words = p.folded.split(u' ');
        QString local = words.constLast() + u'.' + words.constFirst();
        if (m_dice.chance(60))
            local += QString::number(m_dice.between(1, 999));
        return local + u'@' + QString::fromLatin1(m_dice.pick(mailDomains));
    }

    QString companyName()
    {
        return text(m_dice.pick(companyForms)) + u' ' + text(m_dice.pick(companyTrades)) + u' ' +
               text(m_dice.pick(companyNames));
    }

    bool produceAccounts()
    {
        m_accountNames.reserve(m_plan.counts.accounts);
        for (qint64 i = 0; i < m_plan.counts.accounts; ++i) {
            const QString name = companyName();
            const QString taxCode = m_dice.taxCode();
            const QString phone = m_dice.mobile();
            const QString email =
                QStringLiteral("lienhe%1@congty%2.vn").arg(i + 1).arg(m_dice.between(1, 99999));
            const QDateTime created = m_dice.timeWithinDays(m_now, 900);
            if (!emitRow(
                    Accounts, idOf(Accounts, i), created,
                    {name, QStringLiteral("customer"), 0, taxCode, phone, email,
                     nullable(name.section(u' ', -3, -3)),
                     QStringLiteral("Số %1 %2").arg(m_dice.between(1, 500)).arg(text(m_dice.pick(streets))),
                     province(), owner(),
                     SearchText().text(name).text(taxCode).email(email).phone(phone).toString(),
                     PersonName{{}, {}, name}.sortKey()}))
                return false;
            m_accountNames << name;
        }
        return true;
    }

    bool produceContacts()
    {
        static constexpr std::array roles{"decision_maker", "influencer", "user", "gatekeeper", "unknown"};
        m_contactAccounts.reserve(m_plan.counts.contacts);
        for (qint64 i = 0; i < m_plan.counts.contacts; ++i) {
            const Person p = person();
            const QString phone = m_dice.mobile();
            const QString email = emailFor(p);
            const qint64 accountIndex =
                m_accountNames.isEmpty() || m_dice.chance(10) ? -1 : m_dice.below(int(m_accountNames.size()));
            const QDateTime created = m_dice.timeWithinDays(m_now, 900);
            if (!emitRow(Contacts, idOf(Contacts, i), created,
                         {p.fullName, p.name.family, nullable(p.name.middle), p.name.given, phone, phone,
                          email, accountIndex >= 0 ? QVariant(idOf(Accounts, accountIndex)) : nullableId(0),
                          QString::fromLatin1(m_dice.pick(roles)), text(m_dice.pick(titles)), province(),
                          owner(), SearchText().folded(p.folded).email(email).phone(phone).toString(),
                          p.sortKey}))
                return false;
            m_contactAccounts << accountIndex;
        }
        return true;
    }

    bool produceLeads()
    {
        static constexpr std::array qualifications{"none", "none", "mql", "sql", "pql"};
        for (qint64 i = 0; i < m_plan.counts.leads; ++i) {
            const Person p = person();
            const bool hasPhone = m_dice.chance(90);
            const QString phone = hasPhone ? m_dice.mobile() : QString();
            const QString email = !hasPhone || m_dice.chance(50) ? emailFor(p) : QString();
            const QString company = m_dice.chance(55)
                                        ? (m_accountNames.isEmpty() || m_dice.chance(50)
                                               ? companyName()
                                               : m_accountNames.at(m_dice.below(int(m_accountNames.size()))))
                                        : QString();
            const int score = m_dice.below(101);
            const char *temperature = score >= 70 ? "hot" : score >= 40 ? "warm" : "cold";
            const bool female = p.name.middle.startsWith(u"Thị");
            const QDateTime created = m_dice.timeWithinDays(m_now, 720);
            if (!emitRow(
                    Leads, idOf(Leads, i), created,
                    {p.fullName,
                     p.name.family,
                     nullable(p.name.middle),
                     p.name.given,
                     female ? QStringLiteral("chị") : QStringLiteral("anh"),
                     nullable(phone),
                     nullable(phone),
                     nullable(email),
                     nullable(company),
                     company.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : text(m_dice.pick(titles)),
                     text(m_dice.pick(communes)),
                     province(),
                     m_plan.sourceIds.isEmpty()
                         ? nullableId(0)
                         : QVariant(m_plan.sourceIds.at(m_dice.below(int(m_plan.sourceIds.size())))),
                     owner(),
                     m_plan.openStatusIds.isEmpty()
                         ? nullableId(0)
                         : QVariant(m_plan.openStatusIds.at(m_dice.below(int(m_plan.openStatusIds.size())))),
                     QString::fromLatin1(m_dice.pick(qualifications)),
                     QString::fromLatin1(temperature),
                     score,
                     SearchText()
                         .folded(p.folded)
                         .folded(foldedCompany(company))
                         .email(email)
                         .phone(phone)
                         .toString(),
                     p.sortKey}))
                return false;
        }
        return true;
    }

    bool produceOpportunities()
    {
        static constexpr std::array products{
            u"Phần mềm quản lý bán hàng", u"Gói bảo trì năm", u"Thiết bị văn phòng",
            u"Hợp đồng cung cấp",         u"Dịch vụ tư vấn",  u"Đơn hàng quý"};
        QHash<qint64, int> nextPosition;
        for (qint64 i = 0; i < m_plan.counts.opportunities && !m_plan.stages.isEmpty(); ++i) {
            const Stage &stage = m_plan.stages.at(m_dice.below(int(m_plan.stages.size())));
            const qint64 contactIndex =
                m_contactAccounts.isEmpty() ? -1 : m_dice.below(int(m_contactAccounts.size()));
            const qint64 accountIndex = contactIndex >= 0 ? m_contactAccounts.at(contactIndex) : -1;
            const QDateTime entered = m_dice.timeWithinDays(m_now, 120);
            const bool closed = stage.kind != StageKind::Open;
            const QString name =
                text(m_dice.pick(products)) +
                (accountIndex >= 0 ? QStringLiteral(" – ") + m_accountNames.at(accountIndex) : QString());
            const QDateTime created = entered.addDays(-m_dice.between(0, 60));
            if (!emitRow(
                    Opportunities, idOf(Opportunities, i), created,
                    {name, accountIndex >= 0 ? QVariant(idOf(Accounts, accountIndex)) : nullableId(0),
                     contactIndex >= 0 ? QVariant(idOf(Contacts, contactIndex)) : nullableId(0),
                     m_plan.pipelineId, stage.meta.id, nextPosition[stage.meta.id]++,
                     m_dice.between(50, 20000) * 100000, stage.probability,
                     SqlValue::to(m_now.date().addDays(m_dice.between(-30, 180))),
                     SqlValue::timestamp(entered),
                     closed ? QVariant(SqlValue::timestamp(entered))
                            : QVariant(QMetaType::fromType<QString>()),
                     stage.kind == StageKind::Lost && !m_plan.lostReasonIds.isEmpty()
                         ? QVariant(m_plan.lostReasonIds.at(m_dice.below(int(m_plan.lostReasonIds.size()))))
                         : nullableId(0),
                     owner()}))
                return false;
        }
        return true;
    }

    // Activities and tasks belong to leads.
    qint64 someLead() { return idOf(Leads, m_dice.between(0, m_plan.counts.leads - 1)); }

    bool produceActivities()
    {
        static constexpr std::array kinds{"call", "call", "zalo", "email", "meeting", "note", "sms"};
        for (qint64 i = 0; i < m_plan.counts.activities && m_plan.counts.leads > 0; ++i) {
            const QDateTime at = m_dice.timeWithinDays(m_now, 90);
            if (!emitRow(Activities, idOf(Activities, i), at,
                         {QString::fromLatin1(m_dice.pick(kinds)), text(m_dice.pick(activitySubjects)),
                          SqlValue::timestamp(at), m_dice.between(0, 45), someLead(), owner()}))
                return false;
        }
        return true;
    }

    bool produceTasks()
    {
        static constexpr std::array priorities{"low", "normal", "normal", "high"};
        for (qint64 i = 0; i < m_plan.counts.tasks && m_plan.counts.leads > 0; ++i) {
            const QDateTime due =
                m_now.addSecs(m_dice.between(-14, 30) * 86400 + m_dice.between(8, 17) * 3600);
            const bool done = due < m_now && m_dice.chance(60);
            if (!emitRow(
                    Tasks, idOf(Tasks, i), due.addDays(-7),
                    {text(m_dice.pick(taskTitles)), SqlValue::timestamp(due),
                     QString::fromLatin1(m_dice.pick(priorities)), owner(),
                     done ? QVariant(SqlValue::timestamp(due)) : QVariant(QMetaType::fromType<QString>()),
                     someLead()}))
                return false;
        }
        return true;
    }

    const DemoPlan &m_plan;
    Dice m_dice;
    BatchQueue &m_queue;
    QDateTime m_now;
    Batch m_batch;
    QStringList m_accountNames;
    QList<qint64> m_contactAccounts;                        // index into the accounts, or -1
    QHash<QString, std::pair<QString, QByteArray>> m_names; // full name → folded, sort key
    QHash<QString, QString> m_companies;                    // company → folded
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
    if (Result<void> begun = bulk.begin(); !begun.ok())
        return begun.error();
    // Inside the write transaction nobody else can add rows, so ids continue after the largest.
    for (int table = 0; table < TableCount; ++table) {
        Result<qint64> last = bulk.queryInteger(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") +
                                                tableSpecs()[size_t(table)].table);
        if (!last.ok())
            return last.error();
        plan->firstId[size_t(table)] = *last + 1;
    }

    std::array<std::optional<BulkWriter::Statement>, TableCount> inserts;
    for (int table = 0; table < TableCount; ++table) {
        const TableSpec &spec = tableSpecs()[size_t(table)];
        // Rebuilding a table's indexes pays off when the new rows at least double it; a few rows added
        // to a large table are cheaper to index one by one.
        const qint64 existing = plan->firstId[size_t(table)] - 1;
        if (madeByTable[size_t(table)] > 0 && madeByTable[size_t(table)] >= existing) {
            if (Result<void> suspended = bulk.suspendIndexing(spec.table); !suspended.ok())
                return suspended.error();
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

    BatchQueue queue;
    DemoProducer producer(*plan, m_seed, queue);
    std::thread worker([&producer] { producer.run(); });
    std::optional<Error> failure;
    while (std::optional<Batch> batch = queue.pop()) {
        for (const BulkRow &row : std::as_const(batch->rows)) {
            if (Result<void> done = inserts[size_t(batch->table)]->run(row); !done.ok()) {
                failure = done.error();
                break;
            }
        }
        if (failure) {
            queue.cancel();
            break;
        }
    }
    worker.join();
    if (failure)
        return *failure;

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
                bulk.resumeIndexing(spec.table, count > 0 ? first : std::numeric_limits<qint64>::max());
            !resumed.ok())
            return resumed.error();
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
