#include "TempDatabase.h"
#include "storage/AccountRepository.h"
#include "storage/ActivityRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ChangeLog.h"
#include "storage/ContactRepository.h"
#include "storage/LeadRepository.h"
#include "storage/LeadStatusRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/SourceRepository.h"
#include "storage/StageRepository.h"
#include "storage/TagRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

Lead sampleLead(const QString &name = QStringLiteral("Nguyễn Văn An"))
{
    Lead lead;
    lead.fullName = name;
    lead.familyName = QStringLiteral("Nguyễn");
    lead.middleName = QStringLiteral("Văn");
    lead.givenName = QStringLiteral("An");
    lead.phone = QStringLiteral("0912345678");
    lead.email = QStringLiteral("an.nguyen@example.vn");
    lead.company = QStringLiteral("Công ty TNHH Sen Vàng");
    lead.address.province = QStringLiteral("Hà Nội");
    lead.bantBudget = 150'000'000;
    lead.bantTimeline = QDate(2026, 12, 31);
    lead.qualification = QualificationLevel::Sql;
    lead.temperature = Temperature::Hot;
    lead.score = 80;
    return lead;
}

} // namespace

TEST_CASE("A lead round-trips through its repository with every kind of field", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    Result<Lead> created = leads.create(sampleLead());
    REQUIRE(created.ok());
    CHECK(created->meta.id > 0);
    CHECK(created->meta.version == 1);
    CHECK(created->meta.uuid.size() == 36);
    CHECK(created->meta.createdBy == QStringLiteral("tester"));

    Result<Lead> read = leads.get(created->meta.id);
    REQUIRE(read.ok());
    CHECK(read->fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(read->address.province == QStringLiteral("Hà Nội"));
    CHECK(read->bantBudget == 150'000'000);
    CHECK(read->bantTimeline == QDate(2026, 12, 31));
    CHECK(read->qualification == QualificationLevel::Sql);
    CHECK(read->temperature == Temperature::Hot);
    CHECK(read->score == 80);
    CHECK_FALSE(read->sourceId.has_value());
    CHECK(read->meta.createdAt.isValid());
    CHECK(read->meta.createdAt.timeSpec() == Qt::UTC);
    CHECK(read->company.isEmpty() == false);
    CHECK(read->notes.isEmpty());
}

TEST_CASE("Text is stored NFC whatever form it arrives in", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    Lead lead = sampleLead(QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D));
    Result<Lead> created = leads.create(lead);
    REQUIRE(created.ok());
    Result<Lead> read = leads.get(created->meta.id);
    REQUIRE(read.ok());
    CHECK(read->fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(read->fullName.size() == QStringLiteral("Nguyễn Văn An").size());
}

TEST_CASE("Updates are versioned: a stale version is a conflict and never overwrites", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    Result<Lead> created = leads.create(sampleLead());
    REQUIRE(created.ok());

    Lead mine = *created;
    Lead theirs = *created;
    theirs.notes = QStringLiteral("Khách hẹn gọi lại thứ Hai");
    Result<Lead> saved = leads.update(theirs);
    REQUIRE(saved.ok());
    CHECK(saved->meta.version == 2);

    mine.notes = QStringLiteral("Ghi chú của tôi");
    Result<Lead> stale = leads.update(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(leads.get(created->meta.id)->notes == QStringLiteral("Khách hẹn gọi lại thứ Hai"));

    // An update that changes nothing writes nothing and keeps the version.
    Result<Lead> same = leads.update(*saved);
    REQUIRE(same.ok());
    CHECK(same->meta.version == 2);
}

TEST_CASE("Every write appends to change_log in the same transaction, with old and new values",
          "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    Result<Lead> created = leads.create(sampleLead());
    REQUIRE(created.ok());
    Lead edited = *created;
    edited.company = QStringLiteral("Công ty CP Hoa Sen");
    REQUIRE(leads.update(edited).ok());
    REQUIRE(leads.moveToTrash(created->meta.id).ok());
    REQUIRE(leads.restore(created->meta.id).ok());

    Result<QList<ChangeLogEntry>> history =
        ChangeLog(temp.db()).entriesFor(QStringLiteral("lead"), created->meta.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->at(0).op == QStringLiteral("create"));
    CHECK(history->at(0).changes.value(QStringLiteral("full_name")).toString() ==
          QStringLiteral("Nguyễn Văn An"));
    CHECK_FALSE(history->at(0).changes.contains(QStringLiteral("search_text")));
    CHECK(history->at(1).op == QStringLiteral("update"));
    const QJsonArray company = history->at(1).changes.value(QStringLiteral("company")).toArray();
    CHECK(company.at(0).toString() == QStringLiteral("Công ty TNHH Sen Vàng"));
    CHECK(company.at(1).toString() == QStringLiteral("Công ty CP Hoa Sen"));
    CHECK(history->at(1).changes.size() == 1);
    CHECK(history->at(2).op == QStringLiteral("delete"));
    CHECK(history->at(3).op == QStringLiteral("restore"));
    CHECK(history->at(3).userName == QStringLiteral("tester"));
}

TEST_CASE("A failed write leaves neither the row nor its change_log entry", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    Lead lead = sampleLead();
    lead.statusId = 9999; // no such status: the foreign key refuses it
    Result<Lead> created = leads.create(lead);
    REQUIRE_FALSE(created.ok());
    QSqlQuery query(temp.db().connection());
    REQUIRE(
        query.exec(QStringLiteral("SELECT (SELECT count(*) FROM leads), (SELECT count(*) FROM change_log)")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    CHECK(query.value(1).toInt() == 0);
}

TEST_CASE("Trash and restore: trashed records leave lists but can be read and restored", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    const qint64 keep = leads.create(sampleLead(QStringLiteral("Trần Thị Bình")))->meta.id;
    const qint64 trash = leads.create(sampleLead(QStringLiteral("Lê Văn Cường")))->meta.id;

    Result<RecordMeta> trashed = leads.moveToTrash(trash);
    REQUIRE(trashed.ok());
    CHECK(trashed->isDeleted());
    CHECK(*leads.count() == 1);
    ListQuery inTrash;
    inTrash.trash = TrashFilter::Trash;
    CHECK(*leads.ids(inTrash) == QList<qint64>{trash});
    CHECK(leads.get(trash, TrashFilter::Live).error().code == ErrorCode::NotFound);
    CHECK(leads.get(trash)->meta.isDeleted());

    // Trashing twice is an error, not a silent no-op.
    CHECK(leads.moveToTrash(trash).error().code == ErrorCode::NotFound);
    REQUIRE(leads.restore(trash).ok());
    CHECK(*leads.count() == 2);
    CHECK(leads.get(keep)->meta.version == 1);
}

TEST_CASE("Lists filter, sort and page in SQL", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    const QStringList names{QStringLiteral("Phạm Minh Đức"), QStringLiteral("Nguyễn Văn An"),
                            QStringLiteral("Đỗ Hùng Dũng"), QStringLiteral("Vũ Thị Ánh"),
                            QStringLiteral("Ngô Bảo Châu")};
    int score = 10;
    for (const QString &name : names) {
        Lead lead = sampleLead(name);
        const QStringList words = name.split(u' ');
        lead.familyName = words.constFirst();
        lead.middleName = words.mid(1, words.size() - 2).join(u' ');
        lead.givenName = words.constLast();
        lead.score = score;
        score += 10;
        REQUIRE(leads.create(lead).ok());
    }

    Result<QList<Lead>> byScore = leads.list(ListQuery()
                                                 .where(QStringLiteral("score"), FilterOp::GreaterOrEqual, 30)
                                                 .sortBy(QStringLiteral("score"), Qt::DescendingOrder));
    REQUIRE(byScore.ok());
    REQUIRE(byScore->size() == 3);
    CHECK(byScore->at(0).fullName == QStringLiteral("Ngô Bảo Châu"));
    CHECK(byScore->at(2).fullName == QStringLiteral("Đỗ Hùng Dũng"));

    // Given name order (tên), Vietnamese alphabet: An, Ánh, Châu, Dũng, Đức.
    Result<QList<Lead>> byGivenName = leads.list(ListQuery().sortBy(QStringLiteral("sort_key")));
    REQUIRE(byGivenName.ok());
    QStringList order;
    for (const Lead &lead : *byGivenName)
        order << lead.givenName;
    CHECK(order == QStringList{QStringLiteral("An"), QStringLiteral("Ánh"), QStringLiteral("Châu"),
                               QStringLiteral("Dũng"), QStringLiteral("Đức")});

    Result<QList<Lead>> page = leads.list(ListQuery().sortBy(QStringLiteral("id")).page(2, 2));
    REQUIRE(page.ok());
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).fullName == QStringLiteral("Đỗ Hùng Dũng"));
    CHECK(*leads.count(ListQuery().where(
              QStringLiteral("full_name"), FilterOp::In,
              QVariantList{QStringLiteral("Vũ Thị Ánh"), QStringLiteral("Không Có")})) == 1);
    CHECK(*leads.count(ListQuery().where(QStringLiteral("given_name"), FilterOp::StartsWith,
                                         QStringLiteral("D"))) == 1);
}

TEST_CASE("Lists refuse column names that are not the table's", "[repository]")
{
    TempDatabase temp;
    LeadRepository leads(temp.db());
    Result<QList<qint64>> bad = leads.ids(ListQuery().sortBy(QStringLiteral("id; DROP TABLE leads")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    Result<qint64> badFilter =
        leads.count(ListQuery().where(QStringLiteral("1=1 OR full_name"), FilterOp::Equal, 1));
    REQUIRE_FALSE(badFilter.ok());
    CHECK(leads.count().ok());
}

TEST_CASE("Every entity has a repository that stores its fields and reads them back", "[repository]")
{
    TempDatabase temp;
    Database &db = temp.db();

    Result<User> user = UserRepository(db).ensure(QStringLiteral("linh"), QStringLiteral("Trần Thị Linh"));
    REQUIRE(user.ok());
    CHECK(UserRepository(db).ensure(QStringLiteral("linh"))->meta.id == user->meta.id);

    AccountRepository accounts(db);
    Account account;
    account.name = QStringLiteral("Công ty Cổ phần Sen Vàng");
    account.type = AccountType::Partner;
    account.taxCode = QStringLiteral("0100233488");
    account.ownerId = user->meta.id;
    Result<Account> savedAccount = accounts.create(account);
    REQUIRE(savedAccount.ok());
    CHECK(accounts.get(savedAccount->meta.id)->type == AccountType::Partner);

    ContactRepository contacts(db);
    Contact contact;
    contact.fullName = QStringLiteral("Phan Thị Kim Phúc");
    contact.accountId = savedAccount->meta.id;
    contact.role = ContactRole::DecisionMaker;
    Result<Contact> savedContact = contacts.create(contact);
    REQUIRE(savedContact.ok());
    CHECK(contacts.get(savedContact->meta.id)->role == ContactRole::DecisionMaker);

    Result<QList<Stage>> stages = StageRepository(db).list(ListQuery().sortBy(QStringLiteral("position")));
    REQUIRE(stages.ok());
    REQUIRE(stages->size() == 6);
    OpportunityRepository opportunities(db);
    Opportunity deal;
    deal.name = QStringLiteral("Phần mềm bán hàng");
    deal.accountId = savedAccount->meta.id;
    deal.pipelineId = stages->constFirst().pipelineId;
    deal.stageId = stages->constFirst().meta.id;
    deal.amount = 1'234'567'890;
    deal.expectedCloseDate = QDate(2027, 1, 15);
    Result<Opportunity> savedDeal = opportunities.create(deal);
    REQUIRE(savedDeal.ok());
    CHECK(opportunities.get(savedDeal->meta.id)->amount == 1'234'567'890);

    Activity call;
    call.kind = ActivityKind::Zalo;
    call.subject = QStringLiteral("Nhắn Zalo báo giá");
    call.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    call.related.contactId = savedContact->meta.id;
    Result<Activity> savedCall = ActivityRepository(db).create(call);
    REQUIRE(savedCall.ok());
    CHECK(ActivityRepository(db).get(savedCall->meta.id)->kind == ActivityKind::Zalo);
    CHECK(ActivityRepository(db).get(savedCall->meta.id)->occurredAt == call.occurredAt);

    Task task;
    task.title = QStringLiteral("Gọi lại cho khách");
    task.dueAt = QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC);
    task.priority = TaskPriority::High;
    task.related.opportunityId = savedDeal->meta.id;
    Result<Task> savedTask = TaskRepository(db).create(task);
    REQUIRE(savedTask.ok());
    Task done = *savedTask;
    done.completedAt = QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC);
    REQUIRE(TaskRepository(db).update(done).ok());
    CHECK(TaskRepository(db).get(savedTask->meta.id)->isDone());

    Campaign campaign;
    campaign.name = QStringLiteral("Tết 2027");
    campaign.budget = 50'000'000;
    campaign.startDate = QDate(2027, 1, 1);
    REQUIRE(CampaignRepository(db).create(campaign).ok());
    Tag tag;
    tag.name = QStringLiteral("VIP");
    REQUIRE(TagRepository(db).create(tag).ok());
    CHECK(*LeadStatusRepository(db).count() == 7);
    CHECK(*SourceRepository(db).count() == 13);
    CHECK(*LostReasonRepository(db).count() == 7);
    CHECK(*PipelineRepository(db).count() == 1);

    REQUIRE(accounts.moveToTrash(savedAccount->meta.id, savedAccount->meta.version).ok());
    CHECK(*accounts.count() == 0);
}
