#pragma once

#include "common/Result.h"

#include <QLineEdit>

#include <optional>

class Database;
class QCompleter;
class QStandardItemModel;
class QTimer;

// Chooses the account a contact or a deal belongs to by typing part of its name, tax code or phone:
// the matches come from the search index (a few at a time, so a million accounts cost no more than
// ten), never from a list of them all. Typing is never intercepted; the matches follow once the text
// has settled. A name typed but not chosen is reported by checkInput, not guessed.
class AccountField : public QLineEdit
{
    Q_OBJECT

public:
    explicit AccountField(QWidget *parent = nullptr);

    // The database to search; the field does not own it.
    void setDatabase(Database *database);
    // Shows the account (its name read from the database), or none.
    void setAccountId(std::optional<qint64> id);
    // The chosen account; none when the field is empty or holds a name not chosen from the matches.
    std::optional<qint64> accountId() const;
    // field: the name errors use; an error when the text names no chosen account.
    Result<void> checkInput(const QString &field) const;
    // Looks up the current text now (typing does it after a short pause).
    void search();
    QStandardItemModel *matches() const { return m_matches; }
    // Chooses the match in row (as clicking it in the popup does).
    void choose(int row);

Q_SIGNALS:
    // The user chose an account from the matches.
    void accountChosen(qint64 id);

private:
    void resolveTypedName();

    Database *m_database = nullptr;
    QStandardItemModel *m_matches = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_pause = nullptr;
    std::optional<qint64> m_id;
    QString m_name; // the chosen account's name, as shown when chosen
};
