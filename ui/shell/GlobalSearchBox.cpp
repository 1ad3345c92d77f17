#include "shell/GlobalSearchBox.h"

#include "text/PhoneNumbers.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace {

enum Role
{
    EntityRole = Qt::UserRole + 1,
    IdRole,
    QueryRole, // what the completer writes back into the box: the query itself, unchanged
};

constexpr int maxResults = 15;
constexpr int typingPauseMs = 150;

} // namespace

GlobalSearchBox::GlobalSearchBox(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_results = new QStandardItemModel(this);
    m_completer = new QCompleter(m_results, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(QueryRole);
    m_completer->setMaxVisibleItems(maxResults);
    setCompleter(m_completer);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearchBox::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &GlobalSearchBox::chooseIndex);
    connect(this, &QLineEdit::returnPressed, this, &GlobalSearchBox::chooseFirst);
    retranslate();
}

void GlobalSearchBox::retranslate()
{
    setPlaceholderText(tr("Search leads, contacts, accounts: name, phone, email (Ctrl+K)"));
}

void GlobalSearchBox::setDatabase(Database *database)
{
    m_database = database;
    m_results->clear();
}

void GlobalSearchBox::search()
{
    m_pause->stop();
    m_results->clear();
    const QString query = text();
    if (!m_database || query.trimmed().isEmpty())
        return;
    Result<QList<SearchHit>> hits =
        SearchService(*m_database)
            .search(query, {SearchEntity::Lead, SearchEntity::Contact, SearchEntity::Account}, maxResults);
    if (!hits.ok()) {
        setToolTip(hits.error().message);
        return;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        QString kind;
        switch (hit.entity) {
        case SearchEntity::Lead:
            kind = tr("Lead");
            break;
        case SearchEntity::Contact:
            kind = tr("Contact");
            break;
        case SearchEntity::Account:
            kind = tr("Account");
            break;
        }
        QStringList details{kind};
        for (const QString &detail : {PhoneNumbers::display(hit.phone), hit.email,
                                      hit.entity == SearchEntity::Account ? QString() : hit.company}) {
            if (!detail.isEmpty())
                details << detail;
        }
        auto *item =
            new QStandardItem(hit.name + QStringLiteral("  —  ") + details.join(QStringLiteral(" · ")));
        item->setData(int(hit.entity), EntityRole);
        item->setData(hit.id, IdRole);
        item->setData(query, QueryRole);
        m_results->appendRow(item);
    }
    if (hasFocus() && m_results->rowCount() > 0)
        m_completer->complete();
}

void GlobalSearchBox::chooseIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT recordChosen(SearchEntity(index.data(EntityRole).toInt()), index.data(IdRole).toLongLong());
}

void GlobalSearchBox::chooseFirst()
{
    // Enter before the pause ran out still searches what was typed.
    if (m_pause->isActive() || m_results->rowCount() == 0)
        search();
    if (m_results->rowCount() > 0)
        chooseIndex(m_results->index(0, 0));
}
