#pragma once

#include "services/SearchService.h"

#include <QLineEdit>

class Database;
class QCompleter;
class QStandardItemModel;
class QTimer;

// The search box over leads, contacts and accounts (Ctrl+K, Ctrl+F): results as you type, without
// diacritics ("dang" finds Đặng), by phone in any format or by email. Choosing a result (Enter, or a
// click in the list) announces the record. Typing is never intercepted: Vietnamese input methods rewrite
// text with backspaces, so the box only reacts to the text once it has settled.
class GlobalSearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit GlobalSearchBox(QWidget *parent = nullptr);

    // The database to search; the box does not own it. nullptr empties the results.
    void setDatabase(Database *database);
    // Runs the search for the current text now (typing runs it after a short pause).
    void search();
    QStandardItemModel *results() const { return m_results; }
    void retranslate();

Q_SIGNALS:
    void recordChosen(SearchEntity entity, qint64 id);

private:
    void chooseIndex(const QModelIndex &index);
    void chooseFirst();

    Database *m_database = nullptr;
    QStandardItemModel *m_results = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_pause = nullptr;
};
