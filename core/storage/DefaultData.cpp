#include "storage/DefaultData.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QUuid>

#include <initializer_list>

namespace {

// Default lists are data in Vietnamese, not UI strings: users rename them, and they must read the same
// for everyone who opens the shared file whatever language their UI is in.
struct StatusSeed
{
    const char16_t *name;
    const char *kind;
    const char *color;
};

struct StageSeed
{
    const char16_t *name;
    int probability;
    const char *kind;
    int rotDays;
};

class SeedWriter
{
public:
    explicit SeedWriter(Database &database) : m_database(database), m_now(Database::nowUtc()) {}

    // Inserts one row with the bookkeeping columns filled; columns/values are fixed by this file.
    Result<qint64> insert(const QString &table, const QStringList &columns, const QVariantList &values)
    {
        QStringList allColumns{QStringLiteral("uuid"), QStringLiteral("created_at"),
                               QStringLiteral("created_by"), QStringLiteral("updated_at"),
                               QStringLiteral("updated_by")};
        allColumns += columns;
        QStringList marks;
        for (qsizetype i = 0; i < allColumns.size(); ++i)
            marks << QStringLiteral("?");
        Result<QSqlQuery> query =
            m_database.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, allColumns.join(u','), marks.join(u',')));
        if (!query.ok())
            return query.error();
        query->addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query->addBindValue(m_now);
        query->addBindValue(m_database.userName());
        query->addBindValue(m_now);
        query->addBindValue(m_database.userName());
        for (const QVariant &value : values)
            query->addBindValue(value);
        if (Result<void> done = m_database.exec(*query); !done.ok())
            return done.error();
        return query->lastInsertId().toLongLong();
    }

private:
    Database &m_database;
    QString m_now;
};

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

} // namespace

Result<void> DefaultData::insert(Database &database)
{
    SeedWriter writer(database);

    const std::initializer_list<StatusSeed> statuses{
        {u"Mới", "open", "#3b82f6"},
        {u"Đã tìm hiểu", "open", "#06b6d4"},
        {u"Tiềm năng", "qualified", "#f59e0b"},
        {u"Nóng", "qualified", "#ef4444"},
        {u"Chốt", "converted", "#22c55e"},
        {u"Không tiếp cận", "disqualified", "#9ca3af"},
        {u"Sai đối tượng", "disqualified", "#6b7280"},
    };
    int position = 0;
    for (const StatusSeed &status : statuses) {
        Result<qint64> id = writer.insert(QStringLiteral("lead_statuses"),
                                          {QStringLiteral("name"), QStringLiteral("position"),
                                           QStringLiteral("kind"), QStringLiteral("color")},
                                          {text(status.name), position++, QString::fromLatin1(status.kind),
                                           QString::fromLatin1(status.color)});
        if (!id.ok())
            return id.error();
    }

    Result<qint64> pipelineId =
        writer.insert(QStringLiteral("pipelines"),
                      {QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("is_default")},
                      {QStringLiteral("Bán hàng"), 0, 1});
    if (!pipelineId.ok())
        return pipelineId.error();
    const std::initializer_list<StageSeed> stages{
        {u"Tiếp cận", 10, "open", 14},    {u"Tư vấn / Khảo sát", 25, "open", 14},
        {u"Gửi báo giá", 50, "open", 10}, {u"Đàm phán", 75, "open", 7},
        {u"Thắng", 100, "won", 0},        {u"Thua", 0, "lost", 0},
    };
    position = 0;
    for (const StageSeed &stage : stages) {
        Result<qint64> id =
            writer.insert(QStringLiteral("stages"),
                          {QStringLiteral("pipeline_id"), QStringLiteral("name"), QStringLiteral("position"),
                           QStringLiteral("probability"), QStringLiteral("kind"), QStringLiteral("rot_days")},
                          {*pipelineId, text(stage.name), position++, stage.probability,
                           QString::fromLatin1(stage.kind), stage.rotDays});
        if (!id.ok())
            return id.error();
    }

    // docs/vietnam.md §7.3.
    const std::initializer_list<const char16_t *> sources{
        u"Facebook (Fanpage/Messenger/Ads)",
        u"Zalo cá nhân",
        u"Zalo OA",
        u"TikTok (TikTok Shop/Ads)",
        u"Google Ads / Google tìm kiếm",
        u"Website / Landing page",
        u"Hotline / Gọi đến",
        u"Khách giới thiệu",
        u"Hội chợ / Sự kiện",
        u"Sàn TMĐT (Shopee/Lazada/Tiki)",
        u"Email",
        u"Khách vãng lai",
        u"Khác",
    };
    position = 0;
    for (const char16_t *source : sources) {
        Result<qint64> id =
            writer.insert(QStringLiteral("sources"), {QStringLiteral("name"), QStringLiteral("position")},
                          {text(source), position++});
        if (!id.ok())
            return id.error();
    }

    const std::initializer_list<const char16_t *> lostReasons{
        u"Giá cao",
        u"Chọn đối thủ",
        u"Không có ngân sách",
        u"Không còn nhu cầu",
        u"Không liên lạc được",
        u"Sản phẩm không phù hợp",
        u"Khác",
    };
    position = 0;
    for (const char16_t *reason : lostReasons) {
        Result<qint64> id =
            writer.insert(QStringLiteral("lost_reasons"),
                          {QStringLiteral("name"), QStringLiteral("position")}, {text(reason), position++});
        if (!id.ok())
            return id.error();
    }
    return {};
}
