#include "TempDatabase.h"
#include "services/SearchService.h"
#include "storage/AccountRepository.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/SchemaV1.h"
#include "storage/StageRepository.h"
#include "storage/TaskRepository.h"
#include "text/PersonName.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

void exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

QVariant value(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

// The whole schema as SQLite keeps it: every table, index, trigger and view with its SQL.
QStringList schemaOf(Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || ifnull(sql, '') FROM sqlite_master "
        "ORDER BY type, name")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

std::unique_ptr<Database> openFile(const QString &path, std::optional<QList<Migration>> migrations = {})
{
    Database::Options options;
    options.userName = QStringLiteral("tester");
    options.migrations = std::move(migrations);
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened.ok())
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

QByteArray azKeyOf(const QString &fullName)
{
    return PersonName::split(fullName).fullNameSortKey();
}

Lead leadNamed(const QString &fullName)
{
    const PersonName name = PersonName::split(fullName);
    Lead lead;
    lead.fullName = fullName;
    lead.familyName = name.family;
    lead.middleName = name.middle;
    lead.givenName = name.given;
    return lead;
}

Opportunity dealOn(Database &db, const QString &name, std::optional<qint64> accountId)
{
    Result<QList<Stage>> stages = StageRepository(db).list(ListQuery().sortBy(QStringLiteral("position")));
    REQUIRE(stages.ok());
    REQUIRE_FALSE(stages->isEmpty());
    Opportunity deal;
    deal.name = name;
    deal.accountId = accountId;
    deal.pipelineId = stages->constFirst().pipelineId;
    deal.stageId = stages->constFirst().meta.id;
    return deal;
}

} // namespace

TEST_CASE("A version 1 file is upgraded with every new column filled and the schema of a new file",
          "[database][migration]")
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old.db"));
    {
        // The file a version 1 Sen CRM wrote, with rows as it stored them (no az_key, no search_text
        // on deals and tasks).
        std::unique_ptr<Database> old = openFile(oldPath, QList<Migration>{SchemaV1::migration()});
        REQUIRE(old->schemaVersion() == 1);
        const QString t = QStringLiteral("'2025-01-01T00:00:00.000Z'");
        exec(*old, QStringLiteral("INSERT INTO accounts (uuid, created_at, updated_at, name, type) "
                                  "VALUES ('a1', %1, %1, 'Công ty TNHH Minh Phát', 'customer')")
                       .arg(t));
        exec(*old, QStringLiteral("INSERT INTO leads (uuid, created_at, updated_at, full_name, family_name, "
                                  "middle_name, given_name) VALUES ('l1', %1, %1, 'Nguyễn Văn An', 'Nguyễn', "
                                  "'Văn', 'An'), ('l2', %1, %1, 'Đặng Văn Bình', 'Đặng', 'Văn', 'Bình')")
                       .arg(t));
        exec(*old,
             QStringLiteral("INSERT INTO leads (uuid, created_at, updated_at, deleted_at, full_name, "
                            "family_name, given_name) VALUES ('l3', %1, %1, %1, 'Trần An', 'Trần', 'An')")
                 .arg(t));
        exec(*old,
             QStringLiteral("INSERT INTO contacts (uuid, created_at, updated_at, full_name, family_name, "
                            "middle_name, given_name, account_id) VALUES ('c1', %1, %1, 'Vũ Thị Ánh', "
                            "'Vũ', 'Thị', 'Ánh', 1)")
                 .arg(t));
        exec(*old,
             QStringLiteral("INSERT INTO opportunities (uuid, created_at, updated_at, name, account_id, "
                            "pipeline_id, stage_id) SELECT 'o1', %1, %1, 'Gói bảo trì năm', 1, "
                            "pipeline_id, id FROM stages ORDER BY position LIMIT 1")
                 .arg(t));
        exec(*old, QStringLiteral("INSERT INTO opportunities (uuid, created_at, updated_at, name, "
                                  "pipeline_id, stage_id) SELECT 'o2', %1, %1, 'Đơn hàng (quý 3)', "
                                  "pipeline_id, id FROM stages ORDER BY position LIMIT 1")
                       .arg(t));
        exec(*old, QStringLiteral("INSERT INTO tasks (uuid, created_at, updated_at, title, notes) VALUES "
                                  "('t1', %1, %1, 'Gọi lại cho khách', 'Hỏi về hợp đồng, giá.')")
                       .arg(t));
    }

    std::unique_ptr<Database> upgraded = openFile(oldPath); // the real upgrade path: open with this version
    Database &db = *upgraded;
    CHECK(db.schemaVersion() == 2);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("old.v1-*.bak.db")}).size() == 1);

    CHECK(value(db, QStringLiteral("SELECT az_key FROM leads WHERE uuid = 'l1'")).toByteArray() ==
          azKeyOf(QStringLiteral("Nguyễn Văn An")));
    CHECK(value(db, QStringLiteral("SELECT az_key FROM leads WHERE uuid = 'l2'")).toByteArray() ==
          azKeyOf(QStringLiteral("Đặng Văn Bình")));
    // Rows in the trash too: restoring one must not bring back a row without its key.
    CHECK(value(db, QStringLiteral("SELECT az_key FROM leads WHERE uuid = 'l3'")).toByteArray() ==
          azKeyOf(QStringLiteral("Trần An")));
    CHECK(value(db, QStringLiteral("SELECT az_key FROM contacts WHERE uuid = 'c1'")).toByteArray() ==
          azKeyOf(QStringLiteral("Vũ Thị Ánh")));
    CHECK(value(db, QStringLiteral("SELECT search_text FROM opportunities WHERE uuid = 'o1'")).toString() ==
          QStringLiteral("goi bao tri nam cong ty tnhh minh phat"));
    CHECK(value(db, QStringLiteral("SELECT search_text FROM opportunities WHERE uuid = 'o2'")).toString() ==
          QStringLiteral("don hang quy 3"));
    CHECK(value(db, QStringLiteral("SELECT search_text FROM tasks WHERE uuid = 't1'")).toString() ==
          QStringLiteral("goi lai cho khach hoi ve hop dong gia"));
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM leads WHERE az_key IS NULL")).toLongLong() == 0);

    // What the upgrade filled in is what the repositories write: the same key for the record read
    // back, and saving a deal or task unchanged changes nothing (no new version).
    LeadRepository leads(db);
    const auto &leadColumns = LeadRepository::mapping();
    const qsizetype azColumn = leadColumns.columnNames().indexOf(QStringLiteral("az_key"));
    REQUIRE(azColumn >= 0);
    for (qint64 id : {1, 2, 3}) {
        Result<Lead> lead = leads.get(id);
        REQUIRE(lead.ok());
        CHECK(leadColumns.values(*lead, db).at(azColumn).toByteArray() ==
              value(db, QStringLiteral("SELECT az_key FROM leads WHERE id = %1").arg(id)).toByteArray());
    }
    OpportunityRepository deals(db);
    for (qint64 id : {1, 2}) {
        Result<Opportunity> deal = deals.get(id);
        REQUIRE(deal.ok());
        CHECK(deals.update(*deal)->meta.version == deal->meta.version);
    }
    TaskRepository tasks(db);
    Result<Task> task = tasks.get(1);
    REQUIRE(task.ok());
    CHECK(tasks.update(*task)->meta.version == task->meta.version);

    // Upgraded and new files are the same schema, table for table and index for index.
    std::unique_ptr<Database> fresh = openFile(dir.filePath(QStringLiteral("new.db")));
    CHECK(schemaOf(db) == schemaOf(*fresh));
    CHECK(schemaOf(db).filter(QStringLiteral("leads_by_full_name")).size() == 1);
    CHECK(schemaOf(db).filter(QStringLiteral("contacts_by_full_name")).size() == 1);
    CHECK(db.quickCheck().ok());
}

TEST_CASE("The repositories keep az_key and the deals' and tasks' search texts up to date",
          "[repository][migration]")
{
    TempDatabase temp;
    Database &db = temp.db();

    LeadRepository leads(db);
    Result<Lead> lead = leads.create(leadNamed(QStringLiteral("Nguyễn Văn An")));
    REQUIRE(lead.ok());
    auto storedAzKey = [&](const QString &table, qint64 id) {
        return value(db, QStringLiteral("SELECT az_key FROM %1 WHERE id = %2").arg(table).arg(id))
            .toByteArray();
    };
    CHECK(storedAzKey(QStringLiteral("leads"), lead->meta.id) == azKeyOf(QStringLiteral("Nguyễn Văn An")));
    Lead renamed = *lead;
    renamed.familyName = QStringLiteral("Đặng");
    renamed.fullName = QStringLiteral("Đặng Văn An");
    REQUIRE(leads.update(renamed).ok());
    CHECK(storedAzKey(QStringLiteral("leads"), lead->meta.id) == azKeyOf(QStringLiteral("Đặng Văn An")));

    ContactRepository contacts(db);
    Contact contact;
    contact.fullName = QStringLiteral("Vũ Thị Ánh");
    contact.familyName = QStringLiteral("Vũ");
    contact.middleName = QStringLiteral("Thị");
    contact.givenName = QStringLiteral("Ánh");
    Result<Contact> savedContact = contacts.create(contact);
    REQUIRE(savedContact.ok());
    CHECK(storedAzKey(QStringLiteral("contacts"), savedContact->meta.id) ==
          azKeyOf(QStringLiteral("Vũ Thị Ánh")));

    AccountRepository accounts(db);
    Account account;
    account.name = QStringLiteral("Công ty TNHH Minh Phát");
    Result<Account> savedAccount = accounts.create(account);
    REQUIRE(savedAccount.ok());
    OpportunityRepository deals(db);
    Result<Opportunity> deal =
        deals.create(dealOn(db, QStringLiteral("Gói bảo trì năm"), savedAccount->meta.id));
    REQUIRE(deal.ok());
    auto dealText = [&] {
        return value(db,
                     QStringLiteral("SELECT search_text FROM opportunities WHERE id = %1").arg(deal->meta.id))
            .toString();
    };
    CHECK(dealText() == QStringLiteral("goi bao tri nam cong ty tnhh minh phat"));
    Opportunity changed = *deal;
    changed.name = QStringLiteral("Gói bảo trì hai năm");
    deal = deals.update(changed);
    REQUIRE(deal.ok());
    CHECK(dealText() == QStringLiteral("goi bao tri hai nam cong ty tnhh minh phat"));
    // The account's new name reaches its deals, without making them a new version.
    Account renamedAccount = *savedAccount;
    renamedAccount.name = QStringLiteral("Công ty CP Sao Mai");
    REQUIRE(accounts.update(renamedAccount).ok());
    CHECK(dealText() == QStringLiteral("goi bao tri hai nam cong ty cp sao mai"));
    CHECK(deals.get(deal->meta.id)->meta.version == deal->meta.version);
    // A deal whose name already says the account's is not told it twice.
    CHECK(OpportunityRepository::searchTextOf(QStringLiteral("Đơn hàng – Công ty CP Sao Mai"),
                                              QStringLiteral("Công ty CP Sao Mai")) ==
          QStringLiteral("don hang cong ty cp sao mai"));

    TaskRepository tasks(db);
    Task task;
    task.title = QStringLiteral("Gửi báo giá");
    Result<Task> savedTask = tasks.create(task);
    REQUIRE(savedTask.ok());
    Task withNotes = *savedTask;
    withNotes.notes = QStringLiteral("Khách hỏi: giảm giá 10%?");
    REQUIRE(tasks.update(withNotes).ok());
    CHECK(value(db, QStringLiteral("SELECT search_text FROM tasks WHERE id = %1").arg(savedTask->meta.id))
              .toString() == QStringLiteral("gui bao gia khach hoi giam gia 10"));
}

TEST_CASE("Lists sort people A–Z by full name through their index", "[list-query][migration]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    for (const QString &name : {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Đặng Văn Bình"),
                                QStringLiteral("Dương Thị Cúc"), QStringLiteral("Lê Anh")})
        REQUIRE(leads.create(leadNamed(name)).ok());
    auto names = [&](const QString &sortColumn, Qt::SortOrder order = Qt::AscendingOrder) {
        Result<QList<Lead>> sorted = leads.list(ListQuery().sortBy(sortColumn, order));
        REQUIRE(sorted.ok());
        QStringList result;
        for (const Lead &lead : *sorted)
            result << lead.fullName;
        return result;
    };
    CHECK(names(QStringLiteral("az_key")) ==
          QStringList{QStringLiteral("Dương Thị Cúc"), QStringLiteral("Đặng Văn Bình"),
                      QStringLiteral("Lê Anh"), QStringLiteral("Nguyễn Văn An")});
    CHECK(names(QStringLiteral("az_key"), Qt::DescendingOrder).constFirst() ==
          QStringLiteral("Nguyễn Văn An"));
    // The tên order is still there, and differs.
    CHECK(names(QStringLiteral("sort_key")) ==
          QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Anh"),
                      QStringLiteral("Đặng Văn Bình"), QStringLiteral("Dương Thị Cúc")});

    for (const QString &sortColumn : {QStringLiteral("az_key"), QStringLiteral("sort_key")}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            Result<QStringList> plan =
                leads.table().queryPlan(ListQuery().sortBy(sortColumn, order).page(50));
            REQUIRE(plan.ok());
            INFO(plan->join(u'\n').toStdString());
            CHECK(plan->join(u' ').contains(sortColumn == QStringLiteral("az_key")
                                                ? QStringLiteral("leads_by_full_name")
                                                : QStringLiteral("leads_by_name")));
            CHECK_FALSE(plan->join(u' ').contains(QStringLiteral("TEMP B-TREE")));
        }
    }
    ContactRepository contacts(temp.db());
    Result<QStringList> plan =
        contacts.table().queryPlan(ListQuery().sortBy(QStringLiteral("az_key")).page(50));
    REQUIRE(plan.ok());
    CHECK(plan->join(u' ').contains(QStringLiteral("contacts_by_full_name")));
    CHECK_FALSE(plan->join(u' ').contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Matches finds deals and tasks by folded words without a full-text index", "[list-query]")
{
    TempDatabase temp;
    Database &db = temp.db();
    AccountRepository accounts(db);
    Account account;
    account.name = QStringLiteral("Công ty TNHH Minh Phát");
    Result<Account> savedAccount = accounts.create(account);
    REQUIRE(savedAccount.ok());
    OpportunityRepository deals(db);
    const qint64 upkeep =
        deals.create(dealOn(db, QStringLiteral("Gói bảo trì năm"), savedAccount->meta.id))->meta.id;
    const qint64 equipment = deals.create(dealOn(db, QStringLiteral("Thiết bị văn phòng"), {}))->meta.id;
    const qint64 trashed = deals.create(dealOn(db, QStringLiteral("Thiết bị kho"), {}))->meta.id;
    REQUIRE(deals.moveToTrash(trashed).ok());

    auto found = [&](const QString &typed) {
        ListQuery query;
        query.where(QStringLiteral("search_text"), FilterOp::Matches, SearchService::matchExpression(typed));
        Result<QList<qint64>> ids = deals.ids(query);
        REQUIRE(ids.ok());
        CHECK(*deals.count(query) == ids->size());
        return *ids;
    };
    CHECK(found(QStringLiteral("minh phát")) == QList<qint64>{upkeep}); // the account's name
    CHECK(found(QStringLiteral("MINH PHAT")) == QList<qint64>{upkeep});
    CHECK(found(QStringLiteral("bảo tr")) == QList<qint64>{upkeep});   // word prefixes, any order
    CHECK(found(QStringLiteral("thiet")) == QList<qint64>{equipment}); // not the trashed one
    CHECK(found(QStringLiteral("hiet")).isEmpty());                    // inside a word: no
    CHECK(found(QStringLiteral("thiet phat")).isEmpty());              // every word must match
    CHECK(found(QStringLiteral("\"quote\" (x")).isEmpty());            // odd text is only words
    // Raw expressions: alternatives in parentheses.
    ListQuery alternatives;
    alternatives.where(QStringLiteral("search_text"), FilterOp::Matches,
                       QStringLiteral("(\"phong\"* OR \"minh\"*)"));
    CHECK(*deals.ids(alternatives) == QList<qint64>{upkeep, equipment});

    TaskRepository tasks(db);
    Task task;
    task.title = QStringLiteral("Gửi báo giá");
    task.notes = QStringLiteral("Gọi trước cho chị Đào");
    const qint64 quote = tasks.create(task)->meta.id;
    task.title = QStringLiteral("Chuẩn bị hợp đồng");
    task.notes.clear();
    REQUIRE(tasks.create(task).ok());
    ListQuery byNotes;
    byNotes.where(QStringLiteral("search_text"), FilterOp::Matches,
                  SearchService::matchExpression(QStringLiteral("dao")));
    CHECK(*tasks.ids(byNotes) == QList<qint64>{quote});
    // Sorted and paged like any list, newest first.
    byNotes.filters.clear();
    byNotes
        .where(QStringLiteral("search_text"), FilterOp::Matches,
               SearchService::matchExpression(QStringLiteral("g")))
        .sortBy(QStringLiteral("id"), Qt::DescendingOrder)
        .page(1);
    CHECK(*tasks.ids(byNotes) == QList<qint64>{quote});
}
