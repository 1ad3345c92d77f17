#pragma once

#include <QDialog>
#include <QList>

#include <utility>

class AppSettings;
class QComboBox;
class QLineEdit;

// Tools → Settings: the interface language, the name the user works under, who owns new leads, and
// how dates and money are shown. Saves to AppSettings on OK; the caller applies the language and the
// display styles (all windows retranslate and redraw at once, no restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // users: the people of the open database, as (login name, display name), for the default owner.
    SettingsDialog(AppSettings &settings, const QList<std::pair<QString, QString>> &users,
                   QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QComboBox *defaultOwnerBox() const { return m_defaultOwner; }
    QComboBox *dateStyleBox() const { return m_dateStyle; }
    QComboBox *moneyStyleBox() const { return m_moneyStyle; }

    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_defaultOwner = nullptr;
    QComboBox *m_dateStyle = nullptr;
    QComboBox *m_moneyStyle = nullptr;
};
