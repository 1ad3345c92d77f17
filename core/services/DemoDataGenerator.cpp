#include "services/DemoDataGenerator.h"

#include "domain/Account.h"
#include "services/Lookups.h"
#include "storage/BulkWriter.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/LeadRepository.h"
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
#include <limits>
#include <random>

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

class DemoWriter
{
public:
    // "Now" is fixed, so a seed reproduces the same rows whatever the day.
    DemoWriter(BulkWriter &bulk, const QString &userName, quint64 seed)
        : m_bulk(bulk), m_userName(userName), m_dice(seed), m_now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC)
    {}

    Result<BulkWriter::Statement> prepareInsert(const QString &table, const QStringList &columns)
    {
        QStringList all{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                        QStringLiteral("updated_at"), QStringLiteral("updated_by")};
        all += columns;
        return m_bulk.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, all.join(u','), QStringList(all.size(), QStringLiteral("?")).join(u',')));
    }

    // Adds the bookkeeping columns to the row's own values, runs it and returns the new id.
    Result<qint64> insert(BulkWriter::Statement &statement, const QDateTime &createdAt,
                          const QVariantList &values)
    {
        const QString stamp = SqlValue::timestamp(createdAt);
        QVariantList row{m_dice.uuid(), stamp, m_userName, stamp, m_userName};
        row += values;
        return statement.insert(row);
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

    Dice &dice() { return m_dice; }
    const QDateTime &now() const { return m_now; }

private:
    BulkWriter &m_bulk;
    QString m_userName;
    Dice m_dice;
    QDateTime m_now;
    QHash<QString, std::pair<QString, QByteArray>> m_names; // full name → folded, sort key
    QHash<QString, QString> m_companies;                    // company → folded
};

QVariant nullable(const QString &value)
{
    return SqlValue::to(value);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
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

    // A small sales team to own the records.
    UserRepository users(m_database);
    QList<qint64> ownerIds;
    const std::array<std::pair<const char *, const char16_t *>, 5> team{
        std::pair{"an.nguyen", u"Nguyễn Văn An"}, std::pair{"linh.tran", u"Trần Thị Linh"},
        std::pair{"hung.le", u"Lê Minh Hùng"}, std::pair{"thao.pham", u"Phạm Thu Thảo"},
        std::pair{"duc.dang", u"Đặng Hữu Đức"}};
    for (const auto &[login, display] : team) {
        Result<User> user = users.ensure(QString::fromLatin1(login), text(display));
        if (!user.ok())
            return user.error();
        ownerIds << user->meta.id;
    }
    Result<Lookups> lookups = Lookups::load(m_database);
    if (!lookups.ok())
        return lookups.error();
    const Pipeline *pipeline = lookups->defaultPipeline();
    if (!pipeline)
        return Error{ErrorCode::Damaged, tr("The database has no pipeline."), {}};
    QList<Stage> stages;
    for (const Stage &stage : lookups->stages()) {
        if (stage.pipelineId == pipeline->meta.id)
            stages << stage;
    }

    Result<std::unique_ptr<BulkWriter>> opened = BulkWriter::open(m_database.path());
    if (!opened.ok())
        return opened.error();
    BulkWriter &bulk = **opened;
    if (Result<void> begun = bulk.begin(); !begun.ok())
        return begun.error();
    const QStringList bulkTables{QStringLiteral("accounts"),   QStringLiteral("contacts"),
                                 QStringLiteral("leads"),      QStringLiteral("opportunities"),
                                 QStringLiteral("activities"), QStringLiteral("tasks")};
    for (const QString &table : bulkTables) {
        if (Result<void> suspended = bulk.suspendIndexing(table); !suspended.ok())
            return suspended.error();
    }
    Result<BulkWriter::Statement> insertLog = bulk.prepare(QStringLiteral(
        "INSERT INTO change_log (entity, entity_id, op, user_name, at, changes) VALUES (?,0,?,?,?,?)"));
    if (!insertLog.ok())
        return insertLog.error();
    DemoWriter writer(bulk, m_database.userName(), m_seed);
    Dice &dice = writer.dice();
    const QStringList &provinces = Provinces::all();
    const qint64 total = counts.leads + counts.accounts + counts.contacts + counts.opportunities +
                         counts.activities + counts.tasks;
    qint64 written = 0;
    auto progressed = [&] {
        if (m_progress && ++written % 10000 == 0)
            m_progress(written, total);
    };
    auto logBulk = [&](const QString &entity, qint64 first, qint64 count) -> Result<void> {
        if (count == 0)
            return {};
        const QJsonObject details{{QStringLiteral("first_id"), first},
                                  {QStringLiteral("last_id"), first + count - 1},
                                  {QStringLiteral("count"), count},
                                  {QStringLiteral("seed"), qint64(m_seed)}};
        return insertLog->run({entity, QStringLiteral("bulk_create"), m_database.userName(),
                               Database::nowUtc(),
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    };

    // Accounts.
    Result<BulkWriter::Statement> insertAccount = writer.prepareInsert(
        QStringLiteral("accounts"),
        {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("is_individual"),
         QStringLiteral("tax_code"), QStringLiteral("phone"), QStringLiteral("email"),
         QStringLiteral("industry"), QStringLiteral("street"), QStringLiteral("province"),
         QStringLiteral("owner_id"), QStringLiteral("search_text"), QStringLiteral("sort_key")});
    if (!insertAccount.ok())
        return insertAccount.error();
    QList<qint64> accountIds;
    QStringList accountNames;
    accountIds.reserve(counts.accounts);
    for (qint64 i = 0; i < counts.accounts; ++i) {
        Account account;
        account.name = writer.companyName();
        account.taxCode = dice.taxCode();
        account.phone = dice.mobile();
        account.email = QStringLiteral("lienhe%1@congty%2.vn").arg(i + 1).arg(dice.between(1, 99999));
        const QString trade = account.name.section(u' ', -3, -3);
        Result<qint64> id = writer.insert(
            *insertAccount, dice.timeWithinDays(writer.now(), 900),
            {account.name, QStringLiteral("customer"), 0, account.taxCode, account.phone, account.email,
             nullable(trade),
             QStringLiteral("Số %1 %2").arg(dice.between(1, 500)).arg(text(dice.pick(streets))),
             provinces.at(dice.below(int(provinces.size()))), ownerIds.at(dice.below(int(ownerIds.size()))),
             SearchText()
                 .text(account.name)
                 .text(account.taxCode)
                 .email(account.email)
                 .phone(account.phone)
                 .toString(),
             PersonName{{}, {}, account.name}.sortKey()});
        if (!id.ok())
            return id.error();
        accountIds << *id;
        accountNames << account.name;
        progressed();
    }
    if (Result<void> logged = logBulk(QStringLiteral("account"), accountIds.value(0), accountIds.size());
        !logged.ok())
        return logged.error();

    // Contacts, most of them at an account.
    Result<BulkWriter::Statement> insertContact = writer.prepareInsert(
        QStringLiteral("contacts"),
        {QStringLiteral("full_name"), QStringLiteral("family_name"), QStringLiteral("middle_name"),
         QStringLiteral("given_name"), QStringLiteral("phone"), QStringLiteral("zalo_phone"),
         QStringLiteral("email"), QStringLiteral("account_id"), QStringLiteral("role"),
         QStringLiteral("job_title"), QStringLiteral("province"), QStringLiteral("owner_id"),
         QStringLiteral("search_text"), QStringLiteral("sort_key")});
    if (!insertContact.ok())
        return insertContact.error();
    QList<qint64> contactIds;
    QList<qsizetype> contactAccounts; // index into accountIds, or -1
    static constexpr std::array roles{"decision_maker", "influencer", "user", "gatekeeper", "unknown"};
    for (qint64 i = 0; i < counts.contacts; ++i) {
        const Person p = writer.person();
        const QString phone = dice.mobile();
        const QString email = writer.emailFor(p);
        const qsizetype accountIndex =
            accountIds.isEmpty() || dice.chance(10) ? -1 : dice.below(int(accountIds.size()));
        const qint64 accountId = accountIndex >= 0 ? accountIds.at(accountIndex) : 0;
        Result<qint64> id = writer.insert(
            *insertContact, dice.timeWithinDays(writer.now(), 900),
            {p.fullName, p.name.family, nullable(p.name.middle), p.name.given, phone, phone, email,
             nullableId(accountId), QString::fromLatin1(dice.pick(roles)), text(dice.pick(titles)),
             provinces.at(dice.below(int(provinces.size()))), ownerIds.at(dice.below(int(ownerIds.size()))),
             SearchText().folded(p.folded).email(email).phone(phone).toString(), p.sortKey});
        if (!id.ok())
            return id.error();
        contactIds << *id;
        contactAccounts << accountIndex;
        progressed();
    }
    if (Result<void> logged = logBulk(QStringLiteral("contact"), contactIds.value(0), contactIds.size());
        !logged.ok())
        return logged.error();

    // Leads.
    Result<BulkWriter::Statement> insertLead = writer.prepareInsert(
        QStringLiteral("leads"),
        {QStringLiteral("full_name"),     QStringLiteral("family_name"), QStringLiteral("middle_name"),
         QStringLiteral("given_name"),    QStringLiteral("salutation"),  QStringLiteral("phone"),
         QStringLiteral("zalo_phone"),    QStringLiteral("email"),       QStringLiteral("company"),
         QStringLiteral("job_title"),     QStringLiteral("commune"),     QStringLiteral("province"),
         QStringLiteral("source_id"),     QStringLiteral("owner_id"),    QStringLiteral("status_id"),
         QStringLiteral("qualification"), QStringLiteral("temperature"), QStringLiteral("score"),
         QStringLiteral("search_text"),   QStringLiteral("sort_key")});
    if (!insertLead.ok())
        return insertLead.error();
    QList<qint64> openStatusIds;
    for (const LeadStatus &status : lookups->statuses()) {
        if (status.kind != LeadStatusKind::Converted)
            openStatusIds << status.meta.id;
    }
    static constexpr std::array qualifications{"none", "none", "mql", "sql", "pql"};
    qint64 firstLead = 0;
    for (qint64 i = 0; i < counts.leads; ++i) {
        const Person p = writer.person();
        const bool hasPhone = dice.chance(90);
        const QString phone = hasPhone ? dice.mobile() : QString();
        const QString email = !hasPhone || dice.chance(50) ? writer.emailFor(p) : QString();
        const QString company = dice.chance(55)
                                    ? (accountNames.isEmpty() || dice.chance(50)
                                           ? writer.companyName()
                                           : accountNames.at(dice.below(int(accountNames.size()))))
                                    : QString();
        const int score = dice.below(101);
        const char *temperature = score >= 70 ? "hot" : score >= 40 ? "warm" : "cold";
        const bool female = p.name.middle.startsWith(u"Thị");
        Result<qint64> id = writer.insert(
            *insertLead, dice.timeWithinDays(writer.now(), 720),
            {p.fullName,
             p.name.family,
             nullable(p.name.middle),
             p.name.given,
             female ? QStringLiteral("chị") : QStringLiteral("anh"),
             nullable(phone),
             nullable(phone),
             nullable(email),
             nullable(company),
             company.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : text(dice.pick(titles)),
             text(dice.pick(communes)),
             provinces.at(dice.below(int(provinces.size()))),
             lookups->sources().at(dice.below(int(lookups->sources().size()))).meta.id,
             ownerIds.at(dice.below(int(ownerIds.size()))),
             openStatusIds.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                     : QVariant(openStatusIds.at(dice.below(int(openStatusIds.size())))),
             QString::fromLatin1(dice.pick(qualifications)),
             QString::fromLatin1(temperature),
             score,
             SearchText()
                 .folded(p.folded)
                 .folded(writer.foldedCompany(company))
                 .email(email)
                 .phone(phone)
                 .toString(),
             p.sortKey});
        if (!id.ok())
            return id.error();
        if (i == 0)
            firstLead = *id;
        progressed();
    }
    if (Result<void> logged = logBulk(QStringLiteral("lead"), firstLead, counts.leads); !logged.ok())
        return logged.error();

    // Opportunities over every stage, ordered within each stage.
    Result<BulkWriter::Statement> insertOpportunity = writer.prepareInsert(
        QStringLiteral("opportunities"),
        {QStringLiteral("name"), QStringLiteral("account_id"), QStringLiteral("contact_id"),
         QStringLiteral("pipeline_id"), QStringLiteral("stage_id"), QStringLiteral("position"),
         QStringLiteral("amount"), QStringLiteral("probability"), QStringLiteral("expected_close_date"),
         QStringLiteral("stage_entered_at"), QStringLiteral("closed_at"), QStringLiteral("lost_reason_id"),
         QStringLiteral("owner_id")});
    if (!insertOpportunity.ok())
        return insertOpportunity.error();
    QHash<qint64, int> nextPosition;
    qint64 firstOpportunity = 0;
    static constexpr std::array products{
        u"Phần mềm quản lý bán hàng", u"Gói bảo trì năm", u"Thiết bị văn phòng",
        u"Hợp đồng cung cấp",         u"Dịch vụ tư vấn",  u"Đơn hàng quý"};
    for (qint64 i = 0; i < counts.opportunities && !stages.isEmpty(); ++i) {
        const Stage &stage = stages.at(dice.below(int(stages.size())));
        const qint64 contactIndex = contactIds.isEmpty() ? -1 : dice.below(int(contactIds.size()));
        const qsizetype accountIndex = contactIndex >= 0 ? contactAccounts.at(contactIndex) : -1;
        const qint64 accountId = accountIndex >= 0 ? accountIds.at(accountIndex) : 0;
        const QDateTime entered = dice.timeWithinDays(writer.now(), 120);
        const bool closed = stage.kind != StageKind::Open;
        const QString accountName = accountIndex >= 0 ? accountNames.at(accountIndex) : QString();
        const QString name = text(dice.pick(products)) +
                             (accountName.isEmpty() ? QString() : QStringLiteral(" – ") + accountName);
        Result<qint64> id = writer.insert(
            *insertOpportunity, entered.addDays(-dice.between(0, 60)),
            {name, nullableId(accountId), nullableId(contactIndex >= 0 ? contactIds.at(contactIndex) : 0),
             pipeline->meta.id, stage.meta.id, nextPosition[stage.meta.id]++,
             dice.between(50, 20000) * 100000, stage.probability,
             SqlValue::to(writer.now().date().addDays(dice.between(-30, 180))), SqlValue::timestamp(entered),
             closed ? QVariant(SqlValue::timestamp(entered)) : QVariant(QMetaType::fromType<QString>()),
             stage.kind == StageKind::Lost && !lookups->lostReasons().isEmpty()
                 ? QVariant(lookups->lostReasons().at(dice.below(int(lookups->lostReasons().size()))).meta.id)
                 : QVariant(QMetaType::fromType<qint64>()),
             ownerIds.at(dice.below(int(ownerIds.size())))});
        if (!id.ok())
            return id.error();
        if (i == 0)
            firstOpportunity = *id;
        progressed();
    }
    if (Result<void> logged = logBulk(QStringLiteral("opportunity"), firstOpportunity, counts.opportunities);
        !logged.ok())
        return logged.error();

    // Activities and tasks on leads (the newest ones, which people are working).
    const qint64 lastLead = firstLead + counts.leads - 1;
    Result<BulkWriter::Statement> insertActivity = writer.prepareInsert(
        QStringLiteral("activities"),
        {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("occurred_at"),
         QStringLiteral("duration_minutes"), QStringLiteral("lead_id"), QStringLiteral("owner_id")});
    if (!insertActivity.ok())
        return insertActivity.error();
    static constexpr std::array kinds{"call", "call", "zalo", "email", "meeting", "note", "sms"};
    qint64 firstActivity = 0;
    for (qint64 i = 0; i < counts.activities && counts.leads > 0; ++i) {
        const QDateTime at = dice.timeWithinDays(writer.now(), 90);
        Result<qint64> id =
            writer.insert(*insertActivity, at,
                          {QString::fromLatin1(dice.pick(kinds)), text(dice.pick(activitySubjects)),
                           SqlValue::timestamp(at), dice.between(0, 45), dice.between(firstLead, lastLead),
                           ownerIds.at(dice.below(int(ownerIds.size())))});
        if (!id.ok())
            return id.error();
        if (i == 0)
            firstActivity = *id;
        progressed();
    }
    if (Result<void> logged =
            logBulk(QStringLiteral("activity"), firstActivity, counts.leads > 0 ? counts.activities : 0);
        !logged.ok())
        return logged.error();

    Result<BulkWriter::Statement> insertTask = writer.prepareInsert(
        QStringLiteral("tasks"),
        {QStringLiteral("title"), QStringLiteral("due_at"), QStringLiteral("priority"),
         QStringLiteral("assignee_id"), QStringLiteral("completed_at"), QStringLiteral("lead_id")});
    if (!insertTask.ok())
        return insertTask.error();
    static constexpr std::array priorities{"low", "normal", "normal", "high"};
    qint64 firstTask = 0;
    for (qint64 i = 0; i < counts.tasks && counts.leads > 0; ++i) {
        const QDateTime due =
            writer.now().addSecs(dice.between(-14, 30) * 86400 + dice.between(8, 17) * 3600);
        const bool done = due < writer.now() && dice.chance(60);
        Result<qint64> id = writer.insert(
            *insertTask, due.addDays(-7),
            {text(dice.pick(taskTitles)), SqlValue::timestamp(due),
             QString::fromLatin1(dice.pick(priorities)), ownerIds.at(dice.below(int(ownerIds.size()))),
             done ? QVariant(SqlValue::timestamp(due)) : QVariant(QMetaType::fromType<QString>()),
             dice.between(firstLead, lastLead)});
        if (!id.ok())
            return id.error();
        if (i == 0)
            firstTask = *id;
        progressed();
    }
    if (Result<void> logged = logBulk(QStringLiteral("task"), firstTask, counts.leads > 0 ? counts.tasks : 0);
        !logged.ok())
        return logged.error();

    const QList<qint64> firstIds{accountIds.value(0), contactIds.value(0), firstLead,
                                 firstOpportunity,    firstActivity,       firstTask};
    for (qsizetype i = 0; i < bulkTables.size(); ++i) {
        const qint64 firstId = firstIds[i] > 0 ? firstIds[i] : std::numeric_limits<qint64>::max();
        if (Result<void> resumed = bulk.resumeIndexing(bulkTables[i], firstId); !resumed.ok())
            return resumed.error();
    }
    if (Result<void> committed = bulk.commit(); !committed.ok())
        return committed.error();
    if (m_progress)
        m_progress(total, total);
    DemoDataCounts made = counts;
    if (counts.leads == 0) {
        made.activities = 0;
        made.tasks = 0;
    }
    return made;
}
