#include "leads/LeadTableModel.h"

#include "storage/LeadRepository.h"
#include "text/PhoneNumbers.h"

#include <QLocale>

LeadTableModel::LeadTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database), m_leads(std::make_unique<LeadRepository>(database))
{}

LeadTableModel::~LeadTableModel() = default;

bool LeadTableModel::reload()
{
    Result<Lookups> lookups = Lookups::load(m_database);
    if (!lookups.ok()) {
        m_lastError = lookups.error().message;
        return false;
    }
    // Newest first: what a salesperson works on today.
    Result<QList<qint64>> ids = m_leads->ids(ListQuery().sortBy(QStringLiteral("id"), Qt::DescendingOrder));
    if (!ids.ok()) {
        m_lastError = ids.error().message;
        return false;
    }
    beginResetModel();
    m_lookups = *lookups;
    m_ids = *ids;
    m_pages.clear();
    endResetModel();
    return true;
}

void LeadTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeadTableModel::loadPage(int page) const
{
    const QList<qint64> pageIds = m_ids.mid(qsizetype(page) * pageSize, pageSize);
    QVariantList idValues;
    for (qint64 id : pageIds)
        idValues << id;
    Result<QList<Lead>> rows = m_leads->list(ListQuery().where(QStringLiteral("id"), FilterOp::In, idValues));
    if (!rows.ok()) {
        // Not cached: the next paint tries again instead of showing blank rows for good.
        m_lastError = rows.error().message;
        return false;
    }
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < pageIds.size(); ++i)
        position.insert(pageIds[i], i);
    auto *ordered = new QList<Lead>(pageIds.size());
    for (const Lead &lead : std::as_const(*rows))
        (*ordered)[position.value(lead.meta.id)] = lead;
    m_pages.insert(page, ordered);
    return true;
}

const Lead *LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    const QList<Lead> *rows = m_pages.object(page);
    return rows ? &rows->at(row % pageSize) : nullptr;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Lead *lead = leadAt(index.row());
    if (!lead)
        return {};
    switch (index.column()) {
    case NameColumn:
        return lead->fullName;
    case PhoneColumn:
        return PhoneNumbers::display(lead->phone);
    case EmailColumn:
        return lead->email;
    case CompanyColumn:
        return lead->company;
    case ProvinceColumn:
        return lead->address.province;
    case StatusColumn:
        return m_lookups.statusName(lead->statusId);
    case SourceColumn:
        return m_lookups.sourceName(lead->sourceId);
    case OwnerColumn:
        return m_lookups.userDisplayName(lead->ownerId);
    case CreatedColumn:
        return QLocale().toString(lead->meta.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case CompanyColumn:
        return tr("Company");
    case ProvinceColumn:
        return tr("Province/City");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}
