#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// A temporary folder with a database made by `init` (or only its path, for the tests of init).
struct CliFixture
{
    explicit CliFixture(bool initialise = true)
    {
        if (initialise)
            REQUIRE(cli.run({QStringLiteral("init")}).exitCode == 0);
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("crm.db"));
    CliRunner cli{db};

    qint64 scalar(const QString &sql)
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        connection.setDatabaseName(db);
        REQUIRE(connection.open());
        qint64 value = -1;
        {
            QSqlQuery query(connection);
            REQUIRE(query.exec(sql));
            REQUIRE(query.next());
            value = query.value(0).toLongLong();
        }
        connection.close();
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

    qint64 addLead(const QStringList &options)
    {
        const CliResult result = cli.run(QStringList{QStringLiteral("lead"), QStringLiteral("add")} +
                                         options + QStringList{QStringLiteral("--json")});
        INFO(result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        return result.json().object().value(QStringLiteral("id")).toInteger();
    }

    QJsonObject stats()
    {
        const CliResult result = cli.run({QStringLiteral("stats"), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        return result.json().object();
    }
};

} // namespace

TEST_CASE("init creates a database and refuses to overwrite one", "[cli]")
{
    CliFixture f(false);
    CliResult result = f.cli.run({QStringLiteral("init")});
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(f.db));
    result = f.cli.run({QStringLiteral("init")});
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(QStringLiteral("đã tồn tại"))); // Vietnamese by default
}

TEST_CASE("demo adds exactly N leads and related records in proportion, stats counts them", "[cli]")
{
    CliFixture f(false); // demo may start a new file
    const CliResult demo = f.cli.run({QStringLiteral("demo"), QStringLiteral("--leads"),
                                      QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("9")});
    INFO(demo.errText().toStdString());
    REQUIRE(demo.exitCode == 0);
    const QJsonObject stats = f.stats();
    CHECK(stats.value(QStringLiteral("leads")).toInteger() == 500);
    CHECK(stats.value(QStringLiteral("accounts")).toInteger() == 50);
    CHECK(stats.value(QStringLiteral("contacts")).toInteger() == 100);
    CHECK(stats.value(QStringLiteral("opportunities")).toInteger() == 50);
    CHECK(stats.value(QStringLiteral("activities")).toInteger() == 50);
    CHECK(stats.value(QStringLiteral("tasks")).toInteger() == 50);

    CHECK(f.cli.run({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("lots")}).exitCode ==
          1);
    CHECK(f.stats().value(QStringLiteral("leads")).toInteger() == 500);
}

TEST_CASE("lead add validates like the editor and writes nothing on bad input", "[cli]")
{
    CliFixture f;
    const CliResult added =
        f.cli.run({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Đặng Thị Hoà"), QStringLiteral("--phone"), QStringLiteral("0162 345 6789"),
                   QStringLiteral("--email"), QStringLiteral("Hoa.Dang@Example.VN"),
                   QStringLiteral("--company"), QStringLiteral("Công ty TNHH Sen Vàng"),
                   QStringLiteral("--source"), QStringLiteral("zalo oa"), QStringLiteral("--json")});
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject lead = added.json().object();
    CHECK(lead.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(lead.value(QStringLiteral("full_name")).toString() == QStringLiteral("Đặng Thị Hoà"));
    CHECK(lead.value(QStringLiteral("given_name")).toString() == QStringLiteral("Hoà"));
    CHECK(lead.value(QStringLiteral("phone")).toString() == QStringLiteral("+84323456789"));
    CHECK(lead.value(QStringLiteral("email")).toString() == QStringLiteral("hoa.dang@example.vn"));
    CHECK(lead.value(QStringLiteral("source")).toString() == QStringLiteral("Zalo OA"));
    CHECK(lead.value(QStringLiteral("status")).toString() == QStringLiteral("Mới"));
    CHECK(lead.value(QStringLiteral("version")).toInt() == 1);

    struct Bad
    {
        QStringList options;
        QString mentions;
    };
    const QList<Bad> bad{
        {{QStringLiteral("--name"), QStringLiteral("Trần An"), QStringLiteral("--phone"),
          QStringLiteral("0912")},
         QStringLiteral("0912")},
        {{QStringLiteral("--name"), QStringLiteral("Trần An"), QStringLiteral("--email"),
          QStringLiteral("an@")},
         QStringLiteral("an@")},
        {{QStringLiteral("--name"), QStringLiteral("Trần An")}, QStringLiteral("email")},
        {{QStringLiteral("--name"), QStringLiteral(" "), QStringLiteral("--phone"),
          QStringLiteral("0912345678")},
         QStringLiteral("tên")},
        {{QStringLiteral("--name"), QStringLiteral("Trần An"), QStringLiteral("--phone"),
          QStringLiteral("0912345678"), QStringLiteral("--source"), QStringLiteral("Không có nguồn này")},
         QStringLiteral("Không có nguồn này")},
    };
    for (const Bad &input : bad) {
        const CliResult refused =
            f.cli.run(QStringList{QStringLiteral("lead"), QStringLiteral("add")} + input.options);
        INFO(input.options.join(u' ').toStdString() << " -> " << refused.errText().toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.errText().contains(input.mentions, Qt::CaseInsensitive));
        CHECK(refused.out.isEmpty());
    }
    CHECK(f.stats().value(QStringLiteral("leads")).toInteger() == 1);
    // Without --name it is a usage error.
    CHECK(f.cli
              .run({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("An"), QStringLiteral("--colour"), QStringLiteral("xanh")})
              .exitCode == 1);
    CHECK(f.cli
              .run({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--phone"),
                    QStringLiteral("0912345678")})
              .exitCode == 1);
}

TEST_CASE("lead show and update: fields, versions and conflicts", "[cli]")
{
    CliFixture f;
    const qint64 id = f.addLead({QStringLiteral("--name"), QStringLiteral("Phạm Minh Đức"),
                                 QStringLiteral("--phone"), QStringLiteral("0987 654 321")});
    const QString idText = QString::number(id);

    CliResult updated =
        f.cli.run({QStringLiteral("lead"), QStringLiteral("update"), idText, QStringLiteral("--notes"),
                   QStringLiteral("Khách hẹn gọi lại sáng thứ Hai"), QStringLiteral("--status"),
                   QStringLiteral("tiem nang"), QStringLiteral("--province"), QStringLiteral("Sài Gòn"),
                   QStringLiteral("--bant-budget"), QStringLiteral("50.000.000 ₫"),
                   QStringLiteral("--temperature"), QStringLiteral("hot")});
    INFO(updated.errText().toStdString());
    REQUIRE(updated.exitCode == 0);

    CliResult shown =
        f.cli.run({QStringLiteral("lead"), QStringLiteral("show"), idText, QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    QJsonObject lead = shown.json().object();
    CHECK(lead.value(QStringLiteral("notes")).toString() == QStringLiteral("Khách hẹn gọi lại sáng thứ Hai"));
    CHECK(lead.value(QStringLiteral("status")).toString() == QStringLiteral("Tiềm năng"));
    CHECK(lead.value(QStringLiteral("province")).toString() == QStringLiteral("TP Hồ Chí Minh"));
    CHECK(lead.value(QStringLiteral("bant_budget")).toInteger() == 50'000'000);
    CHECK(lead.value(QStringLiteral("temperature")).toString() == QStringLiteral("hot"));
    CHECK(lead.value(QStringLiteral("version")).toInt() == 2);

    // Every field show prints that is editable can be set.
    for (const QString &field : {QStringLiteral("notes"), QStringLiteral("company"), QStringLiteral("phone"),
                                 QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("score")})
        CHECK(lead.contains(field));

    // A stale --if-version is a conflict: exit 2, nothing written.
    CliResult stale =
        f.cli.run({QStringLiteral("lead"), QStringLiteral("update"), idText, QStringLiteral("--notes"),
                   QStringLiteral("ghi đè"), QStringLiteral("--if-version"), QStringLiteral("1")});
    CHECK(stale.exitCode == 2);
    CHECK_FALSE(stale.errText().isEmpty());
    CliResult current =
        f.cli.run({QStringLiteral("lead"), QStringLiteral("update"), idText, QStringLiteral("--score"),
                   QStringLiteral("75"), QStringLiteral("--if-version"), QStringLiteral("2"),
                   QStringLiteral("--json")});
    REQUIRE(current.exitCode == 0);
    CHECK(current.json().object().value(QStringLiteral("score")).toInt() == 75);
    CHECK(current.json().object().value(QStringLiteral("notes")).toString() ==
          QStringLiteral("Khách hẹn gọi lại sáng thứ Hai"));

    // Bad values and unknown fields are data/usage errors that change nothing.
    CHECK(f.cli
              .run({QStringLiteral("lead"), QStringLiteral("update"), idText, QStringLiteral("--phone"),
                    QStringLiteral("abc")})
              .exitCode == 2);
    // An unknown field, and --dry-run (which lead update does not offer), are usage errors.
    CHECK(f.cli
              .run({QStringLiteral("lead"), QStringLiteral("update"), idText, QStringLiteral("--colour"),
                    QStringLiteral("xanh")})
              .exitCode == 1);
    CHECK(f.cli
              .run({QStringLiteral("lead"), QStringLiteral("update"), idText, QStringLiteral("--notes"),
                    QStringLiteral("x"), QStringLiteral("--dry-run")})
              .exitCode == 1);
    CHECK(f.cli.run({QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("999999")}).exitCode ==
          2);
    shown = f.cli.run({QStringLiteral("lead"), QStringLiteral("show"), idText, QStringLiteral("--json")});
    CHECK(shown.json().object().value(QStringLiteral("version")).toInt() == 3);
}

TEST_CASE("Concurrent updates without --if-version all land", "[cli]")
{
    CliFixture f;
    const qint64 id = f.addLead({QStringLiteral("--name"), QStringLiteral("Hồ Văn Nam"),
                                 QStringLiteral("--phone"), QStringLiteral("0911 222 333")});
    // Four processes update different fields of the same lead at once.
    QList<QProcess *> processes;
    const QStringList fields{QStringLiteral("notes"), QStringLiteral("company"), QStringLiteral("job-title"),
                             QStringLiteral("commune")};
    for (const QString &field : fields) {
        auto *process = new QProcess;
        process->start(QStringLiteral(SENCRM_CLI_PATH),
                       {QStringLiteral("--db"), f.db, QStringLiteral("lead"), QStringLiteral("update"),
                        QString::number(id), u"--" + field, QStringLiteral("giá trị ") + field});
        processes << process;
    }
    for (QProcess *process : processes) {
        REQUIRE(process->waitForFinished(60000));
        CHECK(process->exitCode() == 0);
        delete process;
    }
    const QJsonObject lead = f.cli
                                 .run({QStringLiteral("lead"), QStringLiteral("show"), QString::number(id),
                                       QStringLiteral("--json")})
                                 .json()
                                 .object();
    CHECK(lead.value(QStringLiteral("version")).toInt() == 5);
    CHECK(lead.value(QStringLiteral("notes")).toString() == QStringLiteral("giá trị notes"));
    CHECK(lead.value(QStringLiteral("company")).toString() == QStringLiteral("giá trị company"));
    CHECK(lead.value(QStringLiteral("job_title")).toString() == QStringLiteral("giá trị job-title"));
    CHECK(lead.value(QStringLiteral("commune")).toString() == QStringLiteral("giá trị commune"));
}

TEST_CASE("search prints hits as JSON, diacritics-insensitive and by phone", "[cli]")
{
    CliFixture f;
    const qint64 dang =
        f.addLead({QStringLiteral("--name"), QStringLiteral("Đặng Văn Lâm"), QStringLiteral("--phone"),
                   QStringLiteral("+84 912 345 678"), QStringLiteral("--email"), QStringLiteral("lam@sen.vn"),
                   QStringLiteral("--company"), QStringLiteral("Sen Vàng")});
    f.addLead({QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--phone"),
               QStringLiteral("0983 111 222")});

    for (const QString &query :
         {QStringLiteral("dang"), QStringLiteral("0912345"), QStringLiteral("+84912345678"),
          QStringLiteral("lam@sen"), QStringLiteral("sen vang")}) {
        const CliResult result = f.cli.run({QStringLiteral("search"), query, QStringLiteral("--json")});
        INFO(query.toStdString() << ": " << result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonArray hits = result.json().array();
        REQUIRE(hits.size() == 1);
        const QJsonObject hit = hits.at(0).toObject();
        CHECK(hit.value(QStringLiteral("entity")).toString() == QStringLiteral("lead"));
        CHECK(hit.value(QStringLiteral("id")).toInteger() == dang);
        CHECK(hit.value(QStringLiteral("name")).toString() == QStringLiteral("Đặng Văn Lâm"));
        CHECK(hit.value(QStringLiteral("phone")).toString() == QStringLiteral("+84912345678"));
        CHECK(hit.value(QStringLiteral("email")).toString() == QStringLiteral("lam@sen.vn"));
        CHECK(hit.value(QStringLiteral("company")).toString() == QStringLiteral("Sen Vàng"));
    }
    CliResult none = f.cli.run({QStringLiteral("search"), QStringLiteral("lan"), QStringLiteral("--entity"),
                                QStringLiteral("contacts"), QStringLiteral("--json")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.json().array().isEmpty());
    CliResult limited = f.cli.run({QStringLiteral("search"), QStringLiteral("l"), QStringLiteral("--limit"),
                                   QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(limited.exitCode == 0);
    CHECK(limited.json().array().size() == 1);
    CHECK(f.cli
              .run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--entity"),
                    QStringLiteral("deals")})
              .exitCode == 1);
}

TEST_CASE("check passes a sound file and fails a damaged one, backup writes a copy", "[cli]")
{
    CliFixture f;
    f.addLead({QStringLiteral("--name"), QStringLiteral("Lê Thị Mai"), QStringLiteral("--email"),
               QStringLiteral("mai@example.vn")});
    CHECK(f.cli.run({QStringLiteral("check")}).exitCode == 0);

    const QString copy = f.dir.filePath(QStringLiteral("backup/crm-copy.db"));
    REQUIRE(f.cli.run({QStringLiteral("backup"), copy}).exitCode == 0);
    CliRunner fromCopy(copy);
    const CliResult copied = fromCopy.run({QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.json().object().value(QStringLiteral("leads")).toInteger() == 1);
    CHECK(f.cli.run({QStringLiteral("backup"), copy}).exitCode == 2); // never overwrites

    const QString notDb = f.dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notDb);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("đây không phải cơ sở dữ liệu");
    text.close();
    const CliResult damaged = CliRunner(notDb).run({QStringLiteral("check")});
    CHECK(damaged.exitCode == 2);
    CHECK(damaged.errText().contains(notDb));
}

TEST_CASE("Usage errors exit 1 and messages follow --lang", "[cli]")
{
    CliFixture f;
    CHECK(f.cli.run({}).exitCode == 1);
    CHECK(f.cli.run({QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(f.cli.run({QStringLiteral("lead")}).exitCode == 1);
    const CliResult vietnamese = f.cli.run({QStringLiteral("frobnicate")});
    CHECK(vietnamese.errText().contains(QStringLiteral("Lệnh")));
    const CliResult english =
        f.cli.run({QStringLiteral("frobnicate")}, {QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.errText().contains(QStringLiteral("Unknown command")));
    const CliResult help = CliRunner::runRaw({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("lead add")));
}

TEST_CASE("A refused lead add leaves no trace, not even its new owner", "[cli]")
{
    CliFixture f;
    const CliResult refused =
        f.cli.run({QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Trần An"), QStringLiteral("--phone"), QStringLiteral("0912")},
                  {QStringLiteral("--user"), QStringLiteral("newbie")});
    CHECK(refused.exitCode == 2);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM users")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM leads")) == 0);

    const CliResult accepted = f.cli.run(
        {QStringLiteral("lead"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Trần An"),
         QStringLiteral("--phone"), QStringLiteral("0912345678"), QStringLiteral("--json")},
        {QStringLiteral("--user"), QStringLiteral("newbie")});
    REQUIRE(accepted.exitCode == 0);
    CHECK(accepted.json().object().value(QStringLiteral("owner")).toString() == QStringLiteral("newbie"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM users WHERE name = 'newbie'")) == 1);
}

TEST_CASE("A mistyped database path is an error, not a new empty database", "[cli]")
{
    CliFixture f(false);
    for (const QStringList &command :
         {QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
          QStringList{QStringLiteral("search"), QStringLiteral("an")},
          QStringList{QStringLiteral("lead"), QStringLiteral("show"), QStringLiteral("1")},
          QStringList{QStringLiteral("check")}}) {
        INFO(command.join(u' ').toStdString());
        const CliResult result = f.cli.run(command);
        CHECK(result.exitCode == 2);
        CHECK(result.errText().contains(f.db));
        CHECK_FALSE(QFile::exists(f.db));
    }
}

TEST_CASE("Options a command does not take are usage errors", "[cli]")
{
    CliFixture f;
    CHECK(f.cli
              .run({QStringLiteral("search"), QStringLiteral("an"), QStringLiteral("--entiy"),
                    QStringLiteral("leads")})
              .exitCode == 1);
    CHECK(
        f.cli.run({QStringLiteral("stats"), QStringLiteral("--entity"), QStringLiteral("leads")}).exitCode ==
        1);
    CHECK(f.cli.run({QStringLiteral("check"), QStringLiteral("--force"), QStringLiteral("yes")}).exitCode ==
          1);
    CHECK(f.cli
              .run({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("5"),
                    QStringLiteral("--contacts"), QStringLiteral("9")})
              .exitCode == 1);
    CHECK(f.stats().value(QStringLiteral("leads")).toInteger() == 0);
}

namespace {

// A database with demo deals (dense positions, as generated) for the opp and pipeline commands.
struct PipelineCli : CliFixture
{
    PipelineCli() : CliFixture(false)
    {
        const CliResult demo =
            cli.run({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("500"),
                     QStringLiteral("--seed"), QStringLiteral("4")});
        INFO(demo.errText().toStdString());
        REQUIRE(demo.exitCode == 0);
    }

    QJsonArray jsonArray(const QStringList &arguments)
    {
        const CliResult result = cli.run(arguments + QStringList{QStringLiteral("--json")});
        INFO(result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        REQUIRE(result.json().isArray());
        return result.json().array();
    }
    QJsonArray deals(const QStringList &options = {})
    {
        return jsonArray(QStringList{QStringLiteral("opp"), QStringLiteral("list")} + options);
    }
    QJsonArray summary() { return jsonArray({QStringLiteral("pipeline"), QStringLiteral("summary")}); }
    QJsonObject stageTotals(const QString &name)
    {
        for (const QJsonValue &stage : summary()) {
            if (stage.toObject().value(QStringLiteral("name")).toString() == name)
                return stage.toObject();
        }
        FAIL("no such stage");
        return {};
    }
    CliResult move(qint64 id, const QStringList &options)
    {
        return cli.run(QStringList{QStringLiteral("opp"), QStringLiteral("move"), QString::number(id)} +
                       options);
    }
};

QList<qint64> idsOf(const QJsonArray &deals)
{
    QList<qint64> ids;
    for (const QJsonValue &deal : deals)
        ids << deal.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

} // namespace

TEST_CASE("opp list gives each deal with its stage and 1-based rank, in board order", "[cli][pipeline]")
{
    PipelineCli f;
    const QJsonArray all = f.deals();
    REQUIRE(all.size() == 50);
    const QJsonObject first = all.at(0).toObject();
    for (const QString &key :
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("stage"),
          QStringLiteral("position"), QStringLiteral("probability")})
        CHECK(first.contains(key));
    CHECK(first.value(QStringLiteral("position")).toInteger() == 1);
    // Positions count 1, 2, 3… within each stage, and the stages come in the pipeline's order.
    QStringList stageOrder;
    for (const QJsonValue &stage : f.summary())
        stageOrder << stage.toObject().value(QStringLiteral("name")).toString();
    QString stage;
    qint64 expected = 0;
    qsizetype stageIndex = -1;
    for (const QJsonValue &value : all) {
        const QJsonObject deal = value.toObject();
        const QString name = deal.value(QStringLiteral("stage")).toString();
        if (name != stage) {
            REQUIRE(stageOrder.indexOf(name) > stageIndex);
            stageIndex = stageOrder.indexOf(name);
            stage = name;
            expected = 0;
        }
        CHECK(deal.value(QStringLiteral("position")).toInteger() == ++expected);
    }

    const QJsonArray won = f.deals({QStringLiteral("--stage"), QStringLiteral("thang")});
    for (const QJsonValue &deal : won)
        CHECK(deal.toObject().value(QStringLiteral("stage")).toString() == QStringLiteral("Thắng"));
    CHECK(f.stageTotals(QStringLiteral("Thắng")).value(QStringLiteral("count")).toInteger() == won.size());

    CHECK(f.cli
              .run({QStringLiteral("opp"), QStringLiteral("list"), QStringLiteral("--stage"),
                    QStringLiteral("Không có")})
              .exitCode == 2);
    CHECK(f.cli
              .run({QStringLiteral("opp"), QStringLiteral("list"), QStringLiteral("--pipeline"),
                    QStringLiteral("Không có")})
              .exitCode == 2);
    CHECK(f.cli
              .run({QStringLiteral("opp"), QStringLiteral("list"), QStringLiteral("--owner"),
                    QStringLiteral("x")})
              .exitCode == 1);
    const CliResult table = f.cli.run({QStringLiteral("opp"), QStringLiteral("list")});
    CHECK(table.exitCode == 0);
    CHECK(QString::fromUtf8(table.out).contains(first.value(QStringLiteral("name")).toString()));
}

TEST_CASE("opp move puts the deal at the asked rank; pipeline summary changes by exactly that deal",
          "[cli][pipeline]")
{
    PipelineCli f;
    const QJsonArray before = f.summary();
    // The first deal of the first open stage that has one.
    const QJsonObject deal = f.deals().at(0).toObject();
    const qint64 id = deal.value(QStringLiteral("id")).toInteger();
    const qint64 amount = deal.value(QStringLiteral("amount")).toInteger();
    const QString from = deal.value(QStringLiteral("stage")).toString();
    REQUIRE(from != QStringLiteral("Thắng"));
    const QList<qint64> wonBefore = idsOf(f.deals({QStringLiteral("--stage"), QStringLiteral("Thắng")}));
    REQUIRE(wonBefore.size() >= 2);

    const CliResult moved = f.move(id, {QStringLiteral("--stage"), QStringLiteral("thang"),
                                        QStringLiteral("--position"), QStringLiteral("2")});
    INFO(moved.errText().toStdString());
    REQUIRE(moved.exitCode == 0);
    QList<qint64> wonAfter = wonBefore;
    wonAfter.insert(1, id);
    const QJsonArray wonDeals = f.deals({QStringLiteral("--stage"), QStringLiteral("Thắng")});
    CHECK(idsOf(wonDeals) == wonAfter);
    CHECK(wonDeals.at(1).toObject().value(QStringLiteral("position")).toInteger() == 2);
    CHECK(wonDeals.at(1).toObject().value(QStringLiteral("probability")).toInteger() == 100);

    const QJsonArray after = f.summary();
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        const QJsonObject was = before.at(i).toObject();
        const QJsonObject now = after.at(i).toObject();
        const QString name = now.value(QStringLiteral("name")).toString();
        CHECK(now.value(QStringLiteral("name")) == was.value(QStringLiteral("name")));
        CHECK(now.value(QStringLiteral("kind")) == was.value(QStringLiteral("kind")));
        const qint64 delta = name == QStringLiteral("Thắng") ? 1 : name == from ? -1 : 0;
        CHECK(now.value(QStringLiteral("count")).toInteger() ==
              was.value(QStringLiteral("count")).toInteger() + delta);
        CHECK(now.value(QStringLiteral("sum")).toInteger() ==
              was.value(QStringLiteral("sum")).toInteger() + delta * amount);
        // The weighted sum is the stage's sum × its probability, rounded half up.
        const qint64 sum = now.value(QStringLiteral("sum")).toInteger();
        const qint64 probability = now.value(QStringLiteral("probability")).toInteger();
        CHECK(now.value(QStringLiteral("weighted_sum")).toInteger() == (sum * probability + 50) / 100);
    }
    CHECK(f.stageTotals(QStringLiteral("Thắng")).value(QStringLiteral("kind")).toString() ==
          QStringLiteral("won"));
    CHECK(f.stageTotals(QStringLiteral("Thua")).value(QStringLiteral("kind")).toString() ==
          QStringLiteral("lost"));
    CHECK(f.stageTotals(from).value(QStringLiteral("kind")).toString() == QStringLiteral("open"));

    // Without --position: last.
    REQUIRE(f.move(id, {QStringLiteral("--stage"), from}).exitCode == 0);
    CHECK(idsOf(f.deals({QStringLiteral("--stage"), from})).constLast() == id);
    CHECK(idsOf(f.deals({QStringLiteral("--stage"), QStringLiteral("Thắng")})) == wonBefore);
}

TEST_CASE("opp move to a lost stage needs a known reason; bad ids, stages and positions are refused",
          "[cli][pipeline]")
{
    PipelineCli f;
    const QJsonObject deal = f.deals().at(0).toObject();
    const qint64 id = deal.value(QStringLiteral("id")).toInteger();
    const QJsonArray before = f.summary();
    const qint64 logged = f.scalar(QStringLiteral("SELECT count(*) FROM change_log"));

    CliResult refused = f.move(id, {QStringLiteral("--stage"), QStringLiteral("Thua")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(QStringLiteral("Thua")));
    refused = f.move(id, {QStringLiteral("--stage"), QStringLiteral("Thua"), QStringLiteral("--lost-reason"),
                          QStringLiteral("Trời mưa")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(QStringLiteral("Trời mưa")));
    // A reason for a stage that is not lost is a mistake, not ignored.
    CHECK(f.move(id, {QStringLiteral("--stage"), QStringLiteral("Thắng"), QStringLiteral("--lost-reason"),
                      QStringLiteral("Giá cao")})
              .exitCode == 2);
    CHECK(f.move(id, {QStringLiteral("--stage"), QStringLiteral("Không có")}).exitCode == 2);
    CHECK(f.move(999999, {QStringLiteral("--stage"), QStringLiteral("Thắng")}).exitCode == 2);
    CHECK(f.move(id, {QStringLiteral("--stage"), QStringLiteral("Thắng"), QStringLiteral("--position"),
                      QStringLiteral("0")})
              .exitCode == 1);
    CHECK(f.move(id, {}).exitCode == 1);
    CHECK(f.summary() == before);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == logged);

    const CliResult lost =
        f.move(id, {QStringLiteral("--stage"), QStringLiteral("thua"), QStringLiteral("--lost-reason"),
                    QStringLiteral("gia cao"), QStringLiteral("--json")});
    INFO(lost.errText().toStdString());
    REQUIRE(lost.exitCode == 0);
    CHECK(lost.json().object().value(QStringLiteral("stage")).toString() == QStringLiteral("Thua"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM opportunities o JOIN lost_reasons r ON "
                                  "r.id = o.lost_reason_id WHERE r.name = 'Giá cao' AND o.id = ") +
                   QString::number(id)) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT closed_at IS NOT NULL FROM opportunities WHERE id = ") +
                   QString::number(id)) == 1);
}
