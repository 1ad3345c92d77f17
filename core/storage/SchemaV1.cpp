#include "storage/SchemaV1.h"

#include "storage/DefaultData.h"

namespace {

// The bookkeeping columns every entity row has (DESIGN.md §3). Timestamps are ISO 8601 UTC text.
QString entityTable(const QString &name, const QString &columns)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (\n"
                          "  id INTEGER PRIMARY KEY,\n"
                          "  uuid TEXT NOT NULL,\n"
                          "  created_at TEXT NOT NULL,\n"
                          "  created_by TEXT,\n"
                          "  updated_at TEXT NOT NULL,\n"
                          "  updated_by TEXT,\n"
                          "  version INTEGER NOT NULL DEFAULT 1,\n"
                          "  deleted_at TEXT,\n"
                          "%2)")
        .arg(name, columns);
}

// External-content FTS5 over the table's folded search_text. Rows in the trash leave the index, so
// search never has to filter them out of a large match set. detail=none: we match words and prefixes,
// never phrases, and it halves the index and the time to build it. Prefix indexes up to 6 characters
// (the length of "nguyen", "truong", "phuong") keep search-as-you-type fast: without one, FTS5 answers
// a prefix query by merging every matching doclist, 40 ms for "nguye"* at 300,000 rows; with one it
// walks a single doclist lazily and stops at the LIMIT.
QStringList searchIndex(const QString &table)
{
    const QString fts = table + QStringLiteral("_fts");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5(search_text, content='%2', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none, "
                       "columnsize=0, prefix='1 2 3 4 5 6')")
            .arg(fts, table),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS %1_ai AFTER INSERT ON %2 WHEN new.deleted_at IS NULL BEGIN\n"
            "  INSERT INTO %1(rowid, search_text) VALUES (new.id, new.search_text);\nEND")
            .arg(fts, table),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS %1_au AFTER UPDATE OF search_text, deleted_at ON %2 BEGIN\n"
            "  INSERT INTO %1(%1, rowid, search_text) SELECT 'delete', old.id, old.search_text\n"
            "    WHERE old.deleted_at IS NULL;\n"
            "  INSERT INTO %1(rowid, search_text) SELECT new.id, new.search_text\n"
            "    WHERE new.deleted_at IS NULL;\nEND")
            .arg(fts, table),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS %1_ad AFTER DELETE ON %2 WHEN old.deleted_at IS NULL BEGIN\n"
            "  INSERT INTO %1(%1, rowid, search_text) VALUES ('delete', old.id, old.search_text);\nEND")
            .arg(fts, table),
    };
}

const QString personColumns = QStringLiteral("  full_name TEXT NOT NULL,\n"
                                             "  family_name TEXT,\n"
                                             "  middle_name TEXT,\n"
                                             "  given_name TEXT,\n"
                                             "  salutation TEXT,\n"
                                             "  phone TEXT,\n"
                                             "  phone2 TEXT,\n"
                                             "  zalo_phone TEXT,\n"
                                             "  email TEXT,\n");

const QString addressColumns = QStringLiteral("  street TEXT,\n"
                                              "  commune TEXT,\n"
                                              "  province TEXT,\n"
                                              "  address_original TEXT,\n");

// Derived columns kept by the repositories: the folded text FTS indexes and the given-name sort key.
const QString searchColumns = QStringLiteral("  search_text TEXT NOT NULL DEFAULT '',\n"
                                             "  sort_key BLOB\n");

QStringList tables()
{
    return {
        entityTable(QStringLiteral("users"), QStringLiteral("  name TEXT NOT NULL UNIQUE,\n"
                                                            "  display_name TEXT,\n"
                                                            "  email TEXT,\n"
                                                            "  phone TEXT,\n"
                                                            "  active INTEGER NOT NULL DEFAULT 1\n")),
        entityTable(QStringLiteral("lead_statuses"), QStringLiteral("  name TEXT NOT NULL,\n"
                                                                    "  position INTEGER NOT NULL,\n"
                                                                    "  kind TEXT NOT NULL,\n"
                                                                    "  color TEXT\n")),
        entityTable(QStringLiteral("sources"), QStringLiteral("  name TEXT NOT NULL,\n"
                                                              "  position INTEGER NOT NULL,\n"
                                                              "  active INTEGER NOT NULL DEFAULT 1\n")),
        entityTable(QStringLiteral("campaigns"),
                    QStringLiteral("  name TEXT NOT NULL,\n"
                                   "  source_id INTEGER REFERENCES sources(id),\n"
                                   "  start_date TEXT,\n"
                                   "  end_date TEXT,\n"
                                   "  budget INTEGER NOT NULL DEFAULT 0,\n"
                                   "  active INTEGER NOT NULL DEFAULT 1,\n"
                                   "  notes TEXT\n")),
        entityTable(QStringLiteral("tags"), QStringLiteral("  name TEXT NOT NULL,\n"
                                                           "  color TEXT\n")),
        entityTable(QStringLiteral("lost_reasons"), QStringLiteral("  name TEXT NOT NULL,\n"
                                                                   "  position INTEGER NOT NULL\n")),
        entityTable(QStringLiteral("pipelines"), QStringLiteral("  name TEXT NOT NULL,\n"
                                                                "  position INTEGER NOT NULL,\n"
                                                                "  is_default INTEGER NOT NULL DEFAULT 0\n")),
        entityTable(QStringLiteral("stages"),
                    QStringLiteral("  pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),\n"
                                   "  name TEXT NOT NULL,\n"
                                   "  position INTEGER NOT NULL,\n"
                                   "  probability INTEGER NOT NULL DEFAULT 0,\n"
                                   "  kind TEXT NOT NULL,\n"
                                   "  rot_days INTEGER NOT NULL DEFAULT 0\n")),
        entityTable(QStringLiteral("accounts"),
                    QStringLiteral("  name TEXT NOT NULL,\n"
                                   "  type TEXT NOT NULL,\n"
                                   "  is_individual INTEGER NOT NULL DEFAULT 0,\n"
                                   "  tax_code TEXT,\n"
                                   "  phone TEXT,\n"
                                   "  email TEXT,\n"
                                   "  website TEXT,\n"
                                   "  industry TEXT,\n") +
                        addressColumns +
                        QStringLiteral("  owner_id INTEGER REFERENCES users(id),\n"
                                       "  notes TEXT,\n") +
                        searchColumns),
        entityTable(QStringLiteral("leads"),
                    personColumns +
                        QStringLiteral("  company TEXT,\n"
                                       "  job_title TEXT,\n"
                                       "  tax_code TEXT,\n") +
                        addressColumns +
                        QStringLiteral("  source_id INTEGER REFERENCES sources(id),\n"
                                       "  campaign_id INTEGER REFERENCES campaigns(id),\n"
                                       "  owner_id INTEGER REFERENCES users(id),\n"
                                       "  status_id INTEGER REFERENCES lead_statuses(id),\n"
                                       "  qualification TEXT NOT NULL DEFAULT 'none',\n"
                                       "  temperature TEXT NOT NULL DEFAULT 'cold',\n"
                                       "  bant_need TEXT,\n"
                                       "  bant_fit TEXT,\n"
                                       "  bant_budget INTEGER,\n"
                                       "  bant_authority TEXT,\n"
                                       "  bant_timeline TEXT,\n"
                                       "  score INTEGER NOT NULL DEFAULT 0,\n"
                                       "  notes TEXT,\n"
                                       "  converted_at TEXT,\n"
                                       "  converted_account_id INTEGER REFERENCES accounts(id),\n"
                                       "  converted_contact_id INTEGER,\n"
                                       "  converted_opportunity_id INTEGER,\n") +
                        searchColumns),
        entityTable(QStringLiteral("contacts"),
                    personColumns +
                        QStringLiteral("  account_id INTEGER REFERENCES accounts(id),\n"
                                       "  role TEXT NOT NULL DEFAULT 'unknown',\n"
                                       "  job_title TEXT,\n") +
                        addressColumns +
                        QStringLiteral("  owner_id INTEGER REFERENCES users(id),\n"
                                       "  lead_id INTEGER REFERENCES leads(id),\n"
                                       "  notes TEXT,\n") +
                        searchColumns),
        entityTable(QStringLiteral("opportunities"),
                    QStringLiteral("  name TEXT NOT NULL,\n"
                                   "  account_id INTEGER REFERENCES accounts(id),\n"
                                   "  contact_id INTEGER REFERENCES contacts(id),\n"
                                   "  pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),\n"
                                   "  stage_id INTEGER NOT NULL REFERENCES stages(id),\n"
                                   "  position INTEGER NOT NULL DEFAULT 0,\n"
                                   "  amount INTEGER NOT NULL DEFAULT 0,\n"
                                   "  probability INTEGER NOT NULL DEFAULT 0,\n"
                                   "  expected_close_date TEXT,\n"
                                   "  stage_entered_at TEXT,\n"
                                   "  closed_at TEXT,\n"
                                   "  lost_reason_id INTEGER REFERENCES lost_reasons(id),\n"
                                   "  lost_reason_note TEXT,\n"
                                   "  owner_id INTEGER REFERENCES users(id),\n"
                                   "  source_id INTEGER REFERENCES sources(id),\n"
                                   "  campaign_id INTEGER REFERENCES campaigns(id),\n"
                                   "  lead_id INTEGER REFERENCES leads(id),\n"
                                   "  notes TEXT\n")),
        entityTable(QStringLiteral("activities"),
                    QStringLiteral("  kind TEXT NOT NULL,\n"
                                   "  subject TEXT,\n"
                                   "  body TEXT,\n"
                                   "  outcome TEXT,\n"
                                   "  occurred_at TEXT NOT NULL,\n"
                                   "  duration_minutes INTEGER NOT NULL DEFAULT 0,\n"
                                   "  lead_id INTEGER REFERENCES leads(id),\n"
                                   "  account_id INTEGER REFERENCES accounts(id),\n"
                                   "  contact_id INTEGER REFERENCES contacts(id),\n"
                                   "  opportunity_id INTEGER REFERENCES opportunities(id),\n"
                                   "  owner_id INTEGER REFERENCES users(id)\n")),
        entityTable(QStringLiteral("tasks"),
                    QStringLiteral("  title TEXT NOT NULL,\n"
                                   "  notes TEXT,\n"
                                   "  due_at TEXT,\n"
                                   "  priority TEXT NOT NULL DEFAULT 'normal',\n"
                                   "  assignee_id INTEGER REFERENCES users(id),\n"
                                   "  completed_at TEXT,\n"
                                   "  lead_id INTEGER REFERENCES leads(id),\n"
                                   "  account_id INTEGER REFERENCES accounts(id),\n"
                                   "  contact_id INTEGER REFERENCES contacts(id),\n"
                                   "  opportunity_id INTEGER REFERENCES opportunities(id)\n")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS lead_tags (\n"
                       "  lead_id INTEGER NOT NULL REFERENCES leads(id),\n"
                       "  tag_id INTEGER NOT NULL REFERENCES tags(id),\n"
                       "  PRIMARY KEY (lead_id, tag_id)) WITHOUT ROWID"),
        // Every write appends here in the same transaction: audit history, undo, and (later) live
        // refresh of other users' changes. changes is JSON {"column": [old, new], …}.
        QStringLiteral("CREATE TABLE IF NOT EXISTS change_log (\n"
                       "  seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "  entity TEXT NOT NULL,\n"
                       "  entity_id INTEGER,\n"
                       "  op TEXT NOT NULL,\n"
                       "  user_name TEXT,\n"
                       "  at TEXT NOT NULL,\n"
                       "  changes TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS app_settings (key TEXT PRIMARY KEY, value TEXT)"),
    };
}

QStringList indexes()
{
    return {
        // The live records in id order, for the lists: counting them and reading their ids scans a
        // few megabytes of index instead of the whole table (3 s → 0.13 s at a million leads).
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_live ON leads(id) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_live ON contacts(id) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_live ON accounts(id) WHERE deleted_at IS NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS opportunities_live ON opportunities(id) WHERE deleted_at IS NULL"),
        // The two orders a salesperson sorts a million leads by: tên (given name) and date created.
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS leads_by_name ON leads(sort_key, id) WHERE deleted_at IS NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS leads_by_created ON leads(created_at, id) WHERE deleted_at IS NULL"),
        // Duplicate detection and phone lookup.
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_phone ON leads(phone) WHERE phone IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_email ON leads(email) WHERE email IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS contacts_phone ON contacts(phone) WHERE phone IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS contacts_email ON contacts(email) WHERE email IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_account ON contacts(account_id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS accounts_tax_code ON accounts(tax_code) WHERE tax_code IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_stage ON opportunities(stage_id, position)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_account ON opportunities(account_id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS activities_lead ON activities(lead_id) WHERE lead_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS activities_account ON activities(account_id) WHERE "
                       "account_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS activities_contact ON activities(contact_id) WHERE "
                       "contact_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS activities_opportunity ON activities(opportunity_id) "
                       "WHERE opportunity_id IS NOT NULL"),
        // The task list's views (TaskService::taskIds) and the agenda, each read straight off one
        // index in its order: all live tasks newest first, and the open ones by due time (today and
        // overdue are ranges of it), for everyone or for one assignee. Live rows only, so a trashed
        // task never costs a look-up; id completes the order, as ListQuery sorts ties by id.
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_live ON tasks(id) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_by_assignee ON tasks(assignee_id, id) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_open_due ON tasks(due_at, id) "
                       "WHERE completed_at IS NULL AND deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_open_assignee_due ON tasks(assignee_id, due_at, id) "
                       "WHERE completed_at IS NULL AND deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_done_due ON tasks(due_at, id) "
                       "WHERE completed_at IS NOT NULL AND deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_done_assignee_due ON tasks(assignee_id, due_at, id) "
                       "WHERE completed_at IS NOT NULL AND deleted_at IS NULL"),
        // The tasks about one record (TaskService::forRecord).
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_lead ON tasks(lead_id) WHERE lead_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tasks_account ON tasks(account_id) WHERE account_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tasks_contact ON tasks(contact_id) WHERE contact_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tasks_opportunity ON tasks(opportunity_id) "
                       "WHERE opportunity_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS change_log_entity ON change_log(entity, entity_id)"),
        // The leads carrying a tag (the primary key serves "the tags of a lead").
        QStringLiteral("CREATE INDEX IF NOT EXISTS lead_tags_by_tag ON lead_tags(tag_id, lead_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS stages_pipeline ON stages(pipeline_id, position)"),
    };
}

} // namespace

Migration SchemaV1::migration()
{
    QStringList statements = tables();
    statements += indexes();
    for (const QString &table :
         {QStringLiteral("leads"), QStringLiteral("contacts"), QStringLiteral("accounts")})
        statements += searchIndex(table);
    return Migration{1, statements, &DefaultData::insert};
}
