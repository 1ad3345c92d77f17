#include "services/SearchService.h"

#include "TempDatabase.h"
#include "services/LeadService.h"
#include "storage/AccountRepository.h"
#include "storage/ContactRepository.h"
#include "text/PhoneNumbers.h"

#include <catch2/catch.hpp>

namespace {

qint64 addLead(Database &db, const QString &name, const QString &phone, const QString &email = {},
               const QString &company = {})
{
    Lead lead;
    lead.fullName = name;
    lead.phone = phone;
    lead.email = email;
    lead.company = company;
    Result<Lead> created = LeadService(db).create(lead);
    REQUIRE(created.ok());
    return created->meta.id;
}

QList<qint64> leadIds(Database &db, const QString &query)
{
    Result<QList<SearchHit>> hits = SearchService(db).search(query, {SearchEntity::Lead}, 20);
    REQUIRE(hits.ok());
    QList<qint64> ids;
    for (const SearchHit &hit : *hits)
        ids << hit.id;
    return ids;
}

} // namespace

TEST_CASE("Search ignores diacritics, including đ", "[search]")
{
    TempDatabase temp;
    Database &db = temp.db();
    const qint64 nguyen = addLead(db, QStringLiteral("Nguyễn Văn Dũng"), QStringLiteral("0912345678"));
    const qint64 dang = addLead(db, QStringLiteral("Đặng Thị Đào"), QStringLiteral("0987654321"));
    const qint64 hoa = addLead(db, QStringLiteral("Phạm Thị Hoà"), QStringLiteral("0977111222"));

    CHECK(leadIds(db, QStringLiteral("nguyen")) == QList<qint64>{nguyen});
    CHECK(leadIds(db, QStringLiteral("dang")) == QList<qint64>{dang});
    CHECK(leadIds(db, QStringLiteral("ĐẶNG")) == QList<qint64>{dang});
    CHECK(leadIds(db, QStringLiteral("dao")) == QList<qint64>{dang});
    CHECK(leadIds(db, QStringLiteral("Hòa")) == QList<qint64>{hoa});    // tone mark placed differently
    CHECK(leadIds(db, QStringLiteral("ngu")) == QList<qint64>{nguyen}); // as you type
    CHECK(leadIds(db, QStringLiteral("nguyen dung")) == QList<qint64>{nguyen});
    CHECK(leadIds(db, QStringLiteral("nguyen dao")).isEmpty());
    CHECK(leadIds(db, QStringLiteral("   ")).isEmpty());
}

TEST_CASE("Search finds a phone typed in any format", "[search]")
{
    TempDatabase temp;
    Database &db = temp.db();
    const qint64 an = addLead(db, QStringLiteral("Lê Văn An"), QStringLiteral("+84 912 345 678"));
    const qint64 old = addLead(db, QStringLiteral("Trần Thị Bình"), QStringLiteral("0169 9333 999"));
    addLead(db, QStringLiteral("Hồ Văn Cường"), QStringLiteral("0983 000 111"));

    for (const QString &typed :
         {QStringLiteral("0912345"), QStringLiteral("0912 345 678"), QStringLiteral("+84 912 345"),
          QStringLiteral("84912345678"), QStringLiteral("0084912345678"), QStringLiteral("912 345 678"),
          QStringLiteral("0912.345.678")}) {
        INFO(typed.toStdString());
        CHECK(leadIds(db, typed) == QList<qint64>{an});
    }
    // The old 11-digit number and its new 10-digit form both find the remapped lead.
    CHECK(leadIds(db, QStringLiteral("0169 9333 999")) == QList<qint64>{old});
    CHECK(leadIds(db, QStringLiteral("039 9333 999")) == QList<qint64>{old});
}

TEST_CASE("Search by email and company, across entities, best match first", "[search]")
{
    TempDatabase temp;
    Database &db = temp.db();
    const qint64 lead =
        addLead(db, QStringLiteral("Bùi Thị Dung"), QStringLiteral("0905000111"),
                QStringLiteral("dung.bui@senvang.vn"), QStringLiteral("Công ty TNHH Sen Vàng"));
    Account account;
    account.name = QStringLiteral("Công ty TNHH Sen Vàng");
    const qint64 accountId = AccountRepository(db).create(account)->meta.id;
    Contact contact;
    contact.fullName = QStringLiteral("Đỗ Hùng Dũng");
    contact.accountId = accountId;
    contact.email = QStringLiteral("dung.do@senvang.vn");
    const qint64 contactId = ContactRepository(db).create(contact)->meta.id;

    CHECK(leadIds(db, QStringLiteral("dung.bui")) == QList<qint64>{lead});
    Result<QList<SearchHit>> all = SearchService(db).search(
        QStringLiteral("sen vang"), {SearchEntity::Lead, SearchEntity::Contact, SearchEntity::Account}, 10);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).entity == SearchEntity::Account); // its name is the query
    CHECK(all->at(0).id == accountId);
    CHECK(all->at(1).entity == SearchEntity::Lead); // by the company she gave

    Result<QList<SearchHit>> dung = SearchService(db).search(
        QStringLiteral("dung"), {SearchEntity::Lead, SearchEntity::Contact, SearchEntity::Account}, 10);
    REQUIRE(dung.ok());
    REQUIRE(dung->size() == 2);
    CHECK(dung->at(0).entity == SearchEntity::Lead); // "Dung" is exactly her given name
    CHECK(dung->at(1).id == contactId);
    CHECK(dung->at(1).company == QStringLiteral("Công ty TNHH Sen Vàng"));
}

TEST_CASE("Trashed records leave the search index and come back on restore", "[search]")
{
    TempDatabase temp;
    Database &db = temp.db();
    const qint64 id = addLead(db, QStringLiteral("Ngô Bảo Châu"), QStringLiteral("0911222333"));
    LeadRepository leads(db);
    REQUIRE(leads.moveToTrash(id).ok());
    CHECK(leadIds(db, QStringLiteral("chau")).isEmpty());
    REQUIRE(leads.restore(id).ok());
    CHECK(leadIds(db, QStringLiteral("chau")) == QList<qint64>{id});

    // Editing the name re-indexes it.
    Lead lead = *leads.get(id);
    lead.fullName = QStringLiteral("Ngô Bảo Long");
    REQUIRE(LeadService(db).update(lead).ok());
    CHECK(leadIds(db, QStringLiteral("chau")).isEmpty());
    CHECK(leadIds(db, QStringLiteral("long")) == QList<qint64>{id});
}

TEST_CASE("Query text cannot break out of the match expression", "[search]")
{
    TempDatabase temp;
    Database &db = temp.db();
    addLead(db, QStringLiteral("Lý Thường Kiệt"), QStringLiteral("0911000999"));
    for (const QString &hostile :
         {QStringLiteral("\"kiet"), QStringLiteral("kiet OR *"), QStringLiteral("NEAR(kiet"),
          QStringLiteral("kiet'; DROP TABLE leads; --"), QStringLiteral("^kiet")}) {
        INFO(hostile.toStdString());
        Result<QList<SearchHit>> hits = SearchService(db).search(hostile, {SearchEntity::Lead}, 5);
        REQUIRE(hits.ok());
        // Quotes and operators are plain characters: the word still finds the lead ("or", "near",
        // "drop" are only more words, which this lead does not have).
        if (hostile == QStringLiteral("\"kiet") || hostile == QStringLiteral("^kiet"))
            CHECK(hits->size() == 1);
    }
    CHECK(SearchService::matchExpression(QStringLiteral("Nguyễn V")) == QStringLiteral("\"nguyen\"* \"v\"*"));
    CHECK(leadIds(db, QStringLiteral("kiet")).size() == 1);
}

TEST_CASE("Every prefix of a number, typed in any style, finds its lead", "[search]")
{
    TempDatabase temp;
    Database &db = temp.db();
    const QStringList keys{QStringLiteral("0912345678"), QStringLiteral("0323456789"),
                           QStringLiteral("02438251234"), QStringLiteral("18001234")};
    QHash<QString, qint64> leadOf;
    int n = 0;
    for (const QString &key : keys)
        leadOf.insert(key, addLead(db, QStringLiteral("Khách %1").arg(++n), key));

    for (const QString &key : keys) {
        const QString national = key.startsWith(u'0') ? key.mid(1) : key;
        const QStringList styles{key,
                                 PhoneNumbers::e164(key),
                                 QStringLiteral("0084") + national,
                                 QStringLiteral("84") + national,
                                 national,
                                 PhoneNumbers::display(key)};
        for (const QString &style : styles) {
            for (qsizetype length = 4; length <= style.size(); ++length) {
                const QString typed = style.left(length);
                // A country code alone ("+84", "0084") names no number yet.
                if (!PhoneNumbers::looksLikePhone(typed) ||
                    PhoneNumbers::partialKey(typed) == QLatin1String("84"))
                    continue;
                INFO(key.toStdString() << " typed as " << typed.toStdString());
                CHECK(leadIds(db, typed).contains(leadOf.value(key)));
            }
        }
    }
}
