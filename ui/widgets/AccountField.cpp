#include "widgets/AccountField.h"

#include "services/SearchService.h"
#include "storage/AccountRepository.h"
#include "text/VietnameseText.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace {

enum Role
{
    IdRole = Qt::UserRole + 1,
    NameRole,
};

constexpr int maxMatches = 10;
constexpr int typingPauseMs = 150;

} // namespace

AccountField::AccountField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    // The index already filtered the matches; the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(maxMatches);
    setCompleter(m_completer);

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &AccountField::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(this, &QLineEdit::editingFinished, this, &AccountField::resolveTypedName);
}

void AccountField::setDatabase(Database *database)
{
    m_database = database;
    m_matches->clear();
}

void AccountField::setAccountId(std::optional<qint64> id)
{
    m_id.reset();
    m_name.clear();
    if (id && m_database) {
        // A trashed account is still the one the record belongs to.
        if (Result<Account> account = AccountRepository(*m_database).get(*id); account.ok()) {
            m_id = id;
            m_name = account->name;
        }
    }
    setText(m_name);
}

std::optional<qint64> AccountField::accountId() const
{
    return !text().isEmpty() && text() == m_name ? m_id : std::nullopt;
}

Result<void> AccountField::checkInput(const QString &field) const
{
    if (text().trimmed().isEmpty() || (m_id && text() == m_name))
        return {};
    return Error::invalid(field, tr("Choose the account from the list that opens as you type; "
                                    "no account is named “%1”.")
                                     .arg(text().trimmed()));
}

void AccountField::search()
{
    m_pause->stop();
    m_matches->clear();
    if (!m_database || text().trimmed().isEmpty())
        return;
    Result<QList<SearchHit>> hits =
        SearchService(*m_database).search(text(), {SearchEntity::Account}, maxMatches);
    if (!hits.ok()) {
        setToolTip(hits.error().message);
        return;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        auto *item = new QStandardItem(hit.name);
        item->setData(hit.id, IdRole);
        item->setData(hit.name, NameRole);
        m_matches->appendRow(item);
    }
    if (hasFocus() && m_matches->rowCount() > 0)
        m_completer->complete();
}

void AccountField::choose(int row)
{
    const QModelIndex index = m_matches->index(row, 0);
    if (!index.isValid())
        return;
    m_id = index.data(IdRole).toLongLong();
    m_name = index.data(NameRole).toString();
    setText(m_name);
    Q_EMIT accountChosen(*m_id);
}

void AccountField::resolveTypedName()
{
    // A name typed out in full, and matching exactly one account, is as good as choosing it.
    if (text().trimmed().isEmpty() || (m_id && text() == m_name))
        return;
    search();
    const QString typed = VietnameseText::fold(text().trimmed());
    int found = -1;
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        if (VietnameseText::fold(m_matches->index(row, 0).data(NameRole).toString()) != typed)
            continue;
        if (found >= 0)
            return; // two accounts of that name: the user has to pick one
        found = row;
    }
    if (found >= 0)
        choose(found);
}
