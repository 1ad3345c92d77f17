#include "storage/ChangeFeed.h"

#include "TempDatabase.h"
#include "services/LeadService.h"
#include "storage/Transaction.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace {

Lead leadNamed(const QString &name)
{
    Lead lead;
    lead.fullName = name;
    lead.phone = QStringLiteral("0912345678");
    return lead;
}

QList<qint64> idsOf(const QList<QVariant> &signal)
{
    return signal.at(1).value<QList<qint64>>();
}

} // namespace

TEST_CASE("A write outside a transaction is announced at once", "[change-feed]")
{
    TempDatabase temp;
    QSignalSpy spy(&temp.db().changes(), &ChangeFeed::recordsChanged);
    Result<Lead> created = LeadService(temp.db()).create(leadNamed(QStringLiteral("Đặng Thu Hà")));
    REQUIRE(created.ok());
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("lead"));
    CHECK(idsOf(spy.at(0)) == QList<qint64>{created->meta.id});
}

TEST_CASE("Writes inside a transaction are announced once, after the commit", "[change-feed]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    QSignalSpy spy(&temp.db().changes(), &ChangeFeed::recordsChanged);
    Transaction transaction(temp.db());
    REQUIRE(transaction.ok());
    Result<Lead> first = service.create(leadNamed(QStringLiteral("Lê Văn Tám")));
    Result<Lead> second = service.create(leadNamed(QStringLiteral("Trần Thị Bích")));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    first->notes = QStringLiteral("Gọi lại");
    REQUIRE(service.update(*first).ok());
    CHECK(spy.isEmpty());
    REQUIRE(transaction.commit().ok());
    REQUIRE(spy.count() == 1);
    CHECK(idsOf(spy.at(0)) == QList<qint64>{first->meta.id, second->meta.id});
}

TEST_CASE("Writes that were rolled back are never announced", "[change-feed]")
{
    TempDatabase temp;
    LeadService service(temp.db());
    QSignalSpy spy(&temp.db().changes(), &ChangeFeed::recordsChanged);
    qint64 keptId = 0;
    {
        Transaction outer(temp.db());
        REQUIRE(outer.ok());
        Result<Lead> kept = service.create(leadNamed(QStringLiteral("Lê Văn Tám")));
        REQUIRE(kept.ok());
        keptId = kept->meta.id;
        {
            Transaction inner(temp.db());
            REQUIRE(inner.ok());
            REQUIRE(service.create(leadNamed(QStringLiteral("Phạm Minh Châu"))).ok());
            // inner goes out of scope without commit: its savepoint rolls back
        }
        REQUIRE(outer.commit().ok());
    }
    REQUIRE(spy.count() == 1);
    CHECK(idsOf(spy.at(0)) == QList<qint64>{keptId});

    spy.clear();
    {
        Transaction abandoned(temp.db());
        REQUIRE(abandoned.ok());
        REQUIRE(service.create(leadNamed(QStringLiteral("Võ Thị Sáu"))).ok());
    }
    CHECK(spy.isEmpty());
}

TEST_CASE("A bulk change announces the whole entity", "[change-feed]")
{
    ChangeFeed feed;
    QSignalSpy spy(&feed, &ChangeFeed::recordsChanged);
    feed.transactionBegun();
    feed.recordWritten(QStringLiteral("task"), 7);
    feed.allWritten(QStringLiteral("task"));
    feed.recordWritten(QStringLiteral("lead"), 3);
    feed.transactionCommitted();
    REQUIRE(spy.count() == 2);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("task"));
    CHECK(idsOf(spy.at(0)).isEmpty());
    CHECK(spy.at(1).at(0).toString() == QStringLiteral("lead"));
    CHECK(idsOf(spy.at(1)) == QList<qint64>{3});
}
