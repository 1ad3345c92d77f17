#pragma once

#include <QDialog>

class AppSettings;
class QComboBox;
class QLineEdit;

// Tools → Settings: the interface language and the name the user works under. Saves to AppSettings on
// OK; the caller applies a language change (all windows retranslate at once, no restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *userNameEdit() const { return m_userName; }

    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_userName = nullptr;
};
