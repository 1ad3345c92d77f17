#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Database;

struct DemoDataCounts
{
    qint64 leads = 0;
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 opportunities = 0;
    qint64 activities = 0;
    qint64 tasks = 0;
};

// Realistic Vietnamese demo data: people named the way Vietnamese people are (family names by their
// real frequency), companies with legal forms and valid tax codes, the 34 provinces, current mobile
// numbers, emails; accounts with contacts, deals over every stage, activities and tasks.
// Deterministic: the same seed on the same database gives the same rows.
//
// Rows are made on a worker thread, their search texts indexed on a second one (SearchIndexBuilder,
// when a table starts empty), and the rows written by the calling thread through BulkWriter, in one
// transaction (the repositories' per-row change_log would triple the cost of a million rows); the
// derived columns are the ones the repositories would write (a test compares them column by column).
// change_log gets one "bulk_create" entry per table naming the id range, so history and refresh still
// see that the rows arrived. Records get ids in the order they were created.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    explicit DemoDataGenerator(Database &database, quint64 seed = 1);

    // The proportions of `demo --leads N`: about N/10 accounts, N/5 contacts, N/10 opportunities,
    // N/10 activities and N/10 tasks.
    static DemoDataCounts proportionalTo(qint64 leads);

    Result<DemoDataCounts> generate(const DemoDataCounts &counts);

private:
    Database &m_database;
    quint64 m_seed;
};
