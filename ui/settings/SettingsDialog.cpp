#include "settings/SettingsDialog.h"

#include "common/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    // Each language is named in itself, so whoever opens this can find theirs.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(settings.language()));

    m_userName = new QLineEdit(settings.userName(), this);
    m_userName->setPlaceholderText(AppSettings::systemUserName());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Your name:"), m_userName);
    auto *hint = new QLabel(tr("Your name is recorded with every change you make, so colleagues sharing the "
                               "database can see who changed what."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void SettingsDialog::accept()
{
    // Validated on OK, not while typing: Vietnamese input methods rewrite what was typed.
    const QString name = m_userName->text().trimmed();
    if (name.isEmpty()) {
        QMessageBox::warning(this, tr("Settings"), tr("Your name cannot be empty."));
        m_userName->setFocus();
        return;
    }
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setUserName(name.normalized(QString::NormalizationForm_C));
    QDialog::accept();
}
