#pragma once

#include "domain/Lead.h"
#include "services/Lookups.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>

class Database;
class LeadRepository;

// Leads as a table that stays fast at a million rows (DESIGN.md §4): the model holds only the ordered
// list of matching ids and loads the rows' contents a page at a time as the view asks for them.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        EmailColumn,
        CompanyColumn,
        ProvinceColumn,
        StatusColumn,
        OwnerColumn,
        CreatedColumn,
        SourceColumn,
        ColumnCount
    };

    explicit LeadTableModel(Database &database, QObject *parent = nullptr);
    ~LeadTableModel() override;

    // Re-reads the id list and the lookup lists; returns false (and keeps the old rows) on failure.
    bool reload();
    QString lastError() const { return m_lastError; }
    qint64 leadId(int row) const { return m_ids.value(row); }
    // After a language change: headers and formatted values (dates) are asked for again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Lead *leadAt(int row) const;
    bool loadPage(int page) const;

    static constexpr int pageSize = 200;
    Database &m_database;
    std::unique_ptr<LeadRepository> m_leads;
    Lookups m_lookups;
    QList<qint64> m_ids;
    mutable QCache<int, QList<Lead>> m_pages{50};
    mutable QString m_lastError;
};
