#pragma once

#include "domain/LostReason.h"
#include "settings/SettingsPrompts.h"

#include <QList>
#include <QWidget>

class Database;
class InlineMessage;
class QLabel;
class QListWidget;
class QPushButton;

// Settings → Lost reasons: the list a salesperson picks from when a deal is dropped on a lost stage.
// Add, rename and remove write at once through PipelineSettingsService; a removed reason goes to the
// trash and deals lost for it keep naming it.
class LostReasonsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LostReasonsPage(Database &database, QWidget *parent = nullptr);

    void setPrompts(SettingsPrompts prompts) { m_prompts = std::move(prompts); }

    QListWidget *reasonList() const { return m_list; }
    InlineMessage *messageLabel() const { return m_message; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    QStringList reasonNames() const;
    // Selects the reason with that name; false when there is none.
    bool selectReason(const QString &name);

    void addReason();
    void renameReason();
    void removeReason();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void recordsChanged(const QString &entity, const QList<qint64> &ids);
    const LostReason *currentReason() const;
    void updateButtons();

    Database &m_database;
    SettingsPrompts m_prompts = SettingsPrompts::standard();
    QList<LostReason> m_reasons;

    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    InlineMessage *m_message = nullptr;
};
