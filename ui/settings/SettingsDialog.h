#pragma once

#include <QDialog>
#include <QList>

#include <utility>

class AppSettings;
class Database;
class LostReasonsPage;
class PipelineSettingsPage;
class QComboBox;
class QLineEdit;
class QTabWidget;

// Tools → Settings: the interface language, the name the user works under, who owns new leads, and
// how dates and money are shown. Saves to AppSettings on OK; the caller applies the language and the
// display styles (all windows retranslate and redraw at once, no restart).
// Given the open database, two more tabs edit what the board is made of: pipelines with their stages,
// and lost reasons. Those are database data, not preferences, and are written as they are edited.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // users: the people of the open database, as (login name, display name), for the default owner.
    // database: the open database, for the Pipelines and Lost reasons tabs; without it, only General.
    SettingsDialog(AppSettings &settings, const QList<std::pair<QString, QString>> &users,
                   Database *database = nullptr, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QComboBox *defaultOwnerBox() const { return m_defaultOwner; }
    QComboBox *dateStyleBox() const { return m_dateStyle; }
    QComboBox *moneyStyleBox() const { return m_moneyStyle; }
    QTabWidget *tabs() const { return m_tabs; }
    PipelineSettingsPage *pipelinePage() const { return m_pipelinePage; }
    LostReasonsPage *lostReasonsPage() const { return m_lostReasonsPage; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateTabs();

    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_defaultOwner = nullptr;
    QComboBox *m_dateStyle = nullptr;
    QComboBox *m_moneyStyle = nullptr;
    QTabWidget *m_tabs = nullptr;
    PipelineSettingsPage *m_pipelinePage = nullptr;
    LostReasonsPage *m_lostReasonsPage = nullptr;
};
